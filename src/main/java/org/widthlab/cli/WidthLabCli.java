package org.widthlab.cli;

import java.io.PrintWriter;
import org.widthlab.io.ProgramLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless entry point: {@code widthlab <subcommand> ...}. Never touches JavaFX. Bad input ends
 * with exit code {@value #USAGE_ERROR} and one line on stderr that names the problem; any other failure with
 * {@value #FAILED}, one line, and the details in {@code widthlab.log} ({@link ProgramLog}).
 */
@Command(name = "widthlab", mixinStandardHelpOptions = true, version = "WidthLab 0.1",
        description = "Explore abc-parametrized networks as their width grows (Yang & Hu, Tensor Programs IV).",
        subcommands = {ClassifyCommand.class, SweepCommand.class, GridCommand.class, StoreCommand.class, BenchCommand.class,
            LimitCommand.class, CaseStudyCommand.class})
public final class WidthLabCli {

    public static final int USAGE_ERROR = 2;
    /** The exit code when a command fails for a reason other than its input (the details go to the log). */
    public static final int FAILED = 1;

    private WidthLabCli() {
    }

    /** Runs the command line and returns its exit code; output goes to {@code out}, messages to {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new CommandLine(WidthLabCli.class), args, out, err, ProgramLog.ofThisUser());
    }

    /** Runs {@code cli}: bad input gives one line; any other failure one line, and its details in {@code log}. */
    static int run(CommandLine cli, String[] args, PrintWriter out, PrintWriter err, ProgramLog log) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println(commandName(e.getCommandLine()) + ": " + e.getMessage());
            err.flush();
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
                err.println(commandName(commandLine) + ": " + e.getMessage());
                err.flush();
                return USAGE_ERROR;
            }
            // anything else is WidthLab's own fault: one line here, the stack trace in the log
            boolean logged = log.append(commandName(commandLine) + " failed", e);
            err.println(commandName(commandLine) + ": failed: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + (logged ? " (details in " + log.file() + ")" : ""));
            err.flush();
            return FAILED;
        });
        return cli.execute(args);
    }

    /** Whether {@code name} is one of the subcommands ({@code classify}, {@code sweep}, ...). */
    public static boolean isSubcommand(String name) {
        return new CommandLine(WidthLabCli.class).getSubcommands().containsKey(name);
    }

    private static String commandName(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
