package org.widthlab.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the results store lives unless told otherwise ({@code --store FILE}): a file {@value #FILE_NAME}
 * in the user's data folder, as each system names it:
 * <ul>
 * <li>Linux and other Unix: {@code $XDG_DATA_HOME/widthlab/}, by default {@code ~/.local/share/widthlab/};</li>
 * <li>macOS: {@code ~/Library/Application Support/WidthLab/};</li>
 * <li>Windows: {@code %LOCALAPPDATA%\WidthLab\}.</li>
 * </ul>
 */
public final class StoreLocation {

    public static final String FILE_NAME = "results.sqlite";

    private StoreLocation() {
    }

    /** The default store file of this user on this system. */
    public static Path defaultFile() {
        return defaultFile(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path defaultFile(String osName, String home, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path folder;
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            folder = (local == null || local.isBlank() ? Path.of(home, "AppData", "Local") : Path.of(local))
                    .resolve("WidthLab");
        } else if (os.startsWith("mac")) {
            folder = Path.of(home, "Library", "Application Support", "WidthLab");
        } else {
            String xdg = environment.get("XDG_DATA_HOME");
            folder = (xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share") : Path.of(xdg)).resolve("widthlab");
        }
        return folder.resolve(FILE_NAME);
    }
}
