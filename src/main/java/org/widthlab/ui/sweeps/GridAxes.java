package org.widthlab.ui.sweeps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.widthlab.grid.Axis;
import org.widthlab.grid.AxisValues;
import org.widthlab.grid.Grid;

/**
 * How a grid is laid out on the charts: the numeric axis along x (the learning rate if the grid varies it),
 * the axis whose values get a panel each (the other one), and the values the charts hold the rest of the axes
 * at (their first).
 *
 * @param x     index in the grid's axes of the axis along x; empty when no axis is numeric
 * @param panel index of the axis drawn one panel per value; empty for one panel
 */
record GridAxes(Grid grid, Optional<Integer> x, Optional<Integer> panel) {

    static GridAxes of(Grid grid) {
        List<AxisValues> axes = grid.axes();
        int x = grid.indexOf(Axis.LEARNING_RATE);
        for (int i = 0; i < axes.size() && x < 0; i++) {
            if (axes.get(i).axis().numeric()) {
                x = i;
            }
        }
        int panel = -1;
        for (int i = 0; i < axes.size() && panel < 0; i++) {
            if (i != x) {
                panel = i;
            }
        }
        return new GridAxes(grid, x < 0 ? Optional.empty() : Optional.of(x), panel < 0 ? Optional.empty()
                : Optional.of(panel));
    }

    Axis xAxis() {
        return grid.axes().get(x.orElseThrow()).axis();
    }

    List<String> xValues() {
        return grid.axes().get(x.orElseThrow()).values();
    }

    /** The values of the panel axis; one empty-named panel when there is none. */
    List<String> panelValues() {
        return panel.map(p -> grid.axes().get(p).values()).orElse(List.of(""));
    }

    /** The point with x = {@code xValue} in panel {@code panelValue}, the other axes at their first value. */
    List<String> point(String xValue, String panelValue) {
        List<String> point = new ArrayList<>();
        for (int i = 0; i < grid.axes().size(); i++) {
            point.add(x.isPresent() && i == x.get() ? xValue : panel.isPresent() && i == panel.get() ? panelValue
                    : grid.axes().get(i).values().get(0));
        }
        return point;
    }

    /** "preset = sp" for a panel's title; empty without a panel axis. */
    String panelTitle(String panelValue) {
        return panel.map(p -> grid.axes().get(p).axis().kind() == Axis.Kind.PRESET ? Describe.value(panelValue)
                : grid.axes().get(p).axis().label() + " = " + panelValue).orElse("");
    }

    /** The axes held fixed at their first value, e.g. "c = 0, batch B = 16", or empty. */
    String heldFixed() {
        List<String> held = new ArrayList<>();
        for (int i = 0; i < grid.axes().size(); i++) {
            if (!(x.isPresent() && i == x.get()) && !(panel.isPresent() && i == panel.get())) {
                held.add(grid.axes().get(i).axis().label() + " = " + grid.axes().get(i).values().get(0));
            }
        }
        return String.join(", ", held);
    }
}
