package org.widthlab.ui.widgets;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** The settings column at the left of a full page: scrolls, and leaves the chart most of the page. */
public final class SidePanel {

    /** Width of the settings at font scale 1. */
    private static final double WIDTH_PX = 330;
    /** Below this the fields become unusable; the page scrolls sideways instead. */
    private static final double MIN_WIDTH_PX = 260;
    /** The chart comes first: the settings never take more than this share of the page. */
    private static final double MAX_SHARE = 1.0 / 3;

    private SidePanel() {
    }

    /**
     * @param settings  what the column holds
     * @param fontScale the window's font scale
     * @param page      the page the column sits in (its width caps the column's)
     */
    public static ScrollPane of(String id, Node settings, ObservableDoubleValue fontScale, Region page) {
        ScrollPane side = new ScrollPane(settings);
        side.setId(id);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("side");
        side.setMinWidth(MIN_WIDTH_PX);
        side.prefWidthProperty().bind(Bindings.min(Bindings.multiply(fontScale, WIDTH_PX),
                page.widthProperty().multiply(MAX_SHARE)));
        side.maxWidthProperty().bind(side.prefWidthProperty());
        side.skinProperty().addListener((o, old, skin) -> redrawOnlyWhatChanges(side));
        return side;
    }

    /**
     * Turns off the cache the scroll pane's skin keeps of its viewport (documented CSS substructure
     * {@code .viewport}). The cache is an image of the whole column, redrawn whole whenever anything in it changes:
     * a progress bar moving every frame made the software renderer (no GPU, e.g. a remote desktop) repaint the
     * entire column every frame. Without it only the part that changed is repainted.
     */
    private static void redrawOnlyWhatChanges(ScrollPane side) {
        Node viewport = side.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }
}
