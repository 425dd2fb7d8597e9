package org.widthlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings and the log go to the platform's per-user folders (XDG base directories on Linux). */
class UserFoldersTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsTheXdgVariablesAndTheirDefaults() {
        UserFolders defaults = new UserFolders(Map.of(), "Linux", HOME);
        assertEquals(Path.of("/home/ada/.config/widthlab"), defaults.config());
        assertEquals(Path.of("/home/ada/.local/state/widthlab"), defaults.state());

        UserFolders set = new UserFolders(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "/st"), "Linux", HOME);
        assertEquals(Path.of("/cfg/widthlab"), set.config());
        assertEquals(Path.of("/st/widthlab"), set.state());
    }

    @Test
    void relativeOrEmptyXdgValuesAreIgnoredAsTheSpecificationSays() {
        UserFolders relative = new UserFolders(Map.of("XDG_CONFIG_HOME", "cfg", "XDG_STATE_HOME", " "), "Linux", HOME);
        assertEquals(Path.of("/home/ada/.config/widthlab"), relative.config());
        assertEquals(Path.of("/home/ada/.local/state/widthlab"), relative.state());
    }

    @Test
    void windowsAndMacUseTheirOwnFolders() {
        UserFolders windows = new UserFolders(Map.of("APPDATA", "/roaming", "LOCALAPPDATA", "/local"), "Windows 11", HOME);
        assertEquals(Path.of("/roaming/WidthLab"), windows.config());
        assertEquals(Path.of("/local/WidthLab"), windows.state());
        UserFolders mac = new UserFolders(Map.of("XDG_CONFIG_HOME", "/ignored"), "Mac OS X", HOME);
        assertEquals(HOME.resolve("Library/Application Support/WidthLab"), mac.config());
        assertEquals(HOME.resolve("Library/Logs/WidthLab"), mac.state());
    }
}
