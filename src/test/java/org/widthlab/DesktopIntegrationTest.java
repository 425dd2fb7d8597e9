package org.widthlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.widthlab.io.ExperimentFile;
import org.widthlab.ui.DesktopApp;

/**
 * The Linux desktop integration the .deb installs (installers/linux/) agrees with the program: a double-click
 * on an experiment file runs the {@code widthlab} command with the file, the file type is the one the program
 * reads, and the desktop can match the running window to its entry. (Installing and removing it is checked in
 * a fresh Debian by installers/check-deb-in-fresh-debian.sh.)
 */
class DesktopIntegrationTest {

    private static final Path LINUX = Path.of("installers", "linux");

    private static Map<String, String> desktopEntry() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(LINUX.resolve("org.widthlab.WidthLab.desktop"));
        assertEquals("[Desktop Entry]", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                keys.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return keys;
    }

    @Test
    void theMenuEntryOpensAFileWithTheCommandOnThePath() throws IOException {
        Map<String, String> entry = desktopEntry();
        assertEquals("widthlab %f", entry.get("Exec"), "the command the .deb links into /usr/bin, with the file");
        assertTrue(Files.readString(Path.of("installers", "build-linux.sh"))
                .contains("ln -s /opt/widthlab/bin/WidthLab \"$root/usr/bin/widthlab\""));
        assertTrue(Launcher.namesAnExperimentFile("/home/ada/lesson" + ExperimentFile.EXTENSION),
                "the launcher takes a lone file for the window");
        assertEquals("Application", entry.get("Type"));
        assertEquals("false", entry.get("Terminal"));
    }

    @Test
    void theEntryIsAnEducationAndScienceAppForItsOwnFileType() throws IOException {
        Map<String, String> entry = desktopEntry();
        List<String> categories = Arrays.asList(entry.get("Categories").split(";"));
        assertTrue(categories.containsAll(List.of("Education", "Science")), categories.toString());
        assertEquals(List.of(ExperimentFile.MIME_TYPE), Arrays.asList(entry.get("MimeType").split(";")));
    }

    @Test
    void theDesktopCanTellTheRunningWindowBelongsToTheEntry() throws IOException {
        // JavaFX on GTK names the window's class after the Application subclass.
        assertEquals(DesktopApp.class.getName(), desktopEntry().get("StartupWMClass"));
    }

    @Test
    void theFileTypeIsTheExtensionTheProgramSaves() throws IOException {
        String mime = Files.readString(LINUX.resolve("widthlab-mime.xml"));
        assertTrue(mime.contains("<mime-type type=\"" + ExperimentFile.MIME_TYPE + "\">"), mime);
        assertTrue(mime.contains("<glob pattern=\"*" + ExperimentFile.EXTENSION + "\"/>"), mime);
        assertTrue(mime.contains("<sub-class-of type=\"application/json\"/>"), mime);
    }
}
