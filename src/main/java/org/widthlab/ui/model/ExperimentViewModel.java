package org.widthlab.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.theory.Verdict;

/**
 * The whole experiment as the panel shows it: the parametrization (its own view model) and the
 * training settings as texts, validated as they change. {@link #experimentProperty} is the
 * {@link Experiment} they describe, or null while any field is invalid; {@link #fieldErrors} says
 * which field is wrong and why ("batch: ...").
 */
public final class ExperimentViewModel {

    /** Experiment's own messages start with the field they are about. */
    private static final Map<String, String> FIELD_OF_MESSAGE = Map.of(
            "input dimension", "inputDim", "the sine data set", "inputDim", "batch", "batch", "steps", "steps",
            "learning rate", "learningRate", "give at least one width", "widths", "width", "widths", "seeds",
            "seeds");

    private final ParametrizationViewModel parametrization;
    /*
     * The first run a classroom sees: two clusters (cross-entropy), η = 0.5 (the loss visibly falls in 5 steps),
     * 4 seeds up to width 2048 show the slopes
     * of Δh^l within ±0.06 of the prediction for μP, NTP and SP with LR ∝ 1/n, over all widths and over the
     * larger half, in about 1.5 s. With a squared loss the random initial output dominates each seed's
     * gradient, and the larger widths' slope wanders by ±0.4 at 4 seeds.
     */
    private final ObjectProperty<DataSetKind> dataSet = new SimpleObjectProperty<>(DataSetKind.CLUSTERS);
    private final StringProperty inputDim = new SimpleStringProperty("8");
    private final StringProperty batch = new SimpleStringProperty("64");
    private final StringProperty steps = new SimpleStringProperty("5");
    private final StringProperty learningRate = new SimpleStringProperty("0.5");
    private final StringProperty widths = new SimpleStringProperty("64..2048");
    private final StringProperty seeds = new SimpleStringProperty("4");
    private final StringProperty seed = new SimpleStringProperty("0");
    private final BooleanProperty measureNtk = new SimpleBooleanProperty(false);
    private final ObservableList<String> fieldErrors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Experiment> experiment = new ReadOnlyObjectWrapper<>();

    public ExperimentViewModel(ParametrizationViewModel parametrization) {
        this.parametrization = parametrization;
        parametrization.verdictProperty().addListener((obs, old, v) -> revalidate());
        dataSet.addListener((obs, old, kind) -> {
            if (kind == DataSetKind.SINE) {
                inputDim.set("1");
            }
            revalidate();
        });
        for (StringProperty text : List.of(inputDim, batch, steps, learningRate, widths, seeds, seed)) {
            text.addListener((obs, old, value) -> revalidate());
        }
        measureNtk.addListener((obs, old, value) -> revalidate());
        revalidate();
    }

    public ParametrizationViewModel parametrization() {
        return parametrization;
    }

    /** Shows {@code e}: every field, the parametrization included. */
    public void set(Experiment e) {
        parametrization.set(e.parametrization());
        dataSet.set(e.dataSet());
        inputDim.set(String.valueOf(e.inputDim()));
        batch.set(String.valueOf(e.batch()));
        steps.set(String.valueOf(e.steps()));
        learningRate.set(formatNumber(e.learningRate()));
        widths.set(WidthList.format(e.widths()));
        seeds.set(String.valueOf(e.seeds()));
        seed.set(String.valueOf(e.seed()));
        measureNtk.set(e.measureNtk());
    }

    public static String formatNumber(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }

    private void revalidate() {
        List<String> problems = new ArrayList<>();
        Integer d = parse("inputDim", inputDim, Integer::parseInt, "a whole number", problems);
        Integer b = parse("batch", batch, Integer::parseInt, "a whole number", problems);
        Integer t = parse("steps", steps, Integer::parseInt, "a whole number", problems);
        Double eta = parse("learningRate", learningRate, ExperimentViewModel::decimal, "a number like 0.05", problems);
        List<Integer> n = List.of();
        try {
            n = WidthList.parse(widths.get());
        } catch (IllegalArgumentException e) {
            problems.add("widths: " + e.getMessage());
        }
        Integer s = parse("seeds", seeds, Integer::parseInt, "a whole number", problems);
        Long first = parse("seed", seed, Long::parseLong, "a whole number", problems);
        Verdict v = parametrization.verdictProperty().get();
        Experiment built = null;
        if (problems.isEmpty() && v != null) {
            try {
                built = new Experiment(v.parametrization(), dataSet.get(), d, b, t, eta, n, s, first, measureNtk.get());
            } catch (IllegalArgumentException e) {
                problems.add(fieldOf(e.getMessage()) + ": " + e.getMessage());
            }
        }
        fieldErrors.setAll(problems);
        error.set(problems.isEmpty() ? "" : problems.get(0));
        experiment.set(built);
    }

    private static String fieldOf(String message) {
        return FIELD_OF_MESSAGE.entrySet().stream().filter(e -> message.startsWith(e.getKey()))
                .max((x, y) -> Integer.compare(x.getKey().length(), y.getKey().length())).map(Map.Entry::getValue)
                .orElse("experiment");
    }

    private static double decimal(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }

    private static <T> T parse(String key, StringProperty text, Function<String, T> parser, String expected,
            List<String> problems) {
        String value = text.get() == null ? "" : text.get().strip();
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            problems.add(key + ": '" + value + "' is not " + expected);
            return null;
        }
    }

    public ObjectProperty<DataSetKind> dataSetProperty() {
        return dataSet;
    }

    public StringProperty inputDimProperty() {
        return inputDim;
    }

    public StringProperty batchProperty() {
        return batch;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public StringProperty widthsProperty() {
        return widths;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public BooleanProperty measureNtkProperty() {
        return measureNtk;
    }

    /** One entry per invalid settings field: "key: reason". */
    public ObservableList<String> fieldErrors() {
        return fieldErrors;
    }

    /** The first problem with the settings, or an empty string (the parametrization reports its own). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The experiment the fields describe, or null while any of them (or the parametrization) is invalid. */
    public ReadOnlyObjectProperty<Experiment> experimentProperty() {
        return experiment.getReadOnlyProperty();
    }
}
