package org.widthlab.ui.page;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;

/**
 * One page of the window: a chart of the explorer, the verdict, or a whole workspace. A page is
 * created once, from the {@link WindowContext}, by the factory of its {@link PageSpec}; the window
 * shows its {@link #view()} in a tab (or docked beside the tabs, see {@link Placement}).
 *
 * <p>To add a page: write one class implementing this interface with a constructor taking a
 * {@link WindowContext}, and add one {@link PageSpec} line to {@code org.widthlab.ui.Pages}. The
 * tabs, the View menu, {@code window --tab ID} and the screenshot option all read that list.
 */
public interface Page {

    /** The page's content, the same node every time. */
    Node view();

    /** The chart that File ▸ Export chart writes while this page is on show; empty when it has none. */
    default Optional<JFreeChart> exportableChart() {
        return Optional.empty();
    }

    /** What File ▸ Import results hands its folder or file to, if this page takes in results. */
    default Optional<ResultsImporter> resultsImporter() {
        return Optional.empty();
    }

    /** Called on the FX thread each time the page comes on screen (e.g. to compute what it shows lazily). */
    default void shown() {
    }

    /** Called on the FX thread when another page takes its place on screen. */
    default void hidden() {
    }

    /**
     * What the page computes before {@code window --screenshot} photographs it, e.g. a workspace that runs its own
     * computation; completes (on the FX thread) when the page is ready. Default: ready at once.
     */
    default CompletionStage<Void> prepareForScreenshot() {
        return CompletableFuture.completedFuture(null);
    }
}
