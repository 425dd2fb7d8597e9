package org.widthlab.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.widthlab.ui.FxThreadExceptions;

/**
 * The settings column is repainted only where it changes: its scroll pane keeps no cached image of its viewport
 * (which a plain scroll pane does, and repaints whole on every change, e.g. a progress bar moving every frame).
 */
@ExtendWith({ApplicationExtension.class, FxThreadExceptions.class})
class SidePanelTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theColumnsViewportIsNotCachedUnlikeAPlainScrollPanes(FxRobot robot) {
        ScrollPane[] panes = new ScrollPane[2];
        robot.interact(() -> {
            HBox page = new HBox();
            panes[0] = SidePanel.of("side", new Label("settings"), new SimpleDoubleProperty(1), page);
            panes[1] = new ScrollPane(new Label("plain"));
            page.getChildren().setAll(panes);
            stage.setScene(new Scene(page, 800, 600));
            stage.show();
        });
        Node column = panes[0].lookup(".viewport");
        Node plain = panes[1].lookup(".viewport");
        assertNotNull(column, "the scroll pane's skin has a .viewport");
        assertTrue(plain.isCache(), "a plain scroll pane caches its viewport (the cost the column avoids)");
        assertFalse(column.isCache(), "the column repaints only what changes");
    }
}
