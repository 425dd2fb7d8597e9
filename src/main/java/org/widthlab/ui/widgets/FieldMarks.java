package org.widthlab.ui.widgets;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/** Marks a field invalid (red, with its reason as tooltip), or valid with its help as tooltip. */
public final class FieldMarks {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FieldMarks() {
    }

    /** Marks {@code field} by {@code problem} if there is one; its tooltip gives the problem, then {@code help}. */
    public static void mark(Control field, Optional<String> problem, String help) {
        field.pseudoClassStateChanged(INVALID, problem.isPresent());
        String text = problem.map(p -> p + "\n\n" + help).orElse(help);
        if (field.getTooltip() == null) {
            field.setTooltip(new Tooltip(text));
        } else {
            field.getTooltip().setText(text);
        }
    }
}
