package org.widthlab.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writing a file so that an existing one is never left half-written: the content goes to a temporary file
 * beside the target, is forced to disk, takes the target's permissions (a new file: {@code rw-r--r--}), and
 * is then renamed over the target (atomically where the file system can).
 */
public final class AtomicFile {

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target} atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        Path temporary = temporaryBeside(target);
        try {
            Files.write(temporary, content);
            commit(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new empty temporary file in {@code target}'s folder, to be filled and then {@link #commit committed}.
     *
     * @throws IOException naming the target when its folder does not exist
     */
    public static Path temporaryBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException(target + ": the folder " + directory + " does not exist");
        }
        return Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
    }

    /** Forces {@code temporary} to disk, gives it {@code target}'s permissions and renames it over {@code target}. */
    public static void commit(Path temporary, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temporary,
                    Files.exists(absolute) ? Files.getPosixFilePermissions(absolute) : NEW_FILE);
        }
        try {
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
