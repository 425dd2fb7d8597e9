package org.widthlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With a subcommand the launcher runs headless: it must not load a single JavaFX class. Before anything else it
 * loads the native matrix kernel. A lone experiment file opens the window on it (a double-click runs
 * {@code widthlab FILE}).
 */
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
        List<String> loaded = output.lines().filter(l -> l.contains("[class,load] ")).toList();
        int kernel = indexOf(loaded, "[class,load] org.bytedeco.openblas.global.openblas_nolapack ");
        int command = indexOf(loaded, "[class,load] org.widthlab.cli.");
        assertTrue(kernel >= 0 && kernel < command, "the native kernel loads before the command starts"
                + " (MatrixKernels.loadNativeKernelFirst): class " + kernel + " of the log, the command at " + command);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aLoneExperimentFileOpensTheWindow() {
        assertTrue(Launcher.namesAnExperimentFile("lesson 1.widthlab"));
        assertTrue(Launcher.namesAnExperimentFile("MUP.JSON"));
        assertTrue(Launcher.namesAnExperimentFile("/home/ada/Experiments/run"));
        assertTrue(Launcher.namesAnExperimentFile("./sweep"), "a path to a file named like a subcommand");
    }

    @Test
    void subcommandsAndOptionsStayCommands() {
        assertFalse(Launcher.namesAnExperimentFile("sweep"));
        assertFalse(Launcher.namesAnExperimentFile("classify"));
        assertFalse(Launcher.namesAnExperimentFile("--help"));
        assertFalse(Launcher.namesAnExperimentFile("--config=a.json"));
        assertFalse(Launcher.namesAnExperimentFile("swep"), "a mistyped subcommand gets the command line's message");
    }
}
