package org.widthlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever goes wrong ends as one line: bad input says what is wrong, anything else names the log. */
class FailuresTest {

    @TempDir
    Path folder;

    @Test
    void badInputKeepsItsMessageAndExitsWithTheUsageCode() {
        ProgramLog log = new ProgramLog(folder.resolve("widthlab.log"));
        IOException bad = new IOException("r.widthlab: missing 'widths'");
        assertEquals("r.widthlab: missing 'widths'", Failures.describe(bad, "widthlab sweep", log));
        assertEquals(Failures.BAD_INPUT, Failures.exitCode(bad));
        assertEquals(Failures.BAD_INPUT, Failures.exitCode(new IllegalArgumentException("x")));
        assertFalse(Files.exists(log.file()), "bad input is the user's to fix, not the log's");
    }

    @Test
    void anythingElseIsOneLineThatNamesTheLogWhichHoldsTheStackTrace() throws IOException {
        ProgramLog log = new ProgramLog(folder.resolve("widthlab.log"));
        String oom = Failures.describe(new OutOfMemoryError("Java heap space"), "widthlab limit --batch 20000", log);
        assertTrue(oom.startsWith("ran out of memory (this Java process may use "), oom);
        assertTrue(oom.endsWith(" (details in " + log.file() + ")"), oom);
        String bug = Failures.describe(new NullPointerException(), "widthlab window", log);
        assertTrue(bug.startsWith("failed: an unexpected error (a bug in WidthLab"), bug);
        assertFalse(bug.contains("NullPointerException"), "no exception class reaches the user: " + bug);
        assertEquals(Failures.FAILED, Failures.exitCode(new NullPointerException()));
        String logged = Files.readString(log.file());
        assertTrue(logged.contains("widthlab limit --batch 20000 failed: ran out of memory"), logged);
        assertTrue(logged.contains("java.lang.NullPointerException"), logged);
        assertTrue(logged.contains("at org.widthlab.io.FailuresTest"), "the stack trace is in the log: " + logged);
    }

    @Test
    void aMessageIsOneLineOfBoundedLength() {
        String digits = "7".repeat(400);
        String line = Failures.oneLine("seed '" + digits + "'\nis\ttoo large\u0007");
        assertFalse(line.contains("\n") || line.contains("\t") || line.contains("\u0007"), line);
        assertTrue(line.contains("\\u0007"), "a control character is shown escaped: " + line);
        assertTrue(line.contains("'" + "7".repeat(Failures.LONGEST_WORD - 1) + "…(342 more)"), line);
        assertTrue(Failures.oneLine("x ".repeat(2000)).length() <= Failures.LONGEST_MESSAGE + 1);
        String path = "/home/user/" + "deep/".repeat(40) + "file.widthlab";
        assertEquals(path, Failures.oneLine(path), "a path of " + path.length() + " characters is kept whole");
    }
}
