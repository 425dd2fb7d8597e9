package org.widthlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.io.ProgramLog;

/** The command line as a whole: its help, and every way of going wrong ending as one line. */
class WidthLabCliTest {

    @Test
    void theHelpNamesTheWindowAndHelpIsACommand() {
        CliRunner help = CliRunner.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("widthlab window [OPTIONS]"), help.out());
        assertTrue(help.out().contains("widthlab FILE.widthlab"), help.out());
        CliRunner helpCommand = CliRunner.run("help", "sweep");
        assertEquals(0, helpCommand.exitCode(), helpCommand.err());
        assertTrue(helpCommand.out().contains("--widths"), helpCommand.out());
    }

    @Test
    void sizesThatCannotFitAreRefusedAtOnceWithTheirReason(@TempDir Path folder) {
        ProgramLog log = new ProgramLog(folder.resolve("widthlab.log"));
        for (String[] args : new String[][] {
            {"limit", "--batch", "50000"}, {"limit", "--input-dim", "2147483647"}, {"sweep", "--steps", "10000000"},
            {"sweep", "--seeds", "100000"}, {"sweep", "--depth", "1000"}}) {
            StringWriter err = new StringWriter();
            int code = WidthLabCli.run(new picocli.CommandLine(WidthLabCli.class), args, new PrintWriter(new StringWriter()),
                    new PrintWriter(err), log);
            String line = err.toString().strip();
            assertEquals(2, code, String.join(" ", args) + ": " + line);
            assertFalse(line.contains("\n"), "one line: " + line);
            assertTrue(line.matches("widthlab " + args[0] + ": .*must (lie in|be at most) \\d.* \\(.*\\).*"),
                    "the bound and its reason: " + line);
        }
        assertFalse(Files.exists(log.file()), "bad input leaves the log alone");
    }
}
