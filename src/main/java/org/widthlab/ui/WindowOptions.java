package org.widthlab.ui;

import java.nio.file.Path;
import java.util.Locale;
import org.widthlab.ui.model.ExplorerViewModel;

/**
 * The window's command-line options ({@code widthlab window [options]}):
 * <pre>
 *   --open FILE          open an experiment file
 *   --screenshot OUT.png run the experiment, write a PNG of the whole window, and quit
 *                        (works without a display: it then renders headless with Monocle)
 *   --size WxH           the window size (default: 1280x800, or the screen if it is smaller)
 *   --tab ID             the page to show, one of {@link Pages#ALL}
 *   --font-scale X       text size relative to normal (e.g. 1.5 for a projector)
 *   --exit-when-shown    quit as soon as the window is drawn (to time the start)
 *   --store FILE         the results store of the sweep workspace (default: the user's, see StoreLocation)
 *   --grid FILE          open a grid file in the sweep workspace and run it (computing what the store lacks);
 *                        prints the FX thread's longest gap between frames during the run; with
 *                        --screenshot, the picture is taken when the grid has finished
 *   --lesson ID          open a lesson (built in, or from the lessons folder)
 *   --step K             ... at step K (default 1); with --screenshot, after the step's results are computed
 *   --present            in presenter mode
 *   --lessons            list the lessons' ids and quit
 * </pre>
 * Without --size and --font-scale the window comes back as it was last time.
 */
record WindowOptions(Path open, Path screenshot, int width, int height, String tab, Double fontScale,
        boolean exitWhenShown, Path store, Path grid, String lesson, int step, boolean present,
        boolean listLessons) {

    static final int DEFAULT_WIDTH = 1280;
    static final int DEFAULT_HEIGHT = 800;
    /** The longest side --size takes: an 8K screen is 7680×4320. */
    static final int MAX_SIDE = 8192;

    /** Whether --size was given (otherwise the window fits the screen). */
    boolean sized() {
        return width > 0;
    }

    static final String USAGE = "usage: widthlab window [--open FILE] [--screenshot OUT.png] [--size WxH]"
            + " [--tab " + Pages.ids("|") + "] [--font-scale X] [--exit-when-shown] [--store FILE] [--grid FILE]"
            + " [--lesson ID [--step K] [--present]] [--lessons]";

    /**
     * @throws IllegalArgumentException naming the option at fault
     */
    static WindowOptions parse(String... args) {
        Path open = null;
        Path screenshot = null;
        int width = 0;
        int height = 0;
        String tab = null;
        Double fontScale = null;
        boolean exitWhenShown = false;
        Path store = null;
        Path grid = null;
        String lesson = null;
        int step = 0;
        boolean present = false;
        boolean listLessons = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--exit-when-shown")) {
                exitWhenShown = true;
                continue;
            }
            if (!option.startsWith("--")) {
                throw new IllegalArgumentException("unexpected '" + option + "'; " + USAGE);
            }
            if (option.equals("--present") || option.equals("--lessons")) {
                present |= option.equals("--present");
                listLessons |= option.equals("--lessons");
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--open" -> open = Path.of(value);
                case "--store" -> store = Path.of(value);
                case "--grid" -> grid = Path.of(value);
                case "--screenshot" -> screenshot = Path.of(value);
                case "--size" -> {
                    String[] parts = value.toLowerCase(Locale.ROOT).split("x", -1);
                    try {
                        if (parts.length != 2) {
                            throw new NumberFormatException(value);
                        }
                        width = Integer.parseInt(parts[0]);
                        height = Integer.parseInt(parts[1]);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("--size needs WIDTHxHEIGHT like 1024x700, got '" + value + "'");
                    }
                    if (width < 320 || height < 240) {
                        throw new IllegalArgumentException("--size " + value + " is too small (at least 320x240)");
                    }
                    if (width > MAX_SIDE || height > MAX_SIDE) {
                        throw new IllegalArgumentException("--size " + value + " is too large (at most " + MAX_SIDE
                                + "x" + MAX_SIDE + ": larger than any screen, and a screenshot takes 4 bytes a pixel)");
                    }
                }
                case "--tab" -> {
                    if (Pages.byId(value).isEmpty()) {
                        throw new IllegalArgumentException("--tab is one of " + Pages.ids(", ") + "; got '" + value + "'");
                    }
                    tab = value;
                }
                case "--font-scale" -> {
                    try {
                        fontScale = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--font-scale needs a number like 1.5, got '" + value + "'");
                    }
                    if (!(fontScale >= ExplorerViewModel.MIN_FONT_SCALE && fontScale <= ExplorerViewModel.MAX_FONT_SCALE)) {
                        throw new IllegalArgumentException("--font-scale is between " + ExplorerViewModel.MIN_FONT_SCALE
                                + " and " + ExplorerViewModel.MAX_FONT_SCALE + ", got " + value);
                    }
                }
                case "--lesson" -> {
                    var catalogue = org.widthlab.lessons.Lessons.all(org.widthlab.lessons.Lessons.userFolder());
                    if (catalogue.byId(value).isEmpty()) {
                        throw new IllegalArgumentException("--lesson is one of " + String.join(", ", catalogue.ids())
                                + "; got '" + value + "'");
                    }
                    lesson = value;
                }
                case "--step" -> {
                    try {
                        step = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--step needs a step number like 2, got '" + value + "'");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
            }
        }
        if (step != 0 && lesson == null) {
            throw new IllegalArgumentException("--step needs --lesson ID");
        }
        if (lesson != null) {
            int steps = org.widthlab.lessons.Lessons.all(org.widthlab.lessons.Lessons.userFolder()).byId(lesson)
                    .orElseThrow().steps().size();
            if (step == 0) {
                step = 1;
            }
            if (step < 1 || step > steps) {
                throw new IllegalArgumentException("lesson " + lesson + " has steps 1.." + steps + ", not " + step);
            }
        }
        if (present && lesson == null) {
            throw new IllegalArgumentException("--present needs --lesson ID");
        }
        return new WindowOptions(open, screenshot, width, height, tab, fontScale, exitWhenShown, store, grid, lesson,
                step, present, listLessons);
    }
}
