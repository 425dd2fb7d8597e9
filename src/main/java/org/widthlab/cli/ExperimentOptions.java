package org.widthlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.DefaultExperiments;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Setting;
import org.widthlab.engine.SettingException;
import org.widthlab.input.Grammar;
import org.widthlab.input.Values;
import org.widthlab.io.ExperimentFile;
import org.widthlab.theory.Parametrization;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The settings of an {@link Experiment} on the command line, shared by every command that trains
 * networks ({@code sweep}, {@code limit}, ...): the parametrization flags, the data and training flags,
 * and {@code --config FILE} (an experiment file, {@link ExperimentFile}). Every value is read by the
 * input grammar ({@link Grammar}) the window and the files use. Flags left out take the value of the
 * file, or without one that of {@link DefaultExperiments#classroom()} (the window's first experiment),
 * which the help shows ({@link ClassroomDefaults}).
 */
public final class ExperimentOptions {

    @Mixin
    ParametrizationOptions parametrization;

    @Option(names = "--config", paramLabel = "FILE", description = "an experiment file (JSON); flags override it")
    Path config;

    @Option(names = "--data", paramLabel = "SET", completionCandidates = Choices.DataSets.class,
            description = "the data set: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    String data;

    @Option(names = "--input-dim", paramLabel = "D",
            description = "input dimension d (default: ${DEFAULT-VALUE}, or the data set's own, e.g. 1 for sine)")
    String inputDim;

    @Option(names = "--batch", paramLabel = "B", description = "training batch size (default: ${DEFAULT-VALUE})")
    String batch;

    @Option(names = "--steps", paramLabel = "T", description = "SGD steps; measured at t = 0..T (default: ${DEFAULT-VALUE})")
    String steps;

    @Option(names = "--lr", paramLabel = "ETA",
            description = "learning rate η, e.g. 0.05, 1/8 or 2^-3; layers train at η n^-c (default: ${DEFAULT-VALUE})")
    String learningRate;

    @Option(names = "--widths", paramLabel = "N1,N2,...",
            description = "increasing widths: a list, or a doubling range like 64..4096 (default: ${DEFAULT-VALUE})")
    String widths;

    @Option(names = "--seeds", paramLabel = "S", description = "seeds per width (default: ${DEFAULT-VALUE})")
    String seeds;

    @Option(names = "--seed", paramLabel = "SEED", description = "the first seed (default: ${DEFAULT-VALUE})")
    String seed;

    @Option(names = "--ntk", negatable = true, description = "also measure the empirical NTK's change (default: ${DEFAULT-VALUE})")
    boolean measureNtk;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The experiment these options describe.
     *
     * @throws IllegalArgumentException naming the option at fault
     * @throws IOException              naming the experiment file and what is wrong in it
     */
    public Experiment toExperiment() throws IOException {
        Experiment base = config == null ? DefaultExperiments.classroom() : fromFile(config);
        Parametrization p = parametrization.toParametrization(base.parametrization(), this::given);
        DataSetKind set = given("--data") ? ParametrizationOptions.option("--data",
                () -> Grammar.one(Values.DATA_SET, data)) : base.dataSet();
        int d = given("--input-dim") ? whole("--input-dim", Values.SIZE, inputDim)
                : set.fixedInputDim().orElse(base.dataSet().fixedInputDim().isPresent()
                        ? DefaultExperiments.classroom().inputDim() : base.inputDim());
        try {
            return new Experiment(p, set, d,
                    given("--batch") ? whole("--batch", Values.SIZE, batch) : base.batch(),
                    given("--steps") ? whole("--steps", Values.COUNT, steps) : base.steps(),
                    given("--lr") ? ParametrizationOptions.option("--lr", () -> Grammar.one(Values.NUMBER, learningRate))
                            : base.learningRate(),
                    given("--widths") ? ParametrizationOptions.option("--widths", () -> Grammar.list(Values.SIZE, widths))
                            : base.widths(),
                    given("--seeds") ? whole("--seeds", Values.SIZE, seeds) : base.seeds(),
                    given("--seed") ? ParametrizationOptions.option("--seed", () -> Grammar.one(Values.SEED, seed))
                            : base.seed(),
                    given("--ntk") ? measureNtk : base.measureNtk());
        } catch (SettingException e) {
            throw new IllegalArgumentException(flag(e.setting()) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The experiment in {@code file}, where the flags given fill what it lacks; its warnings (unknown keys)
     * go to stderr.
     *
     * @throws IOException naming the file and everything wrong in it, every setting neither it nor a flag gives
     */
    private Experiment fromFile(Path file) throws IOException {
        ExperimentFile.Contents contents = ExperimentFile.readContents(file);
        List<String> unfilled = contents.missing().stream().filter(s -> !givenFor(s)).sorted()
                .map(s -> "missing '" + ExperimentFile.key(s) + "' (give it in the file or with " + flag(s) + ")")
                .toList();
        if (!unfilled.isEmpty()) {
            throw new IOException(file + ": " + String.join("; ", unfilled));
        }
        PrintWriter err = command.commandLine().getErr();
        for (String warning : contents.warnings()) {
            err.println(command.qualifiedName() + ": warning: " + file + ": " + warning);
        }
        err.flush();
        return contents.experiment();
    }

    /** Whether the flags given set {@code setting} (so that a file may leave it out). */
    private boolean givenFor(Setting setting) {
        return setting == Setting.PARAMETRIZATION
                ? given("--preset") || given("--a") && given("--b") && given("--c")
                : given(flag(setting));
    }

    /** The flag a user changes to fix a setting. */
    static String flag(Setting setting) {
        return switch (setting) {
            case PARAMETRIZATION -> "--preset";
            case DATA_SET -> "--data";
            case INPUT_DIM -> "--input-dim";
            case BATCH -> "--batch";
            case STEPS -> "--steps";
            case LEARNING_RATE -> "--lr";
            case WIDTHS -> "--widths";
            case SEEDS -> "--seeds";
            case SEED -> "--seed";
            case MEASURE_NTK -> "--ntk";
        };
    }

    private static int whole(String name, org.widthlab.input.ValueType<Integer> type, String text) {
        return ParametrizationOptions.option(name, () -> Grammar.one(type, text));
    }

    boolean given(String option) {
        ParseResult result = command.commandLine().getParseResult();
        return result != null && result.hasMatchedOption(option);
    }
}
