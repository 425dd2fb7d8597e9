package org.widthlab.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.widthlab.engine.DefaultExperiments;
import org.widthlab.input.Grammar;
import org.widthlab.input.InputException;
import org.widthlab.input.Values;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Verdict;

/**
 * The state of the parameter panel: a preset (or custom), depth, activation, the texts of a_l, b_l
 * and c, validated as they change. Holds the current {@link Verdict} (absent while any field is
 * invalid) and, per field, the reason it is invalid. Views only bind to it.
 */
public final class ParametrizationViewModel {

    /** A preset choice, or {@link #CUSTOM} when the exponents were typed. */
    public record PresetChoice(Preset preset) {
        public static final PresetChoice CUSTOM = new PresetChoice(null);

        @Override
        public String toString() {
            return preset == null ? "custom" : preset.displayName();
        }
    }

    /** What the panel shows first: the parametrization of {@link DefaultExperiments#classroom()}. */
    private static final Parametrization START = DefaultExperiments.classroom().parametrization();

    private final ObjectProperty<PresetChoice> preset = new SimpleObjectProperty<>(
            Preset.matching(START).map(PresetChoice::new).orElse(PresetChoice.CUSTOM));
    private final IntegerProperty depth = new SimpleIntegerProperty(START.depth());
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(START.activation());
    private final ObservableList<StringProperty> aTexts = FXCollections.observableArrayList();
    private final ObservableList<StringProperty> bTexts = FXCollections.observableArrayList();
    private final StringProperty cText = new SimpleStringProperty("0");
    private final BooleanProperty zeroReadout = new SimpleBooleanProperty(false);
    private final ObservableList<FieldError> fieldErrors = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private boolean applyingPreset;

    public ParametrizationViewModel() {
        preset.addListener((obs, old, choice) -> applyPreset());
        depth.addListener((obs, old, value) -> {
            resizeLayers();
            applyPreset();
        });
        activation.addListener((obs, old, value) -> revalidate());
        cText.addListener((obs, old, value) -> edited());
        zeroReadout.addListener((obs, old, value) -> revalidate());
        resizeLayers();
        set(START);
    }

    public ObjectProperty<PresetChoice> presetProperty() {
        return preset;
    }

