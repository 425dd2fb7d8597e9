package org.widthlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.io.ExperimentFile;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The settings of an {@link Experiment} on the command line, shared by every command that trains
 * networks ({@code sweep}, {@code limit}, ...): the parametrization flags, the data and training flags,
 * and {@code --config FILE} (an experiment file, {@link ExperimentFile}). With a file, the flags given
 * explicitly override its settings; without one, unset flags take the defaults of the peer program
 * ({@code src/bench/peers/coordcheck_torch.py}).
 */
public final class ExperimentOptions {

    static final String DEFAULT_WIDTHS = "64,128,256,512,1024,2048,4096";

    @Mixin
    ParametrizationOptions parametrization;

    @Option(names = "--config", paramLabel = "FILE", description = "an experiment file (JSON); flags override it")
    Path config;

    @Option(names = "--data", paramLabel = "SET", description = "sine, teacher, clusters or gaussian (default gaussian)")
    String data;

    @Option(names = "--input-dim", paramLabel = "D", description = "input dimension d (default 32; 1 for sine)")
    Integer inputDim;

    @Option(names = "--batch", paramLabel = "B", description = "training batch size (default 64)")
    Integer batch;

    @Option(names = "--steps", paramLabel = "T", description = "SGD steps; measured at t = 0..T (default 5)")
    Integer steps;

    @Option(names = "--lr", paramLabel = "ETA", description = "learning rate η; layers train at η n^-c (default 0.05)")
    Double learningRate;

    @Option(names = "--widths", paramLabel = "N1,N2,...", split = ",",
            description = "increasing widths (default " + DEFAULT_WIDTHS + ")")
    List<Integer> widths;

    @Option(names = "--seeds", paramLabel = "S", description = "seeds per width (default 1)")
    Integer seeds;

    @Option(names = "--seed", paramLabel = "SEED", description = "the first seed (default 0)")
    Long seed;

    @Option(names = "--ntk", negatable = true, description = "also measure the empirical NTK's change (default off)")
    Boolean measureNtk;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The experiment these options describe.
     *
     * @throws IllegalArgumentException naming the option at fault
     * @throws IOException              naming the experiment file and what is wrong in it
     */
    public Experiment toExperiment() throws IOException {
        Experiment base = config == null ? null : ExperimentFile.read(config);
        Parametrization p = parametrization(base);
        Experiment defaults = defaults(p);
        DataSetKind set = data != null ? DataSetKind.fromId(data) : base != null ? base.dataSet() : defaults.dataSet();
        int d = inputDim != null ? inputDim : base != null ? base.inputDim() : set == DataSetKind.SINE ? 1
                : defaults.inputDim();
        if (base == null) {
            base = defaults;
        }
        return new Experiment(p, set, d,
                batch != null ? batch : base.batch(),
                steps != null ? steps : base.steps(),
                learningRate != null ? learningRate : base.learningRate(),
                widths != null ? widths : base.widths(),
                seeds != null ? seeds : base.seeds(),
                seed != null ? seed : base.seed(),
                measureNtk != null ? measureNtk : base.measureNtk());
    }

    /** The command line's defaults, the peer program's settings, for a parametrization. */
    static Experiment defaults(Parametrization p) {
        return new Experiment(p, DataSetKind.GAUSSIAN, 32, 64, 5, 0.05, parseWidths(DEFAULT_WIDTHS), 1, 0, false);
    }

    private Parametrization parametrization(Experiment base) {
        boolean named = given("--preset") || given("--a") || given("--b") || given("--c");
        if (base == null || named) {
            return parametrization.toParametrization();
        }
        Parametrization p = base.parametrization();
        if (given("--activation")) {
            p = p.withActivation(Activation.fromId(parametrization.activation));
        }
        if (given("--depth")) {
            Preset preset = Preset.matching(p).orElseThrow(() -> new IllegalArgumentException(
                    "--depth: the experiment file gives explicit exponents; give --preset or --a/--b/--c with it"));
            p = preset.at(parametrization.depth, p.activation());
        }
        return parametrization.zeroReadout ? p.withZeroReadout() : p;
    }

    private boolean given(String option) {
        ParseResult result = command.commandLine().getParseResult();
        return result != null && result.hasMatchedOption(option);
    }

    private static List<Integer> parseWidths(String text) {
        return Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
