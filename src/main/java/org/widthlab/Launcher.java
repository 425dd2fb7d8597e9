package org.widthlab;

import java.util.Arrays;
import java.util.Locale;
import org.widthlab.cli.WidthLabCli;
import org.widthlab.io.ExperimentFile;
import org.widthlab.linalg.MatrixKernels;

/**
 * The main class of {@code widthlab.jar} and of the installed {@code widthlab} command. With no arguments
 * (started from the menu), with {@code window ...}, or with one experiment file (a double-click on it:
 * the desktop entry runs {@code widthlab %f}) it opens the window; with a subcommand ({@code classify},
 * {@code sweep}, ...) it runs headless and never loads JavaFX. It does not extend {@code Application},
 * so {@code java -jar} can start JavaFX from the class path. Before anything else, while no other thread runs,
 * it loads the native matrix kernel ({@link MatrixKernels#loadNativeKernelFirst} says why then): every command
 * pays that, 150–200 ms, and about a second the very first time, when the library is extracted.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        MatrixKernels.loadNativeKernelFirst();
        if (args.length == 0 || args[0].equals("window")) {
            org.widthlab.ui.DesktopApp.launchWindow(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length == 1 && namesAnExperimentFile(args[0])) {
            org.widthlab.ui.DesktopApp.launchWindow(new String[] {"--open", args[0]});
        } else {
            WidthLabCli.main(args);
        }
    }

    /**
     * Whether a lone argument is an experiment file to open rather than a subcommand: it ends in
     * {@code .widthlab} or {@code .json}, or contains a path separator, and is not an option.
     */
    static boolean namesAnExperimentFile(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return !argument.startsWith("-") && !WidthLabCli.isSubcommand(argument)
                && (lower.endsWith(ExperimentFile.EXTENSION) || lower.endsWith(".json")
                        || argument.contains("/") || argument.contains(java.io.File.separator));
    }
}
