package org.widthlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.io.ProgramLog;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.LimitSource;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.UiThread;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;

/** What the window remembers between starts, and that a damaged settings file never stops a start. */
class UserSettingsTest {

    private static final Experiment EXPERIMENT = new Experiment(Preset.NTP.at(2, Activation.TANH),
            DataSetKind.TEACHER, 4, 16, 3, 0.5, List.of(64, 128), 2, 7, false);

    @TempDir
    Path folder;

    private ProgramLog log() {
        return new ProgramLog(folder.resolve("state/widthlab.log"));
    }

    @Test
    void whatIsRememberedComesBack() {
        UserSettings settings = new UserSettings(folder.resolve("config/widthlab/settings.json"), log());
        UserSettings.Remembered saved = new UserSettings.Remembered(new WindowPlace(40, 30, 1100, 700, true), 1.75,
                EXPERIMENT, folder.resolve("ntp.widthlab"));
        assertTrue(settings.write(saved));
        assertEquals(saved.window(), settings.read().window());
        assertEquals(saved.fontScale(), settings.read().fontScale());
        assertEquals(EXPERIMENT, settings.read().experiment());
        assertEquals(saved.file().toAbsolutePath(), settings.read().file());
    }

    @Test
    void noFileMeansNothingRemembered() {
        assertEquals(UserSettings.Remembered.NOTHING, new UserSettings(folder.resolve("none.json"), log()).read());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"window\": {\"x\": 1", "[1, 2]", "null", "\u0000\u0001binary", "",
        "{\"format\": \"widthlab-settings/1\"} trailing"})
    void aCorruptFileGivesTheDefaultsAndALogLine(String content) throws IOException {
        Path file = Files.writeString(folder.resolve("settings.json"), content);
        assertEquals(UserSettings.Remembered.NOTHING, new UserSettings(file, log()).read());
        assertTrue(Files.readString(log().file()).contains("could not be read; starting with the defaults"));
    }

    @Test
    void aFolderOrAHugeFileInItsPlaceGivesTheDefaults() throws IOException {
        Path folderInstead = Files.createDirectory(folder.resolve("settings.json"));
        assertEquals(UserSettings.Remembered.NOTHING, new UserSettings(folderInstead, log()).read());
        Path huge = Files.write(folder.resolve("huge.json"), new byte[(int) UserSettings.MAX_BYTES + 1]);
        assertEquals(UserSettings.Remembered.NOTHING, new UserSettings(huge, log()).read());
        assertFalse(new UserSettings(folderInstead, log()).write(UserSettings.Remembered.NOTHING));
        assertTrue(Files.isDirectory(folderInstead), "a folder is never replaced");
    }

    @Test
    void badPartsAreDroppedOneByOne() throws IOException {
        Path file = Files.writeString(folder.resolve("settings.json"), """
                {"window": {"x": 1e999, "y": 0, "width": 800, "height": 600},
                 "fontScale": 40,
                 "experiment": {"data": 3},
                 "file": 7}
                """);
        UserSettings.Remembered read = new UserSettings(file, log()).read();
        assertNull(read.window(), "an infinite position is no place");
        assertNull(read.fontScale(), "a font scale beyond the allowed range");
        assertNull(read.experiment());
        assertNull(read.file());
        Path partlyGood = Files.writeString(folder.resolve("partly.json"),
                "{\"window\": \"left\", \"fontScale\": 1.5}");
        assertEquals(1.5, new UserSettings(partlyGood, log()).read().fontScale());
    }

    @Test
    void theRememberedExperimentIsShownWithoutTouchingTheRecentFiles() throws IOException {
        RecentFiles recent = new RecentFiles(folder.resolve("recent.txt"));
        ExplorerViewModel model = new ExplorerViewModel((e, listener) -> {
            throw new AssertionError("nothing runs");
        }, LimitSource.none(), UiThread.direct(), Runnable::run, recent);
        Path kept = Files.writeString(folder.resolve("kept.widthlab"), "{}");
        model.restore(EXPERIMENT, kept);
        assertEquals(EXPERIMENT, model.experiment().experimentProperty().get());
        assertEquals(kept, model.currentFileProperty().get(), "Save writes the file it came from");
        assertTrue(model.recentFiles().isEmpty());

        model.restore(EXPERIMENT, folder.resolve("deleted since.widthlab"));
        assertNull(model.currentFileProperty().get(), "a file that is gone is not written to unasked");
    }
}
