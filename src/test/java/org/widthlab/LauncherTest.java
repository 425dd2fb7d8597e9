package org.widthlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** With a subcommand the launcher runs headless: it must not load a single JavaFX class. */
class LauncherTest {

    @Test
    void aSubcommandNeverLoadsJavaFx() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-verbose:class", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "classify", "--preset", "ntp")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("\"regime\" : \"kernel\""), "classify ran");
        List<String> fxClasses = output.lines().filter(l -> l.contains("[class,load] javafx.")).toList();
        assertEquals(List.of(), fxClasses);
    }
}
