package org.widthlab.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window where it was last time ({@link WindowPlace}) and follows where it goes, so that its place
 * can be remembered at the end: the bounds it has when not maximized, and whether it is maximized.
 */
final class RememberedWindow {

    private final Stage stage;
    private WindowPlace normal;

    /** Follows {@code stage} from now on; {@code last} (null: none) is its place when not maximized so far. */
    RememberedWindow(Stage stage, WindowPlace last) {
        this.stage = stage;
        this.normal = last;
        Runnable follow = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normal = new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener((obs, old, value) -> follow.run());
        stage.yProperty().addListener((obs, old, value) -> follow.run());
        stage.widthProperty().addListener((obs, old, value) -> follow.run());
        stage.heightProperty().addListener((obs, old, value) -> follow.run());
    }

    /** Moves and sizes the stage to {@code place}, fitted to the screens there are now. */
    static void moveTo(Stage stage, WindowPlace place) {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        WindowPlace fitted = place.fittedTo(Screen.getScreens().stream().map(Screen::getVisualBounds).toList(), primary);
        stage.setX(fitted.x());
        stage.setY(fitted.y());
        stage.setWidth(fitted.width());
        stage.setHeight(fitted.height());
        stage.setMaximized(fitted.maximized());
    }

    /** The place to remember now: the bounds when not maximized, and whether it is maximized. */
    WindowPlace place() {
        WindowPlace bounds = normal != null ? normal
                : new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        return new WindowPlace(bounds.x(), bounds.y(), bounds.width(), bounds.height(), stage.isMaximized());
    }
}
