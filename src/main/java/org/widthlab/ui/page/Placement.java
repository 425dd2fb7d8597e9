package org.widthlab.ui.page;

/** Where the window puts a page, and what it shows around it. */
public enum Placement {
    /**
     * A tab beside the explorer's experiment panel and run bar (the charts of a width sweep, or a
     * workspace that starts from the experiment on show).
     */
    WITH_EXPERIMENT,
    /**
     * Like {@link #WITH_EXPERIMENT}, but on a wide window docked beside the tabs so that it stays in
     * view (the verdict).
     */
    DOCKED_WHEN_WIDE,
    /** A tab that fills the window below the menus: the page brings its own settings and controls. */
    FULL
}
