package org.widthlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.widthlab.casestudies.MamlSettings;
import org.widthlab.casestudies.MamlStudy;
import org.widthlab.casestudies.SubspaceFewShot;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.input.Grammar;
import org.widthlab.input.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casestudy maml}: few-shot learning by first-order MAML on synthetic classes (or the user's CSV) at finite
 * μP widths, in the μP limit and in the GP and NTK limits of the linear and ReLU networks ({@link MamlStudy}).
 */
@Command(name = "maml", mixinStandardHelpOptions = true, defaultValueProvider = MamlCommand.Defaults.class,
        description = "Few-shot learning (first-order MAML, N-way K-shot) at finite muP widths, in the muP limit and"
                + " in the GP and NTK limits (linear and ReLU): meta-test accuracy with 95%% intervals, as JSON.")
final class MamlCommand implements Callable<Integer> {

    /** The defaults shown in the help and used for unset options: {@link MamlSettings#defaults()}. */
    static final class Defaults extends OptionDefaults {
        @Override
        protected Object value(String option) {
            MamlSettings d = MamlSettings.defaults();
            SubspaceFewShot c = ((MamlSettings.Synthetic) d.data()).classes();
            MamlSettings.Training t = d.training();
            return switch (option) {
                case "--meta-train-share" -> MamlSettings.Csv.DEFAULT_META_TRAIN_SHARE;
                case "--input-dim" -> c.dimension();
                case "--subspace-dim" -> c.subspaceDimension();
                case "--train-classes" -> c.metaTrainClasses();
                case "--test-classes" -> c.metaTestClasses();
                case "--examples" -> c.examplesPerClass();
                case "--within-noise" -> c.withinNoise();
                case "--outside-noise" -> c.outsideNoise();
                case "--widths" -> d.widths().stream().map(String::valueOf).collect(Collectors.joining(","));
                case "--ways" -> t.ways();
                case "--shots" -> t.shots();
                case "--queries" -> t.queries();
                case "--inner-step" -> t.innerStep();
                case "--meta-lr" -> t.metaRate();
                case "--meta-batch" -> t.metaBatch();
                case "--meta-steps" -> t.metaSteps();
                case "--clip" -> t.clip();
                case "--sigma-u" -> t.inputScale();
                case "--sigma-v" -> t.readoutScale();
                case "--bias" -> t.bias();
                case "--seed" -> t.seed();
                case "--test-tasks" -> d.testTasks();
                case "--kernel-tasks" -> d.kernelTasks();
                default -> null;
            };
        }
    }

    @Option(names = "--data", paramLabel = "FILE", description = "a CSV file, features then class on each line,"
            + " instead of the synthetic classes")
    Path data;

    @Option(names = "--meta-train-share", paramLabel = "P", description = "with --data: the share of classes to"
            + " meta-train on (default ${DEFAULT-VALUE})")
    double metaTrainShare;

    @Option(names = "--input-dim", paramLabel = "D", description = "synthetic: input dimension d (default ${DEFAULT-VALUE})")
    int dimension;

    @Option(names = "--subspace-dim", paramLabel = "K", description = "synthetic: dimension of the subspace the"
            + " classes differ in (default ${DEFAULT-VALUE})")
    int subspaceDimension;

    @Option(names = "--train-classes", paramLabel = "C", description = "synthetic: meta-training classes"
            + " (default ${DEFAULT-VALUE})")
    int trainClasses;

    @Option(names = "--test-classes", paramLabel = "C", description = "synthetic: meta-test classes"
            + " (default ${DEFAULT-VALUE})")
    int testClasses;

    @Option(names = "--examples", paramLabel = "E", description = "synthetic: examples per class (default"
            + " ${DEFAULT-VALUE})")
    int examples;

    @Option(names = "--within-noise", paramLabel = "S", description = "synthetic: spread of a class inside the"
            + " subspace (default ${DEFAULT-VALUE})")
    double withinNoise;

    @Option(names = "--outside-noise", paramLabel = "S", description = "synthetic: noise outside the subspace"
            + " (default ${DEFAULT-VALUE})")
    double outsideNoise;

    @Option(names = "--widths", paramLabel = "N1,N2,...", description = "finite muP widths, increasing: a list"
            + " or a doubling range like 2..2048 (default ${DEFAULT-VALUE})")
    String widths;

    @Option(names = "--ways", paramLabel = "N", description = "classes per task (default ${DEFAULT-VALUE})")
    int ways;

    @Option(names = "--shots", paramLabel = "K", description = "support examples per class (default ${DEFAULT-VALUE})")
    int shots;

    @Option(names = "--queries", paramLabel = "Q", description = "query examples per class (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--inner-step", paramLabel = "ALPHA", description = "adaptation step size (default"
            + " ${DEFAULT-VALUE})")
    double innerStep;

    @Option(names = "--meta-lr", paramLabel = "ETA", description = "meta learning rate (default ${DEFAULT-VALUE})")
    double metaRate;

    @Option(names = "--meta-batch", paramLabel = "T", description = "tasks per meta-step (default ${DEFAULT-VALUE})")
    int metaBatch;

    @Option(names = "--meta-steps", paramLabel = "S", description = "meta-training steps (default ${DEFAULT-VALUE})")
    int metaSteps;

    @Option(names = "--clip", paramLabel = "C", description = "clip the meta-gradient's length to C (default"
            + " ${DEFAULT-VALUE})")
    double clip;

    @Option(names = "--sigma-u", paramLabel = "S", description = "input weights start as S·N(0, 1) (default"
            + " ${DEFAULT-VALUE})")
    double inputScale;

    @Option(names = "--sigma-v", paramLabel = "S", description = "the readout starts as S·N(0, 1/n^2) (default"
            + " ${DEFAULT-VALUE})")
    double readoutScale;

    @Option(names = "--bias", paramLabel = "B", description = "the hidden bias's constant input (default"
            + " ${DEFAULT-VALUE})")
    double bias;

    @Option(names = "--seed", paramLabel = "SEED", description = "seed of the data, the tasks and the"
            + " initializations (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--test-tasks", paramLabel = "T", description = "meta-test tasks (default ${DEFAULT-VALUE})")
    int testTasks;

    @Option(names = "--kernel-tasks", paramLabel = "T", description = "the kernel limits meta-train on at most T"
            + " tasks: they keep every query input seen (default ${DEFAULT-VALUE})")
    int kernelTasks;

    @Mixin
    CaseStudyRunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MamlSettings settings = settings();
        int kernelSteps = Math.min(settings.training().metaSteps(), settings.kernelTasks() / settings.training().metaBatch());
        String note = String.format(java.util.Locale.ROOT, "the kernel limits keep every query input they meta-train"
                + " on, so their cost grows with every task: they meta-trained on %d tasks (%d meta-steps), the"
                + " networks on %d", kernelSteps * settings.training().metaBatch(), kernelSteps,
                settings.training().metaSteps() * settings.training().metaBatch());
        return CaseStudyOutput.run("maml", json(settings), note, run.out, run.quiet, spec.commandLine().getOut(),
                spec.commandLine().getErr(), listener -> MamlStudy.start(settings, SweepExecutor.sameThread(),
                        listener));
    }

    private List<Integer> widths() {
        return ParametrizationOptions.option("--widths", () -> Grammar.list(Values.SIZE, widths));
    }

    MamlSettings settings() {
        if (data != null) {
            CaseStudyOutput.requireReadable("--data", data);
        }
        MamlSettings.Data source = data != null ? new MamlSettings.Csv(data, metaTrainShare)
                : new MamlSettings.Synthetic(new SubspaceFewShot(dimension, subspaceDimension, trainClasses,
                        testClasses, examples, withinNoise, outsideNoise, seed));
        return new MamlSettings(source, new MamlSettings.Training(ways, shots, queries, innerStep, metaRate, metaBatch,
                metaSteps, clip, inputScale, readoutScale, bias, seed), widths(), testTasks, kernelTasks,
                run.threads());
    }

    private static Map<String, Object> json(MamlSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.data() instanceof MamlSettings.Synthetic synthetic) {
            m.put("data", "subspace-classes");
            m.put("classes", synthetic.classes());
        } else {
            MamlSettings.Csv csv = (MamlSettings.Csv) s.data();
            m.put("data", csv.file().toString());
            m.put("metaTrainShare", csv.metaTrainShare());
        }
        m.put("training", s.training());
        m.put("widths", s.widths());
        m.put("testTasks", s.testTasks());
        m.put("kernelTasks", s.kernelTasks());
        m.put("threads", s.threads());
        return m;
    }
}
