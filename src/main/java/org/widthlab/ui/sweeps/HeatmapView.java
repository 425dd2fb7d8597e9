package org.widthlab.ui.sweeps;

/**
 * What a heatmap shows: the grid's axis {@code x} across, and down either the widths ({@code y} = −1) or
 * another axis; cells coloured by a quantity's value (at the largest width when the widths are not an axis of
 * the map) or by its fitted width-slope.
 *
 * @param x     index of the grid axis across
 * @param y     index of the grid axis down, or {@link #WIDTHS}
 * @param slope colour by the log-log slope of the quantity against width instead of its value
 */
record HeatmapView(int x, int y, boolean slope) {

    static final int WIDTHS = -1;

    HeatmapView {
        if (slope && y == WIDTHS) {
            throw new IllegalArgumentException("a width-slope has no width axis");
        }
    }
}
