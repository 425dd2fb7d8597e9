package org.widthlab.cli;

import java.io.PrintWriter;
import org.widthlab.io.Failures;
import org.widthlab.io.ProgramLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless entry point: {@code widthlab <subcommand> ...}. Never touches JavaFX. Whatever goes wrong ends
 * with one line on stderr ({@link Failures}): bad input with exit code {@value #USAGE_ERROR} and the problem
 * named, anything else with exit code {@value Failures#FAILED} and the log that holds the details.
 */
@Command(name = "widthlab", mixinStandardHelpOptions = true, version = "WidthLab 0.1",
        description = "Explore abc-parametrized networks as their width grows (Yang & Hu, Tensor Programs IV).",
        subcommands = {ClassifyCommand.class, SweepCommand.class, GridCommand.class, StoreCommand.class, BenchCommand.class,
            LimitCommand.class, CaseStudyCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "The window:",
            "  widthlab                  open the window (as the menu entry does)",
            "  widthlab FILE.widthlab    open the window on an experiment file (as a double-click does)",
            "  widthlab window [OPTIONS] open it with options; widthlab window --help lists them"})
public final class WidthLabCli {

    public static final int USAGE_ERROR = Failures.BAD_INPUT;
    /** The exit code when a command fails for a reason other than its input (the details go to the log). */
    public static final int FAILED = Failures.FAILED;

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
            err.println(commandName(e.getCommandLine()) + ": " + Failures.oneLine(e.getMessage()));
            err.flush();
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) ->
                report(e, commandName(commandLine), args, err, log));
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            return report(e, cli.getCommandName(), args, err, log);
        }
    }

    /** Prints the one line for {@code failure} and returns the exit code. */
    private static int report(Throwable failure, String command, String[] args, PrintWriter err, ProgramLog log) {
        String invocation = args.length == 0 ? command : command + " [" + String.join(" ", args) + "]";
        err.println(command + ": " + Failures.describe(failure, invocation, log));
        err.flush();
        return Failures.exitCode(failure);
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
