package org.widthlab.ui.explorer;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.widthlab.theory.Condition;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Verdict;
import org.widthlab.ui.model.ParametrizationViewModel;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.widthlab.ui.charts.MathMarkup;
import org.widthlab.ui.charts.RegimePalette;
import org.widthlab.ui.widgets.Forms;
import org.widthlab.ui.widgets.Glossary;
import org.widthlab.ui.widgets.MathFlow;
import org.widthlab.ui.widgets.MathLabel;

/** The live verdict: a coloured regime badge, ω, r, every r_l, the three conditions, the explanation. */
public final class VerdictView extends VBox {

    private final Label badge = new Label();
    private final MathLabel omega = new MathLabel();
    private final MathLabel r = new MathLabel();
    private final MathFlow rl = new MathFlow("");
    private final MathFlow maximal = new MathFlow("");
    private final MathFlow canonical = new MathFlow("");
    private final VBox conditions = new VBox(4);
    private final MathFlow explanation = new MathFlow("");
    private final MathFlow caveats = new MathFlow("");
    /** Whether the verdict changed while the view was out of the window. */
    private boolean waiting;
    private final ParametrizationViewModel model;

    public VerdictView(ParametrizationViewModel model) {
        this.model = model;
        getStyleClass().add("verdict-view");
        setSpacing(10);
        setPadding(new Insets(12));
        badge.setId("regimeBadge");
        badge.getStyleClass().add("regime-badge");
        omega.setId("omegaValue");
        r.setId("rValue");
        rl.setId("rlValues");
        maximal.setId("maximalLayers");
        canonical.setId("canonicalForm");
        conditions.setId("conditions");
        explanation.setId("explanation");
        explanation.getStyleClass().add("explanation");
        caveats.setId("caveats");
        caveats.getStyleClass().add("caveat");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setWrapText(true);
        badge.setMaxWidth(Double.MAX_VALUE);

        GridPane numbers = Forms.labelledGrid();
        numbers.addRow(0, tipped("$\\omega = a_{L+1} + b_{L+1}$", Glossary.OMEGA), omega);
        numbers.addRow(1, tipped("$r = \\min_l r_l$", Glossary.R), r);
        numbers.addRow(2, tipped("$r_l$", Glossary.RL), rl);
        numbers.addRow(3, tipped("updated maximally", Glossary.MAXIMAL), maximal);
        numbers.addRow(4, tipped("canonical form ($c = 0$)", Glossary.CANONICAL), canonical);

        getChildren().addAll(Forms.heading("Verdict"), badge, numbers, conditions, explanation, caveats);
        // typesetting the verdict takes tens of milliseconds: while the view is off screen (docked beside pages that
        // give way to a full page, or in a tab not selected), it waits until it is back
        model.verdictProperty().addListener((obs, old, verdict) -> {
            if (onScreen()) {
                show(verdict);
            } else {
                waiting = true;
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (onScreen()) {
                catchUp();
            }
        });
        show(model.verdictProperty().get());
    }

    /** Shows the newest verdict if it changed while the view was off screen (its page calls this when shown). */
    public void catchUp() {
        if (waiting) {
            show(model.verdictProperty().get());
        }
    }

    /** In the window and not hidden: every node from here to the scene's root is visible (a tab not selected is not). */
    private boolean onScreen() {
        if (getScene() == null) {
            return false;
        }
        for (javafx.scene.Node node = this; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Label tipped(String text, String tip) {
        MathLabel label = new MathLabel(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setTooltip(Glossary.tooltip(tip));
        return label;
    }

    private void show(Verdict v) {
        waiting = false;
        badge.setText(v == null ? "fix the highlighted field" : v.regime().displayName());
        badge.setStyle(RegimePalette.badgeStyle(v == null ? null : v.regime()));
        if (v == null) {
            // nothing of the last valid verdict stays: it would read as the verdict of the half-typed value
            omega.show("—");
            r.show("—");
            for (MathFlow value : List.of(rl, maximal, canonical, caveats)) {
                value.setSource("");
            }
            conditions.getChildren().clear();
            explanation.setSource("The verdict appears when every exponent is valid.");
            return;
        }
        omega.show("$" + v.omega().toLatex() + "$");
        r.show("$" + v.r().toLatex() + "$");
        rl.setSource(IntStream.range(0, v.rl().size())
                .mapToObj(i -> "$r_{" + (i + 1) + "} = " + v.rl().get(i).toLatex() + "$")
                .collect(Collectors.joining(",  ")));
        maximal.setSource(maximalText(v));
        canonical.setSource(describe(v.parametrization().canonical()));
        conditions.getChildren().setAll(v.conditions().stream().map(VerdictView::conditionText).toList());
        explanation.setSource(MathMarkup.mark(v.explanation()));
        caveats.setSource(v.caveats().stream().map(MathMarkup::mark).collect(Collectors.joining("  ")));
    }

    private static MathFlow conditionText(Condition c) {
        MathFlow text = new MathFlow((c.holds() ? "✔ " : "✘ ") + c.number() + ". " + c.name() + ":  "
                + MathMarkup.mark(c.statement()) + (c.holds() ? "" : "\n" + MathMarkup.mark(c.detail())));
        text.setId("condition" + c.number());
        text.getStyleClass().add(c.holds() ? "condition-holds" : "condition-fails");
        text.setColour(c.holds() ? Color.web("#1b5e20") : Color.web("#b71c1c"));
        return text;
    }

    private static String maximalText(Verdict v) {
        String layers = IntStream.rangeClosed(1, v.maximalLayers().size()).filter(l -> v.maximalLayers().get(l - 1))
                .mapToObj(String::valueOf).collect(Collectors.joining(", "));
        return (layers.isEmpty() ? "no hidden layer" : (layers.contains(",") ? "layers " : "layer ") + layers)
                + (v.readoutUpdatedMaximally() ? "; readout updated maximally" : "")
                + (v.readoutInitializedMaximally() ? "; readout initialized maximally" : "");
    }

    /** "$a = (−½, 0, ½),\\; b = (…),\\; c = 0$" typeset. */
    static String describe(Parametrization p) {
        return "$a = (" + join(p.a()) + ")$,  $b = (" + join(p.b()) + ")$,  $c = " + p.c().toLatex() + "$";
    }

    private static String join(List<Exponent> list) {
        return list.stream().map(Exponent::toLatex).collect(Collectors.joining(", "));
    }
}
