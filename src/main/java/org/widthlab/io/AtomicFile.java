package org.widthlab.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one way WidthLab writes a file, so that an existing one is never left half-written or replaced by
 * something else: the content goes to a hidden temporary file beside the target ({@code .NAME<digits>.tmp}),
 * is forced to disk, takes the target's permissions (a new file: {@code rw-r--r--}), and is then renamed over
 * the target (atomically where the file system can).
 *
 * <p>Refused before anything is written, with a message naming the target and the reason: a target that is
 * a folder, or exists but is not a regular file (a device such as {@code /dev/null}, a pipe, a socket), or
 * whose folder does not exist. A target that is a symbolic link is written through: the file it points to
 * is replaced, the link stays.
 *
 * <p>Leftovers: a temporary file is locked while it is written. Temporary files of the same target that no
 * process holds (left by a killed program) are deleted when that target is next written, and this process's
 * own unfinished ones are deleted when it exits normally or on a signal (not on {@code kill -9}).
 */
public final class AtomicFile {

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    /** Temporary files of this process not yet committed or discarded; deleted on exit. */
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::deleteUnfinished, "widthlab-temporary-files"));
    }

    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target} atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        try (Pending pending = begin(target)) {
            pending.stream().write(content);
            pending.commit();
        }
    }

    /** Writes {@code text} to {@code target} atomically, in UTF-8. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts writing {@code target}: checks it can be written, deletes the temporary files earlier writes of
     * it left behind, and opens a locked temporary file beside it. Fill {@link Pending#stream()}, then
     * {@link Pending#commit()}; closing without a commit leaves the target as it was.
     *
     * @throws IOException naming the target and the reason it cannot be written
     */
    public static Pending begin(Path target) throws IOException {
        Path resolved = writableTarget(target);
        deleteLeftovers(resolved);
        Path temporary;
        try {
            temporary = Files.createTempFile(resolved.getParent(), prefix(resolved), ".tmp");
        } catch (IOException e) {
            throw new IOException(target + ": cannot be written (" + IoMessages.reason(e) + ")", e);
        }
        UNFINISHED.add(temporary);
        try {
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
            try {
                channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return new Pending(target, resolved, temporary, channel);
        } catch (IOException | RuntimeException e) {
            discard(temporary);
            throw e;
        }
    }

    /**
     * The absolute path that writing {@code target} replaces ({@code target} itself, or the file a symbolic
     * link points to).
     *
     * @throws IOException naming the target when it is a folder, not a regular file, or in a missing folder
     */
    public static Path writableTarget(Path target) throws IOException {
        if (target.toString().isBlank()) {
            throw new IOException("an empty file name cannot be written");
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            if (!Files.exists(absolute)) {
                throw new IOException(target + ": is a link to a file that does not exist");
            }
            absolute = absolute.toRealPath();
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + ": is a folder, not a file");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)) {
            throw new IOException(target + ": is not a regular file (a device, a pipe or a socket)");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(target + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new IOException(target + ": permission denied (the folder " + folder + " is not writable)");
        }
        return absolute;
    }

    /** A write in progress: a locked temporary file beside the target. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path resolved;
        private final Path temporary;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean finished;

        private Pending(Path target, Path resolved, Path temporary, FileChannel channel) {
            this.target = target;
            this.resolved = resolved;
            this.temporary = temporary;
            this.channel = channel;
            OutputStream toChannel = Channels.newOutputStream(channel);
            this.stream = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    toChannel.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    toChannel.write(b, off, len);
                }
            };
        }

        /**
         * Where the content goes. Closing it has no effect on the write: only {@link #commit()} and
         * {@link #close()} end it.
         */
        public OutputStream stream() {
            return stream;
        }

        /** Forces the content to disk, gives it the target's permissions and renames it over the target. */
        public void commit() throws IOException {
            if (finished) {
                throw new IllegalStateException(target + " was already committed or discarded");
            }
            if (Files.isDirectory(resolved) || Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + ": became a folder or another kind of file while it was written");
            }
            try {
                channel.force(true);
                // (not through Files.getFileStore, which fails with "Mount point not found" in a chroot)
                PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
                if (posix != null) {
                    posix.setPermissions(Files.isRegularFile(resolved) ? Files.getPosixFilePermissions(resolved)
                            : NEW_FILE);
                }
                try {
                    Files.move(temporary, resolved, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, resolved, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new IOException(target + ": cannot be written (" + IoMessages.reason(e) + ")", e);
            }
            finished = true;
            channel.close();
            UNFINISHED.remove(temporary);
        }

        /** Without a commit, deletes the temporary file (the target is left as it was). */
        @Override
        public void close() throws IOException {
            if (!finished) {
                finished = true;
                try {
                    channel.close();
                } finally {
                    discard(temporary);
                }
            }
        }
    }

    /** {@code .NAME}: the start of the temporary files' names of the target {@code NAME}. */
    private static String prefix(Path resolved) {
        return "." + resolved.getFileName();
    }

    /** The temporary files {@link Files#createTempFile} makes for a target: {@code .NAME<digits>.tmp}. */
    static Pattern leftoverName(Path resolved) {
        return Pattern.compile(Pattern.quote(prefix(resolved)) + "[0-9]+\\.tmp");
    }

    /**
     * Deletes the temporary files of {@code resolved} that no process is writing: not this process's own
     * unfinished ones, and none that another process holds locked. Never throws: a leftover that cannot be
     * deleted stays.
     */
    static void deleteLeftovers(Path resolved) {
        Pattern name = leftoverName(resolved);
        DirectoryStream.Filter<Path> filter = p -> name.matcher(p.getFileName().toString()).matches()
                && !UNFINISHED.contains(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(resolved.getParent(), filter)) {
            for (Path leftover : leftovers) {
                deleteUnlessLocked(leftover);
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed only keeps its leftovers
        }
    }

    private static void deleteUnlessLocked(Path leftover) {
        try (FileChannel channel = FileChannel.open(leftover, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // held by a writer, or not ours to delete
        }
    }

    private static void discard(Path temporary) throws IOException {
        try {
            Files.deleteIfExists(temporary);
        } finally {
            UNFINISHED.remove(temporary);
        }
    }

    private static void deleteUnfinished() {
        for (Path temporary : UNFINISHED) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // exiting: nothing more can be done; the next write of its target deletes it
            }
        }
    }
}
