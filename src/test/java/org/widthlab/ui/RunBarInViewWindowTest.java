package org.widthlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.LimitSource;
import org.widthlab.ui.model.RecentFiles;
import org.widthlab.ui.model.SyntheticSweep;
import org.widthlab.ui.model.UiThread;
import org.widthlab.ui.page.WindowContext;

/**
 * The pages that run long work (the Explorer's, sweeps, case studies) keep Run, Cancel, the progress bar and the
 * status inside the window, outside any scrolled column, on a small screen at a large font scale too: JavaFX
 * repaints the whole window every frame when all that changes lies outside it (see
 * {@link org.widthlab.ui.widgets.RunBar}). The status keeps room to be read, and the Explorer's regime badge stays
 * whole at the bar's end.
 */
@ExtendWith({ApplicationExtension.class, FxThreadExceptions.class})
class RunBarInViewWindowTest {

    /** The status line must show at least this many em of text (about 25 characters). */
    private static final double READABLE_STATUS_EM = 10;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    static Stream<Arguments> pagesAndScreens() {
        return Stream.of(
                Arguments.of("training", "explorer", 1024, 768, 2.0),
                Arguments.of("training", "explorer", 1280, 800, 1.0),
                Arguments.of("sweeps", "grid", 1024, 768, 2.0),
                Arguments.of("sweeps", "grid", 1280, 800, 1.0),
                Arguments.of("casestudies", "caseStudy", 1024, 768, 2.0),
                Arguments.of("casestudies", "caseStudy", 1280, 800, 1.0));
    }

    @ParameterizedTest(name = "{0} at {2}x{3}, font scale {4}")
    @MethodSource("pagesAndScreens")
    void runControlsAreInTheWindowAndNotScrolled(String page, String prefix, int width, int height, double scale,
            FxRobot robot) {
        robot.interact(() -> {
            ExplorerViewModel model = new ExplorerViewModel(new SyntheticSweep(0), LimitSource.none(), UiThread.fx(),
                    ForkJoinPool.commonPool(), new RecentFiles(Path.of("target", "recent-files-run-bar-test.txt")));
            model.fontScaleProperty().set(scale);
            // the longest regime badge, as in the dichotomy lesson's step 5: a readout multiplier a_{L+1} = -1/2
            var a = model.parametrization().aTexts();
            a.get(a.size() - 1).set("-1/2");
            MainWindow window = new MainWindow(new WindowContext(model, UiThread.fx(), ForkJoinPool.commonPool(),
                    Path.of("target", "run-bar-test.sqlite")));
            stage.setScene(new Scene(window, width, height));
            stage.show();
            window.showPage(page);
        });
        robot.interact(() -> stage.getScene().getRoot().layout());

        for (String id : ids(prefix)) {
            Node node = robot.lookup(id).query();
            Bounds inScene = node.localToScene(node.getBoundsInLocal());
            String where = page + " " + id;
            assertTrue(inScene.getMinX() >= 0 && inScene.getMinY() >= 0 && inScene.getMaxX() <= width + 0.5
                    && inScene.getMaxY() <= height + 0.5, where + " lies inside the window: " + inScene);
            assertFalse(insideScrollPane(node), where + " is not in a scrolled column");
        }
        if (prefix.equals("explorer")) {
            Label regime = robot.lookup("#regimeSummary").queryAs(Label.class);
            assertEquals("unstable at initialization", regime.getText());
            assertTrue(regime.getWidth() + 0.5 >= regime.prefWidth(-1), "the regime badge is whole: "
                    + regime.getWidth() + " of " + regime.prefWidth(-1) + " px");
        }
        Label status = robot.lookup("#" + prefix + "Status").queryAs(Label.class);
        double em = status.getFont().getSize();
        assertTrue(status.getWidth() >= READABLE_STATUS_EM * em,
                page + " status is " + status.getWidth() / em + " em wide");
    }

    /** The bar's controls; the Explorer's ends with the regime badge. */
    private static String[] ids(String prefix) {
        Stream<String> bar = Stream.of("Run", "Cancel", "Progress", "Status").map(part -> "#" + prefix + part);
        return (prefix.equals("explorer") ? Stream.concat(bar, Stream.of("#regimeSummary")) : bar)
                .toArray(String[]::new);
    }

    private static boolean insideScrollPane(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }
}
