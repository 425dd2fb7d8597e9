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
import org.widthlab.ui.widgets.Forms;

/** The live verdict: a coloured regime badge, ω, r, every r_l, the three conditions, the explanation. */
public final class VerdictView extends VBox {

    private final Label badge = new Label();
    private final Label omega = new Label();
    private final Label r = new Label();
    private final Label rl = new Label();
    private final Label maximal = new Label();
    private final Label canonical = new Label();
    private final VBox conditions = new VBox(4);
    private final Label explanation = new Label();
    private final Label caveats = new Label();

    public VerdictView(ParametrizationViewModel model) {
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
        explanation.setWrapText(true);
        explanation.getStyleClass().add("explanation");
        caveats.setWrapText(true);
        caveats.getStyleClass().add("caveat");
        for (Label wrapping : List.of(rl, maximal, canonical)) {
            wrapping.setWrapText(true);
        }

        GridPane numbers = Forms.labelledGrid();
        numbers.addRow(0, new Label("ω = a_{L+1} + b_{L+1}"), omega);
        numbers.addRow(1, new Label("r = min r_l"), r);
        numbers.addRow(2, new Label("r_l"), rl);
        numbers.addRow(3, new Label("updated maximally"), maximal);
        numbers.addRow(4, new Label("canonical form (c = 0)"), canonical);

        getChildren().addAll(Forms.heading("Verdict"), badge, numbers, conditions, explanation, caveats);
        model.verdictProperty().addListener((obs, old, verdict) -> show(verdict));
        show(model.verdictProperty().get());
    }

    private void show(Verdict v) {
        badge.getStyleClass().removeIf(s -> s.startsWith("regime-") && !s.equals("regime-badge"));
        if (v == null) {
            badge.setText("fix the highlighted field");
            badge.getStyleClass().add("regime-invalid");
            return;
        }
        badge.setText(v.regime().displayName());
        badge.getStyleClass().add("regime-" + v.regime().id());
        omega.setText(v.omega().toDisplayString());
        r.setText(v.r().toDisplayString());
        rl.setText(IntStream.range(0, v.rl().size())
                .mapToObj(i -> "r_" + (i + 1) + " = " + v.rl().get(i).toDisplayString())
                .collect(Collectors.joining(",  ")));
        maximal.setText(maximalText(v));
        canonical.setText(describe(v.parametrization().canonical()));
        conditions.getChildren().setAll(v.conditions().stream().map(VerdictView::conditionLabel).toList());
        explanation.setText(v.explanation());
        caveats.setText(String.join("\n", v.caveats()));
    }

    private static Label conditionLabel(Condition c) {
        Label label = new Label((c.holds() ? "✔ " : "✘ ") + c.number() + ". " + c.name() + ":  " + c.statement()
                + (c.holds() ? "" : "\n      " + c.detail()));
        label.setId("condition" + c.number());
        label.getStyleClass().add(c.holds() ? "condition-holds" : "condition-fails");
        label.setWrapText(true);
        return label;
    }

    private static String maximalText(Verdict v) {
        String layers = IntStream.rangeClosed(1, v.maximalLayers().size()).filter(l -> v.maximalLayers().get(l - 1))
                .mapToObj(String::valueOf).collect(Collectors.joining(", "));
        return (layers.isEmpty() ? "no hidden layer" : (layers.contains(",") ? "layers " : "layer ") + layers)
                + (v.readoutUpdatedMaximally() ? "; readout updated maximally" : "")
                + (v.readoutInitializedMaximally() ? "; readout initialized maximally" : "");
    }

    static String describe(Parametrization p) {
        return "a = (" + join(p.a()) + "),  b = (" + join(p.b()) + "),  c = " + p.c().toDisplayString();
    }

    private static String join(List<Exponent> list) {
        return list.stream().map(Exponent::toDisplayString).collect(Collectors.joining(", "));
    }
}
