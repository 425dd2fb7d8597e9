package org.widthlab.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where WidthLab keeps what belongs to one user: its settings (the window's place, recent files) and its
 * log. Linux and other Unix systems follow the XDG base directories ({@code $XDG_CONFIG_HOME/widthlab},
 * default {@code ~/.config/widthlab}; {@code $XDG_STATE_HOME/widthlab}, default
 * {@code ~/.local/state/widthlab}); Windows uses {@code %APPDATA%\WidthLab} and {@code %LOCALAPPDATA%\WidthLab};
 * macOS {@code ~/Library/Application Support/WidthLab} and {@code ~/Library/Logs/WidthLab}. The folders are
 * not created here: writers create them when they first write.
 */
public final class UserFolders {

    private final Map<String, String> environment;
    private final String osName;
    private final Path home;

    UserFolders(Map<String, String> environment, String osName, Path home) {
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    /** The folders of the user running this program. */
    public static UserFolders ofThisUser() {
        return new UserFolders(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** The folder of settings files. */
    public Path config() {
        if (osName.startsWith("windows")) {
            return environmentPath("APPDATA", home.resolve("AppData").resolve("Roaming")).resolve("WidthLab");
        }
        if (osName.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("WidthLab");
        }
        return environmentPath("XDG_CONFIG_HOME", home.resolve(".config")).resolve("widthlab");
    }

    /** The folder of the log ({@link ProgramLog}). */
    public Path state() {
        if (osName.startsWith("windows")) {
            return environmentPath("LOCALAPPDATA", home.resolve("AppData").resolve("Local")).resolve("WidthLab");
        }
        if (osName.startsWith("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("WidthLab");
        }
        return environmentPath("XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("widthlab");
    }

    /** The variable's value if it is set to an absolute path (as XDG requires), else {@code fallback}. */
    private Path environmentPath(String variable, Path fallback) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Path path = Path.of(value);
            return path.isAbsolute() ? path : fallback;
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
