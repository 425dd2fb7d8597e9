package org.widthlab.ui.widgets;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/** Marks a field invalid (red, with its reason as tooltip) from a view model's "key: reason" list. */
public final class FieldMarks {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FieldMarks() {
    }

    /** Marks {@code field} (whose id is the key) by the first problem about it, if any; shows {@code help} otherwise. */
    public static void mark(Control field, List<String> problems, String help) {
        String key = field.getId() + ":";
        String problem = problems.stream().filter(p -> p.startsWith(key)).findFirst().orElse(null);
        field.pseudoClassStateChanged(INVALID, problem != null);
        String text = problem == null ? help : problem.substring(key.length()).strip() + "\n\n" + help;
        if (field.getTooltip() == null) {
            field.setTooltip(new Tooltip(text));
        } else {
            field.getTooltip().setText(text);
        }
    }
}
