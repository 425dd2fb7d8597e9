package org.widthlab.ui.widgets;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Layout helpers shared by the panels and pages. */
public final class Forms {

    private Forms() {
    }

    /** A grid of label | field rows: labels are never cut, fields take the rest of the width. */
    public static GridPane labelledGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** A section heading ("Parametrization", "Verdict"). */
    public static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }

    /** A label that is never cut short. */
    public static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** {@code label}, never cut short. */
    public static <T extends Label> T unclipped(T label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Controls above a chart; they wrap onto a second line on a narrow window. */
    public static FlowPane controlRow(Node... nodes) {
        FlowPane row = new FlowPane(10, 6, nodes);
        row.getStyleClass().add("chart-controls");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