    public IntegerProperty depthProperty() {
        return depth;
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    /**
     * The texts of a_1..a_{L+1}; the list is resized when the depth changes, in one change and after
     * {@link #bTexts()}, so that its listeners find as many b's.
     */
    public ObservableList<StringProperty> aTexts() {
        return aTexts;
    }

    public ObservableList<StringProperty> bTexts() {
        return bTexts;
    }

    public StringProperty cTextProperty() {
        return cText;
    }

    public BooleanProperty zeroReadoutProperty() {
        return zeroReadout;
    }

    /** One entry per invalid field ({@code a1}, {@code b4}, {@code c}, or {@code exponents} for the whole set). */
    public ObservableList<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** The verdict of the current valid parametrization, or null while a field is invalid. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The first problem with the current fields, or an empty string. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Sets every field from a parametrization (e.g. a clicked point or an opened file). */
    public void set(Parametrization p) {
        applyingPreset = true;
        try {
            depth.set(p.depth());
            activation.set(p.activation());
            for (int l = 0; l <= p.depth(); l++) {
                aTexts.get(l).set(p.a().get(l).toString());
                bTexts.get(l).set(p.b().get(l).isInfinite() && l == p.depth() ? "1/2" : p.b().get(l).toString());
            }
            zeroReadout.set(p.readoutStartsAtZero());
            cText.set(p.c().toString());
            Optional<Preset> matching = Preset.matching(withoutZeroReadout(p));
            preset.set(matching.map(PresetChoice::new).orElse(PresetChoice.CUSTOM));
        } finally {
            applyingPreset = false;
        }
        revalidate();
    }

    private static Parametrization withoutZeroReadout(Parametrization p) {
        if (!p.readoutStartsAtZero()) {
            return p;
        }
        List<Exponent> b = new ArrayList<>(p.b());
        b.set(p.depth(), Exponent.HALF);
        return new Parametrization(p.depth(), p.a(), b, p.c(), p.activation());
    }

    /**
     * Gives the lists one field per layer, each list changing at most once and b's before a's (who rebuilds rows
     * when the a list changes finds b's rows there, added or removed alike).
     */
    private void resizeLayers() {
        int size = Math.max(1, depth.get()) + 1;
        if (aTexts.size() > size) {
            bTexts.remove(size, bTexts.size());
            aTexts.remove(size, aTexts.size());
        }
        List<StringProperty> newA = new ArrayList<>();
        List<StringProperty> newB = new ArrayList<>();
        for (int l = aTexts.size(); l < size; l++) {
            StringProperty a = new SimpleStringProperty("0");
            StringProperty b = new SimpleStringProperty("0");
            a.addListener((obs, old, value) -> edited());
            b.addListener((obs, old, value) -> edited());
            newA.add(a);
            newB.add(b);
        }
        if (!newA.isEmpty()) {
            bTexts.addAll(newB);
            aTexts.addAll(newA);
        }
    }

    private void applyPreset() {
        Preset chosen = preset.get() == null ? null : preset.get().preset();
        if (chosen == null || applyingPreset) {
            revalidate();
            return;
        }
        if (!chosen.supportsDepth(depth.get())) {
            revalidate();
            return;
        }
        Parametrization p = chosen.at(depth.get(), activation.get());
        applyingPreset = true;
        try {
            for (int l = 0; l <= p.depth(); l++) {
                aTexts.get(l).set(p.a().get(l).toString());
                bTexts.get(l).set(p.b().get(l).toString());
            }
            cText.set(p.c().toString());
        } finally {
            applyingPreset = false;
        }
        revalidate();
    }

    /**
     * A field was typed into: the preset shown stays while the exponents match it up to the symmetry, and
     * becomes the preset they match (or custom) otherwise, so that retyping a preset's values finds it again.
     */
    private void edited() {
        if (applyingPreset) {
            return;
        }
        revalidate();
        Verdict v = verdict.get();
        Preset chosen = preset.get() == null ? null : preset.get().preset();
        PresetChoice shown = PresetChoice.CUSTOM;
        if (v != null) {
            Parametrization typed = withoutZeroReadout(v.parametrization());
            shown = chosen != null && chosen.matchesUpToSymmetry(typed) ? preset.get()
                    : Preset.matching(typed).map(PresetChoice::new).orElse(PresetChoice.CUSTOM);
        }
        if (!shown.equals(preset.get())) {
            applyingPreset = true;
            preset.set(shown);
            applyingPreset = false;
        }
    }

    private void revalidate() {
        if (applyingPreset) {
            return;
        }
        List<FieldError> problems = new ArrayList<>();
        List<Exponent> a = parseAll("a", aTexts, problems);
        List<Exponent> b = parseAll("b", bTexts, problems);
        Exponent c = parseOne("c", cText.get(), problems);
        Preset chosen = preset.get() == null ? null : preset.get().preset();
        if (chosen != null && !chosen.supportsDepth(depth.get())) {
            problems.add(new FieldError("preset", chosen.displayName() + " is defined for L = 1 only"));
        }
        Parametrization p = null;
        if (problems.isEmpty()) {
            if (zeroReadout.get()) {
                b.set(depth.get(), Exponent.INFINITY);
            }
            try {
                p = new Parametrization(depth.get(), a, b, c, activation.get());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldError("exponents", e.getMessage()));
            }
        }
        if (!problems.equals(fieldErrors)) {
            fieldErrors.setAll(problems);
        }
        error.set(problems.isEmpty() ? "" : problems.get(0).toString());
        verdict.set(p == null ? null : Verdict.of(p));
    }

    private static List<Exponent> parseAll(String name, List<StringProperty> texts, List<FieldError> problems) {
        List<Exponent> values = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            values.add(parseOne(name + (i + 1), texts.get(i).get(), problems));
        }
        return values;
    }

    private static Exponent parseOne(String key, String text, List<FieldError> problems) {
        try {
            return Grammar.one(Values.EXPONENT, text);
        } catch (InputException e) {
            problems.add(new FieldError(key, e.getMessage()));
            return Exponent.ZERO;
        }
    }
}
