package org.widthlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.io.ProgramLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command that fails for a reason other than its input: one line to the user, the stack trace to the log. */
class FailureMessageTest {

    @TempDir
    Path folder;

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the quadrature did not converge");
        }
    }

    @Test
    void aFailureIsOneLineAndItsDetailsGoToTheLog() throws Exception {
        ProgramLog log = new ProgramLog(folder.resolve("widthlab.log"));
        StringWriter err = new StringWriter();

        int code = WidthLabCli.run(new CommandLine(new Broken()), new String[0], new PrintWriter(new StringWriter()),
                new PrintWriter(err), log);

        assertEquals(WidthLabCli.FAILED, code);
        assertEquals("broken: failed: the quadrature did not converge (details in " + log.file() + ")",
                err.toString().strip());
        assertFalse(err.toString().contains("\tat "), "no stack trace for the user");
        String logged = Files.readString(log.file());
        assertTrue(logged.contains("broken failed") && logged.contains("IllegalStateException")
                && logged.contains("\tat "), logged);
    }
}
