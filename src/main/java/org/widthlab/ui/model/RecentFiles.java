package org.widthlab.ui.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.widthlab.io.AtomicFile;
import org.widthlab.io.UserFolders;

/**
 * The experiments opened or saved last, newest first, kept in a small text file (one path a line).
 * A store that cannot be read or written only loses the list, never an experiment.
 */
public final class RecentFiles {

    public static final int MAX = 8;

    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    /** {@code recent-files.txt} in the user's settings folder ({@link UserFolders#config()}). */
    public static RecentFiles inUserConfig() {
        return new RecentFiles(UserFolders.ofThisUser().config().resolve("recent-files.txt"));
    }

    public List<Path> list() {
        try {
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank())
                    .map(Path::of).limit(MAX).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts {@code file} first and returns the new list. */
    public List<Path> add(Path file) {
        List<Path> paths = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        List<Path> kept = paths.subList(0, Math.min(MAX, paths.size()));
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            AtomicFile.write(store, String.join("\n", kept.stream().map(Path::toString).toList()) + "\n");
        } catch (IOException e) {
            // the list is a convenience: keep it in memory for this session
        }
        return List.copyOf(kept);
    }
}
