package org.widthlab.ui;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepHandle;
import org.widthlab.engine.SweepListener;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.WidthSweep;
import org.widthlab.io.AtomicFile;
import org.widthlab.io.Failures;
import org.widthlab.io.IoMessages;
import org.widthlab.io.ProgramLog;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.store.StoreLocation;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.InfiniteWidthLimits;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.SweepStarter;
import org.widthlab.ui.model.UiThread;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.WindowContext;
import org.widthlab.ui.sweeps.GridWarmUp;
import org.widthlab.ui.sweeps.SweepsPage;
import org.widthlab.ui.widgets.Resources;

/** The WidthLab window: the explorer, with the engine behind its {@link SweepStarter}. */
public final class DesktopApp extends Application {

    private static volatile int exitCode;
    /** Whether this run only takes a screenshot (then any failure ends it). */
    private static volatile boolean screenshotRun;
    /** The window's model, once it is up, where an unexpected failure is reported. */
    private static volatile ExplorerViewModel shown;
    /** Where details go that a message to the user points to (and JavaFX's own warnings). */
    static final ProgramLog LOG = ProgramLog.ofThisUser();
    /** JavaFX's logger, held so that its handler stays ({@link #routeJavaFxWarningsToTheLog}). */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");
    /** WidthLab's own logger (failures of background computations, which the window also says in a message). */
    private static final Logger WIDTHLAB_LOGGER = Logger.getLogger("org.widthlab");

    private UserSettings settings;
    private ExplorerViewModel model;
    private RememberedWindow window;
    private boolean exitWhenShown;
    /** What was remembered at the start (kept where the window has nothing newer, e.g. while a field is invalid). */
    private UserSettings.Remembered remembered = UserSettings.Remembered.NOTHING;

