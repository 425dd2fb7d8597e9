package org.widthlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log a message points to: entries with their details, bounded, and never a reason to fail. */
class ProgramLogTest {

    @TempDir
    Path folder;

    @Test
    void anEntryKeepsTheDetailsAndTheFolderIsMade() throws IOException {
        ProgramLog log = new ProgramLog(folder.resolve("state/widthlab/widthlab.log"));
        assertTrue(log.append("sweep failed", new IllegalStateException("the detail")));
        String text = Files.readString(log.file());
        assertTrue(text.contains("sweep failed"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: the detail"), text);
        assertTrue(text.contains("at org.widthlab.io.ProgramLogTest"), "the stack trace: " + text);
    }

    @Test
    void theLogKeepsTheNewestEntriesFromTheStartOfALine() throws IOException {
        int kept = 4000;
        ProgramLog log = new ProgramLog(folder.resolve("widthlab.log"), kept);
        String line = "x".repeat(999);
        int entries = 12;
        for (int i = 0; i < entries; i++) {
            log.append("entry " + i + " " + line);
        }
        List<String> lines = Files.readAllLines(log.file());
        assertTrue(Files.size(log.file()) <= kept + 1100, "bounded: " + Files.size(log.file()));
        assertTrue(lines.get(lines.size() - 1).contains("entry " + (entries - 1) + " "));
        assertFalse(lines.stream().anyMatch(l -> l.contains("entry 0 ")), "the oldest entries are gone");
        assertTrue(lines.size() >= 3, "the newest entries stay: " + lines.size());
        assertTrue(lines.stream().allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT.*  entry \\d+ x+")),
                "every kept line is whole");
    }

    @Test
    void aLogThatCannotBeWrittenIsNoFailure() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "");
        assertFalse(new ProgramLog(notAFolder.resolve("widthlab.log")).append("lost", new RuntimeException()));
        Path aFolder = Files.createDirectory(folder.resolve("widthlab.log"));
        assertFalse(new ProgramLog(aFolder).append("lost"));
        assertTrue(Files.isDirectory(aFolder));
    }
}
