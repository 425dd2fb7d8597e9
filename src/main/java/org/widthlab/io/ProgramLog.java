package org.widthlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The log that a one-line message to the user points to for the details: {@code widthlab.log} in the
 * user's state folder ({@link UserFolders#state()}). Each entry is the time, what went wrong, and the
 * details (a stack trace). It keeps the newest {@value #KEPT_BYTES} bytes and is rewritten whole through
 * {@link AtomicFile}, so it is never left half-written. Logging never throws: an entry that cannot be
 * written is lost, and the message to the user still says what went wrong.
 */
public final class ProgramLog {

    /** Bytes of older entries kept when a new one is added. */
    static final int KEPT_BYTES = 256 * 1024;

    private final Path file;
    private final int keptBytes;

    public ProgramLog(Path file) {
        this(file, KEPT_BYTES);
    }

    /** A log that keeps the newest {@code keptBytes} bytes of older entries. */
    ProgramLog(Path file, int keptBytes) {
        this.file = file.toAbsolutePath();
        this.keptBytes = keptBytes;
    }

    /** {@code widthlab.log} in this user's state folder. */
    public static ProgramLog ofThisUser() {
        return new ProgramLog(UserFolders.ofThisUser().state().resolve("widthlab.log"));
    }

    public Path file() {
        return file;
    }

    /** Adds an entry: {@code what} happened, with the stack trace of {@code details}. */
    public boolean append(String what, Throwable details) {
        StringWriter trace = new StringWriter();
        details.printStackTrace(new PrintWriter(trace));
        return append(what + System.lineSeparator() + trace);
    }

    /** Adds an entry of text; returns whether it was written. */
    public synchronized boolean append(String text) {
        String entry = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "  " + text.strip()
                + System.lineSeparator();
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, (newestOfOldEntries() + entry).getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The end of the existing log, at most {@code keptBytes} bytes, from the start of a line. */
    private String newestOfOldEntries() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            long skip = Math.max(0, size - keptBytes);
            in.skipNBytes(skip);
            String tail = new String(in.readNBytes(keptBytes), StandardCharsets.UTF_8);
            int lineStart = tail.indexOf('\n');
            return skip > 0 && lineStart >= 0 ? tail.substring(lineStart + 1) : tail;
        }
    }
}
