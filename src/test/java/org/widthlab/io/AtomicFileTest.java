package org.widthlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file WidthLab writes goes through {@link AtomicFile}: it never replaces a folder or a device, writes
 * through links, and cleans up the temporary files that interrupted writes leave behind.
 */
class AtomicFileTest {

    private static final long CHILD_TIMEOUT_SECONDS = 60;

    @TempDir
    Path folder;

    @Test
    void anEmptyFolderIsNeverReplaced() throws IOException {
        Path target = Files.createDirectory(folder.resolve("shot.png"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, "png"));
        assertEquals(target + ": is a folder, not a file", e.getMessage());
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of(target), listing(), "no temporary file is left");
    }

    @Test
    void aDeviceIsNeverReplaced() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a system with /dev/null");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.begin(device));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void anEmptyNameOrAMissingFolderIsRefusedBeforeWriting() {
        assertEquals("an empty file name cannot be written",
                assertThrows(IOException.class, () -> AtomicFile.begin(Path.of(""))).getMessage());
        Path missing = folder.resolve("no/such/folder/out.csv");
        assertTrue(assertThrows(IOException.class, () -> AtomicFile.begin(missing)).getMessage()
                .endsWith("does not exist"));
    }

    @Test
    void aLinkIsWrittenThrough() throws IOException {
        Path real = Files.writeString(folder.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), real.getFileName());
        AtomicFile.write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real));
    }

    @Test
    void withoutACommitTheTargetIsLeftAsItWas() throws IOException {
        Path target = Files.writeString(folder.resolve("results.csv"), "old");
        try (AtomicFile.Pending pending = AtomicFile.begin(target)) {
            pending.stream().write("half".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void leftoversOfTheSameTargetAreDeletedOnTheNextWrite() throws IOException {
        Path target = folder.resolve("results.csv");
        Path leftover = Files.writeString(folder.resolve(".results.csv8812345.tmp"), "interrupted");
        Path otherTargets = Files.writeString(folder.resolve(".other.csv77.tmp"), "someone else's");
        Path notATemporary = Files.writeString(folder.resolve(".results.csv.tmp"), "not made by createTempFile");
        AtomicFile.write(target, new byte[] {1, 2, 3});
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(otherTargets));
        assertTrue(Files.exists(notATemporary));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    }

    @Test
    void aWriteInProgressInThisProcessIsNotTakenForALeftover() throws IOException {
        Path target = folder.resolve("e.json");
        try (AtomicFile.Pending first = AtomicFile.begin(target)) {
            first.stream().write("first".getBytes(StandardCharsets.UTF_8));
            AtomicFile.write(target, "second");
            first.commit();
        }
        assertEquals("first", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    /**
     * Another process's write in progress is locked, so it survives a write of the same target here; when
     * that process is stopped by a signal it deletes its own temporary file; when it is killed outright
     * ({@code kill -9}) the next write here deletes it.
     */
    @Test
    void anotherProcessesWriteSurvivesAndItsLeftoverIsCleaned() throws Exception {
        Path target = folder.resolve("sweep.csv");
        Process terminated = startHolder(target);
        Path itsTemporary = onlyTemporary();
        AtomicFile.write(target, "written while the other process writes");
        assertTrue(Files.exists(itsTemporary), "a locked temporary file is not a leftover");
        terminated.destroy();
        assertTrue(terminated.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertFalse(Files.exists(itsTemporary), "a signal deletes the process's own temporary file");

        Process killed = startHolder(target);
        Path killedTemporary = onlyTemporary();
        killed.destroyForcibly();
        assertTrue(killed.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertTrue(Files.exists(killedTemporary), "kill -9 leaves the temporary file");
        AtomicFile.write(target, "next");
        assertFalse(Files.exists(killedTemporary), "the next write deletes it");
        assertEquals(List.of(target), listing());
    }

    /** A JVM that starts writing {@code target}, says so, and waits to be stopped. */
    private static Process startHolder(Path target) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Holder.class.getName(), target.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("writing", line, "the holder process started its write");
        return process;
    }

    private Path onlyTemporary() throws IOException {
        List<Path> temporaries = listing().stream().filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        assertEquals(1, temporaries.size(), temporaries.toString());
        return temporaries.get(0);
    }

    private List<Path> listing() throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** The other process of {@link #anotherProcessesWriteSurvivesAndItsLeftoverIsCleaned}. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            AtomicFile.Pending pending = AtomicFile.begin(Path.of(args[0]));
            pending.stream().write("in progress".getBytes(StandardCharsets.UTF_8));
            System.out.println("writing");
            System.out.flush();
            Thread.sleep(TimeUnit.SECONDS.toMillis(CHILD_TIMEOUT_SECONDS));
        }
    }
}
