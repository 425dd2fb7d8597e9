package org.widthlab;

import java.util.Arrays;
import org.widthlab.cli.WidthLabCli;

/**
 * The main class of {@code widthlab.jar}. With no arguments (a double-click), or {@code window ...},
 * it opens the window; with a subcommand ({@code classify}, {@code sweep}, ...) it runs headless and
 * never loads JavaFX. It does not extend {@code Application}, so {@code java -jar} can start JavaFX
 * from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("window")) {
            org.widthlab.ui.DesktopApp.launchWindow(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
        } else {
            WidthLabCli.main(args);
        }
    }
}
