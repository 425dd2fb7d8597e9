package org.widthlab.ui.model;

import java.util.ArrayList;
import java.util.List;
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
import org.widthlab.engine.DefaultExperiments;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Setting;
import org.widthlab.engine.SettingException;
import org.widthlab.input.Grammar;
import org.widthlab.input.InputException;
import org.widthlab.input.Values;
import org.widthlab.theory.Verdict;

/**
 * The whole experiment as the panel shows it: the parametrization (its own view model) and the
 * training settings as texts, read by the input grammar ({@link Grammar}) and validated as they
 * change. It starts as {@link DefaultExperiments#classroom()}. {@link #experimentProperty} is the
 * {@link Experiment} the fields describe, or null while any field is invalid; {@link #fieldErrors}
 * says which field is wrong and why.
 */
public final class ExperimentViewModel {

    private final ParametrizationViewModel parametrization;
    private final ObjectProperty<DataSetKind> dataSet = new SimpleObjectProperty<>();
    private final StringProperty inputDim = new SimpleStringProperty();
    private final StringProperty batch = new SimpleStringProperty();
    private final StringProperty steps = new SimpleStringProperty();
    private final StringProperty learningRate = new SimpleStringProperty();
    private final StringProperty widths = new SimpleStringProperty();
    private final StringProperty seeds = new SimpleStringProperty();
    private final StringProperty seed = new SimpleStringProperty();
    private final BooleanProperty measureNtk = new SimpleBooleanProperty(false);
    private final ObservableList<FieldError> fieldErrors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Experiment> experiment = new ReadOnlyObjectWrapper<>();
    private boolean showing;

    public ExperimentViewModel(ParametrizationViewModel parametrization) {
        this.parametrization = parametrization;
        parametrization.verdictProperty().addListener((obs, old, v) -> revalidate());
        dataSet.addListener((obs, old, kind) -> {
            if (kind != null && kind.fixedInputDim().isPresent() && !showing) {
                inputDim.set(String.valueOf(kind.fixedInputDim().getAsInt()));
            }
            revalidate();
        });
        for (StringProperty text : List.of(inputDim, batch, steps, learningRate, widths, seeds, seed)) {
            text.addListener((obs, old, value) -> revalidate());
        }
        measureNtk.addListener((obs, old, value) -> revalidate());
        set(DefaultExperiments.classroom());
    }

    public ParametrizationViewModel parametrization() {
        return parametrization;
    }

    /** Shows {@code e}: every field, the parametrization included. */
    public void set(Experiment e) {
        showing = true;
        try {
            parametrization.set(e.parametrization());
            dataSet.set(e.dataSet());
            inputDim.set(Values.SIZE.format(e.inputDim()));
            batch.set(Values.SIZE.format(e.batch()));
            steps.set(Values.COUNT.format(e.steps()));
            learningRate.set(Values.NUMBER.format(e.learningRate()));
            widths.set(Grammar.format(Values.SIZE, e.widths()));
            seeds.set(Values.SIZE.format(e.seeds()));
            seed.set(Values.SEED.format(e.seed()));
            measureNtk.set(e.measureNtk());
        } finally {
            showing = false;
        }
        revalidate();
    }

    /** The id of the field that holds a setting. */
    static String field(Setting setting) {
        return switch (setting) {
            case PARAMETRIZATION -> "exponents";
            case DATA_SET -> "dataSetChoice";
            case INPUT_DIM -> "inputDim";
            case BATCH -> "batch";
            case STEPS -> "steps";
            case LEARNING_RATE -> "learningRate";
            case WIDTHS -> "widths";
            case SEEDS -> "seeds";
            case SEED -> "seed";
            case MEASURE_NTK -> "measureNtk";
        };
    }

    private void revalidate() {
        if (showing) {
            return;
        }
        List<FieldError> problems = new ArrayList<>();
        Integer d = read(Setting.INPUT_DIM, inputDim, text -> Grammar.one(Values.SIZE, text), problems);
        Integer b = read(Setting.BATCH, batch, text -> Grammar.one(Values.SIZE, text), problems);
        Integer t = read(Setting.STEPS, steps, text -> Grammar.one(Values.COUNT, text), problems);
        Double rate = read(Setting.LEARNING_RATE, learningRate, text -> Grammar.one(Values.NUMBER, text), problems);
        List<Integer> n = read(Setting.WIDTHS, widths, text -> Grammar.list(Values.SIZE, text), problems);
        Integer s = read(Setting.SEEDS, seeds, text -> Grammar.one(Values.SIZE, text), problems);
        Long first = read(Setting.SEED, seed, text -> Grammar.one(Values.SEED, text), problems);
        Verdict v = parametrization.verdictProperty().get();
        Experiment built = null;
        if (problems.isEmpty() && v != null) {
            try {
                built = new Experiment(v.parametrization(), dataSet.get(), d, b, t, rate, n, s, first, measureNtk.get());
            } catch (SettingException e) {
                problems.add(new FieldError(field(e.setting()), e.reason()));
            }
        }
        if (!problems.equals(fieldErrors)) {
            fieldErrors.setAll(problems);
        }
        error.set(problems.isEmpty() ? "" : problems.get(0).toString());
        experiment.set(built);
    }

    private static <T> T read(Setting setting, StringProperty text, Function<String, T> grammar,
            List<FieldError> problems) {
        try {
            return grammar.apply(text.get());
        } catch (InputException e) {
            problems.add(new FieldError(field(setting), e.getMessage()));
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

    /** One entry per invalid settings field. */
    public ObservableList<FieldError> fieldErrors() {
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
