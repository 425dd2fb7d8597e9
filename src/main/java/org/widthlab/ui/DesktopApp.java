package org.widthlab.ui;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
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
import org.widthlab.io.IoMessages;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.InfiniteWidthLimits;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.SweepStarter;
import org.widthlab.ui.model.UiThread;
import org.widthlab.ui.page.WindowContext;
import org.widthlab.ui.widgets.Resources;

/** The WidthLab window: the explorer, with the engine behind its {@link SweepStarter}. */
public final class DesktopApp extends Application {

    private static volatile int exitCode;

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
        WindowOptions options;
        try {
            options = WindowOptions.parse(args);
            if (options.screenshot() != null) {
                screenshotTarget(options.screenshot());
            }
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("window: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.screenshot() != null && System.getenv("DISPLAY") == null
                && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", (options.sized() ? options.width() + "x" + options.height()
                    : WindowOptions.DEFAULT_WIDTH + "x" + WindowOptions.DEFAULT_HEIGHT) + "-32");
        }
        Application.launch(DesktopApp.class, args);
        if (options.screenshot() != null) {
            System.exit(exitCode);
        }
    }

    @Override
    public void start(Stage stage) {
        WindowOptions options = WindowOptions.parse(getParameters().getRaw().toArray(String[]::new));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ExplorerViewModel model = new ExplorerViewModel(engine(), new InfiniteWidthLimits(), UiThread.fx(), BACKGROUND,
                RecentFiles.inUserConfig());
        model.fontScaleProperty().set(options.fontScale());
        MainWindow view = new MainWindow(new WindowContext(model, UiThread.fx(), BACKGROUND));
        stage.setTitle("WidthLab — how networks behave as width grows");
        stage.getIcons().add(new Image(Resources.url("icon.png")));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(view,
                options.sized() ? options.width() : Math.min(WindowOptions.DEFAULT_WIDTH, screen.getWidth()),
                options.sized() ? options.height() : Math.min(WindowOptions.DEFAULT_HEIGHT, screen.getHeight())));
        stage.setMinWidth(Math.min(800, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight()));
        model.currentFileProperty().addListener((obs, old, file) ->
                stage.setTitle("WidthLab — " + (file == null ? "" : file.getFileName())));
        if (options.open() != null && !model.open(options.open()) && options.screenshot() != null) {
            fail(model.messageProperty().get());
            return;
        }
        Runnable chooseTab = () -> view.showPage(options.tab());
        if (options.tab() != null) {
            chooseTab.run();
        }
        stage.show();
        if (options.screenshot() != null) {
            screenshotAfterRun(stage, model, options.screenshot(), options.tab() == null ? () -> { } : chooseTab);
        }
    }

    /**
     * The engine's width sweep on its own thread, with the fastest matrix kernel. Choosing it may extract and
     * load a native library (about a second the first time), so that starts in the background as the window
     * opens rather than on the FX thread at the first Run.
     */
    private static SweepStarter engine() {
        CompletableFuture<MatrixKernel> kernel = CompletableFuture.supplyAsync(MatrixKernels::defaultKernel);
        return new SweepStarter() {
            private WidthSweep sweep;

            @Override
            public SweepHandle start(Experiment experiment, SweepListener listener) {
                if (sweep == null) {
                    sweep = new WidthSweep(kernel.join(), SweepExecutor.newThread());
                }
                return sweep.start(experiment, listener);
            }
        };
    }

    /** Runs the experiment on show, then shows the chosen tab, writes the whole window as PNG and quits. */
    private static void screenshotAfterRun(Stage stage, ExplorerViewModel model, Path out, Runnable chooseTab) {
        if (model.experiment().experimentProperty().get() == null) {
            fail("the experiment is invalid: " + model.parametrization().errorProperty().get()
                    + model.experiment().errorProperty().get());
            return;
        }
        model.sweep().outcomeProperty().addListener((obs, old, outcome) -> {
            if (outcome != null) {
                chooseTab.run();
                // let the last charts lay out and paint before the snapshot
                PauseTransition settle = new PauseTransition(Duration.millis(400));
                settle.setOnFinished(e -> write(stage, out, outcome));
                settle.play();
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

    private static void write(Stage stage, Path out, SweepOutcome outcome) {
        try {
            BufferedImage image = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
            Path absolute = out.toAbsolutePath();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            AtomicFile.write(absolute, png.toByteArray());
            System.out.println("wrote " + absolute + " (" + image.getWidth() + "x" + image.getHeight() + "; sweep "
                    + outcome.status().name().toLowerCase(java.util.Locale.ROOT) + ")");
            exitCode = outcome.status() == SweepOutcome.Status.FAILED ? 1 : 0;
        } catch (IOException e) {
            System.err.println("window: could not write the screenshot: " + e.getMessage());
            exitCode = 1;
        }
        Platform.exit();
    }

    private static void fail(String message) {
        System.err.println("window: " + message);
        exitCode = 1;
        Platform.exit();
    }
}