    /** Limits and phase diagrams are computed here, off the FX thread (daemon threads: they never keep the program alive). */
    private static final java.util.concurrent.Executor BACKGROUND = java.util.concurrent.Executors.newCachedThreadPool(
            task -> {
                Thread thread = new Thread(task, "widthlab-background");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * Opens the window; {@code args} are the window's own options ({@link WindowOptions}). With
     * {@code --screenshot} and no display it renders headless (Monocle) and exits with 0 when the
     * PNG is written, 1 when not.
     */
    public static void launchWindow(String[] args) {
        // The window draws with JavaFX alone; AWT only renders off screen (JLaTeXMath's formulas, chart images).
        // Left to itself AWT would open the X display as well, and GTK then prints a warning on the console
        // ("XSetErrorHandler() called with a GDK error trap pushed", JDK-8156779).
        System.setProperty("java.awt.headless", "true");
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(WindowOptions.USAGE);
            return;
        }
        WindowOptions options;
        try {
            options = WindowOptions.parse(args);
            if (options.screenshot() != null) {
                screenshotTarget(options.screenshot());
            }
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("widthlab window: " + Failures.oneLine(e.getMessage()));
            System.exit(Failures.BAD_INPUT);
            return;
        }
        if (options.listLessons()) {
            var catalogue = org.widthlab.lessons.Lessons.all(org.widthlab.lessons.Lessons.userFolder());
            catalogue.lessons().forEach(l -> System.out.println(l.id() + "\t" + l.steps().size() + " steps\t" + l.title()));
            catalogue.problems().forEach(p -> System.err.println("widthlab window: skipped " + p));
            System.exit(0);
            return;
        }
        screenshotRun = options.screenshot() != null;
        if (!screenshotRun && noDisplay()) {
            System.err.println("widthlab window: there is no display to open the window on (DISPLAY is not set):"
                    + " start it in a desktop session, or write a picture of it with --screenshot FILE.png");
            System.exit(Failures.FAILED);
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> unexpected(e));
        if (options.screenshot() != null && System.getenv("DISPLAY") == null
                && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", (options.sized() ? options.width() + "x" + options.height()
                    : WindowOptions.DEFAULT_WIDTH + "x" + WindowOptions.DEFAULT_HEIGHT) + "-32");
        }
        routeJavaFxWarningsToTheLog();
        try {
            Application.launch(DesktopApp.class, args);
        } catch (RuntimeException | Error e) {
            unexpected(e);
            System.exit(Failures.FAILED);
        }
        if (options.screenshot() != null) {
            System.exit(exitCode);
        }
    }

    /**
     * An exception nobody caught, on the FX thread or another: one line on the console and in the window's
     * message area, the details in the log; a screenshot run stops with exit code 1, the window carries on.
     */
    private static void unexpected(Throwable e) {
        String line = String.valueOf(e.getMessage()).startsWith("Unable to open DISPLAY")
                ? "cannot open the display " + System.getenv("DISPLAY") + " (is its X server running, and may this"
                        + " user use it?)"
                : Failures.describe(e, "widthlab window", LOG);
        System.err.println("widthlab window: " + line);
        exitCode = Failures.FAILED;
        if (screenshotRun) {
            Platform.exit();
        } else if (shown != null) {
            Platform.runLater(() -> shown.report(line));
        }
    }

    /** Whether this is Linux without an X or Wayland display, where no window can open. */
    private static boolean noDisplay() {
        return System.getProperty("os.name", "").startsWith("Linux") && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null && System.getProperty("glass.platform") == null;
    }

    @Override
    public void start(Stage stage) {
        WindowOptions options = WindowOptions.parse(getParameters().getRaw().toArray(String[]::new));
        // a screenshot is a reproducible picture of the experiment given: it neither uses nor changes what is remembered
        settings = options.screenshot() == null ? UserSettings.ofThisUser(LOG) : null;
        UserSettings.Remembered last = settings == null ? UserSettings.Remembered.NOTHING : settings.read();
        remembered = last;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new ExplorerViewModel(engine(), new InfiniteWidthLimits(), UiThread.fx(), BACKGROUND,
                RecentFiles.inUserConfig());
        shown = model;
        model.fontScaleProperty().set(options.fontScale() != null ? options.fontScale()
                : last.fontScale() != null ? last.fontScale() : 1);
        MainWindow view = new MainWindow(new WindowContext(model, UiThread.fx(), BACKGROUND,
                options.store() != null ? options.store() : StoreLocation.defaultFile()));
        stage.setTitle("WidthLab — how networks behave as width grows");
        stage.getIcons().add(new Image(Resources.url("icon.png")));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(view,
                options.sized() ? options.width() : Math.min(WindowOptions.DEFAULT_WIDTH, screen.getWidth()),
                options.sized() ? options.height() : Math.min(WindowOptions.DEFAULT_HEIGHT, screen.getHeight())));
        stage.setMinWidth(Math.min(800, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight()));
        if (!options.sized() && last.window() != null) {
            RememberedWindow.moveTo(stage, last.window());
        }
        window = new RememberedWindow(stage, last.window());
        model.currentFileProperty().addListener((obs, old, file) ->
                stage.setTitle("WidthLab — " + (file == null ? "" : file.getFileName())));
        if (options.open() != null) {
            if (!model.open(options.open()) && options.screenshot() != null) {
                fail(model.messageProperty().get(), Failures.BAD_INPUT);
                return;
            }
        } else if (last.experiment() != null) {
            model.restore(last.experiment(), last.file());
        }
        Runnable chooseTab = () -> view.showPage(options.tab());
        if (options.tab() != null) {
            chooseTab.run();
        }
        stage.show();
        model.sweep().runningProperty().addListener((obs, was, running) -> {
            if (running) {
                GridWarmUp.stopForRun();
            }
        });
        if (options.grid() == null && options.screenshot() == null) {
            FrameGaps.whenSettled(GridWarmUp::start);
        }
        if (options.grid() != null) {
            runGrid(stage, view, options.grid(), options.screenshot());
        } else if (options.lesson() != null) {
            org.widthlab.lessons.Lesson lesson = org.widthlab.lessons.Lessons.all(org.widthlab.lessons.Lessons.userFolder())
                    .byId(options.lesson()).orElseThrow();
            model.lessons().openAt(lesson, options.step(), options.screenshot() == null);
            if (options.present()) {
                model.lessons().presentingProperty().set(true);
            }
            if (options.screenshot() != null) {
                screenshotOfLessonStep(stage, model, view, options.screenshot());
            }
        } else if (options.screenshot() != null) {
            screenshotAfterRun(stage, model, view, options.screenshot(), options.tab() == null ? () -> { } : chooseTab);
        } else if (options.exitWhenShown()) {
            exitWhenShown = true;
            afterFrames(2, Platform::exit);
        }
    }

    /** Remembers the window's place, the font scale and the experiment on show for the next start. */
    @Override
    public void stop() {
        if (settings != null && model != null && window != null && !exitWhenShown) {
            model.lessons().presentingProperty().set(false);
            Experiment shown = model.experiment().experimentProperty().get();
            settings.write(new UserSettings.Remembered(window.place(), model.fontScaleProperty().get(),
                    shown != null ? shown : remembered.experiment(), model.currentFileProperty().get()));
        }
    }

    /**
     * Runs {@code action} in the handler of the {@code n}-th frame from now, after the handlers of that frame
     * started earlier. With n = 2 the window's first frame has been drawn (the second pulse comes after the first
     * is rendered).
     */
    private static void afterFrames(int n, Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == n) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /**
     * Shows the sweep workspace and, as a user would, opens a grid file there once the window has finished opening
     * ({@link FrameGaps#whenSettled}) and warming up ({@link GridWarmUp}, as in every window), then runs it once
     * the opened grid is on show and the window has settled again, measuring the FX thread's gaps between frames
     * from that instant until the grid has ended; with a screenshot file, photographs the window when the grid has
     * finished and quits.
     */
    private static void runGrid(Stage stage, MainWindow view, Path grid, Path screenshot) {
        view.showPage("sweeps");
        SweepsPage page = (SweepsPage) view.shownPage().orElseThrow();
        // a file that cannot be read goes on all the same: running it ends with the line that says why
        FrameGaps.whenSettled(() -> GridWarmUp.start().finished().thenAccept(warm -> Platform.runLater(() -> {
            System.out.printf(java.util.Locale.ROOT, "warm-up: %d cells, %d charts in %.1f s%n", warm.cells(),
                    warm.charts(), warm.seconds());
            page.open(grid, opened -> FrameGaps.whenSettled(() -> runGridMeasured(stage, page, grid, screenshot)));
        })));
    }

    private static void runGridMeasured(Stage stage, SweepsPage page, Path grid, Path screenshot) {
        FrameGaps gaps = new FrameGaps();
        gaps.start();
        // started in a later handler of the same frame, after the gaps' first: its own work counts as a gap
        afterFrames(1, () -> page.openAndRun(grid, status -> {
            gaps.stop();
            System.out.printf(java.util.Locale.ROOT, "grid: %s%nFX thread: longest gap between frames %.1f ms (from"
                    + " %.1f s on), %d gaps over 50 ms, %d frames in %.1f s; its own work between two frames: at most"
                    + " %.1f ms of CPU (from %.1f s on), over 50 ms %d times%s%n", status, gaps.longestGapMillis(),
                    gaps.longestGapStartSeconds(), gaps.stalls().size(), gaps.frames(), gaps.seconds(),
                    gaps.longestBusyMillis(), gaps.longestBusyStartSeconds(), gaps.busyStalls(),
                    gaps.stalls().isEmpty() ? "" : "; the gaps: " + gaps.stalls().stream().limit(12)
                            .map(FrameGaps.Stall::toString).collect(java.util.stream.Collectors.joining(", ")));
            if (screenshot != null) {
                PauseTransition settle = new PauseTransition(Duration.millis(600));
                settle.setOnFinished(e -> write(stage, screenshot, new SweepOutcome(SweepOutcome.Status.COMPLETED, 0,
                        0, "")));
                settle.play();
            }
        }));
    }

    /**
     * The engine's width sweep on its own thread, with the fastest matrix kernel (its native library was loaded
     * before the window opened, by {@link org.widthlab.Launcher}).
     */
    private static SweepStarter engine() {
        return new SweepStarter() {
            private WidthSweep sweep;

            @Override
            public SweepHandle start(Experiment experiment, SweepListener listener) {
                if (sweep == null) {
                    sweep = new WidthSweep(MatrixKernels.defaultKernel(), SweepExecutor.newThread());
                }
                return sweep.start(experiment, listener);
            }
        };
    }

    /**
     * JavaFX's warnings and WidthLab's own (background computations that failed, said in a message too) go to
     * the log instead of the console, except the one that {@code java -jar} always
     * causes and that asks nothing of the user ("Unsupported JavaFX configuration": WidthLab runs JavaFX from
     * the class path on purpose there, see {@link org.widthlab.Launcher}).
     */
    private static void routeJavaFxWarningsToTheLog() {
        routeWarningsToTheLog(JAVAFX_LOGGER, "JavaFX ");
        routeWarningsToTheLog(WIDTHLAB_LOGGER, "");
    }

    private static void routeWarningsToTheLog(Logger logger, String source) {
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord entry) {
                String message = entry.getMessage() == null ? "" : entry.getMessage();
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()
                        && !message.startsWith("Unsupported JavaFX configuration")) {
                    String text = source + entry.getLevel() + ": " + message;
                    if (entry.getThrown() != null) {
                        LOG.append(text, entry.getThrown());
                    } else {
                        LOG.append(text);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    /** Runs the experiment on show, then shows the chosen tab, writes the whole window as PNG and quits. */
    private static void screenshotAfterRun(Stage stage, ExplorerViewModel model, MainWindow view, Path out,
            Runnable chooseTab) {
        if (model.experiment().experimentProperty().get() == null) {
            fail("the experiment is invalid: " + model.parametrization().errorProperty().get()
                    + model.experiment().errorProperty().get(), Failures.BAD_INPUT);
            return;
        }
        model.sweep().outcomeProperty().addListener((obs, old, outcome) -> {
            if (outcome != null) {
                chooseTab.run();
                view.shownPage().map(Page::prepareForScreenshot)
                        .orElse(java.util.concurrent.CompletableFuture.completedFuture(null))
                        .thenRun(() -> Platform.runLater(() -> {
                            // let the last charts lay out and paint before the snapshot
                            PauseTransition settle = new PauseTransition(Duration.millis(400));
                            settle.setOnFinished(e -> write(stage, out, outcome));
                            settle.play();
                        }));
            }
        });
        model.run();
        if (!model.sweep().runningProperty().get() && model.sweep().outcomeProperty().get() == null) {
            fail(model.sweep().statusProperty().get());
        }
    }

    /** Makes the screenshot's folder, and refuses a target that cannot be written, before anything runs. */
    private static void screenshotTarget(Path out) throws IOException {
        Path folder = out.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new IOException(out + ": its folder cannot be made (" + IoMessages.reason(e) + ")", e);
        }
        AtomicFile.writableTarget(out);
    }

    /** Waits for the lesson step's results (and their n = ∞ curve) when it shows any, then photographs the window. */
    private static void screenshotOfLessonStep(Stage stage, ExplorerViewModel model, MainWindow view, Path out) {
        var step = model.lessons().currentStep().orElseThrow();
        Runnable settleAndWrite = () -> {
            PauseTransition settle = new PauseTransition(Duration.millis(1200));
            settle.setOnFinished(e -> write(stage, out, model.sweep().outcomeProperty().get()));
            settle.play();
        };
        if (!step.run()) {
            // a grid or a case study: its page says when its results are there
            view.shownPage().map(Page::prepareForScreenshot)
                    .orElse(java.util.concurrent.CompletableFuture.completedFuture(null))
                    .thenRun(() -> Platform.runLater(settleAndWrite));
            return;
        }
        javafx.beans.InvalidationListener check = new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (model.sweep().outcomeProperty().get() != null && model.sweep().limitSettledProperty().get()) {
                    model.sweep().outcomeProperty().removeListener(this);
                    model.sweep().limitSettledProperty().removeListener(this);
                    settleAndWrite.run();
                }
            }
        };
        model.sweep().outcomeProperty().addListener(check);
        model.sweep().limitSettledProperty().addListener(check);
        check.invalidated(null);
    }

    private static void write(Stage stage, Path out, SweepOutcome outcome) {
        try {
            BufferedImage image = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
            Path absolute = out.toAbsolutePath();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            AtomicFile.write(absolute, png.toByteArray());
            System.out.println("wrote " + absolute + " (" + image.getWidth() + "x" + image.getHeight() + "; sweep "
                    + (outcome == null ? "not run" : outcome.status().name().toLowerCase(java.util.Locale.ROOT)) + ")");
            exitCode = outcome != null && outcome.status() == SweepOutcome.Status.FAILED ? 1 : 0;
        } catch (IOException e) {
            System.err.println("widthlab window: could not write the screenshot: " + e.getMessage());
            exitCode = 1;
        }
        Platform.exit();
    }

    private static void fail(String message) {
        fail(message, Failures.FAILED);
    }

    private static void fail(String message, int code) {
        System.err.println("widthlab window: " + Failures.oneLine(message));
        exitCode = code;
        Platform.exit();
    }
}
