package org.widthlab.ui.widgets;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import org.widthlab.ui.charts.MathMarkup;

/** Marks a field invalid (red, with its reason as tooltip), or valid with its help as tooltip (typeset). */
public final class FieldMarks {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FieldMarks() {
    }

    /** Marks {@code field} by {@code problem} if there is one; its tooltip gives the problem, then {@code help}. */
    public static void mark(Control field, Optional<String> problem, String help) {
        field.pseudoClassStateChanged(INVALID, problem.isPresent());
        String marked = MathMarkup.mark(problem.map(p -> p + "\n\n" + help).orElse(help));
        if (Glossary.isTypeset(field.getTooltip())) {
            Glossary.retext(field.getTooltip(), marked);
        } else {
            field.setTooltip(Glossary.tooltip(marked));
        }
    }
}
