package org.widthlab.casestudies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.widthlab.engine.SweepExecutor;
import org.widthlab.engine.SweepHandle;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;

/**
 * Case study 2, TP4's few-shot learning by first-order MAML in small (theory.md §9): N-way K-shot tasks, the linear
 * network (d + 1) → n → N with a hidden bias in μP at every finite width and as its exact μP limit (width
 * d + 1 + N, {@link LinearNetwork#muPLimit}), against the GP and NTK limits of the linear and the ReLU network
 * ({@link KernelMetaLearner}); every model meta-trains on the same tasks and is scored on the same meta-test tasks
 * of unseen classes: accuracy with its 95% interval over the tasks.
 */
public final class MamlStudy {

    public static final String ACCURACY = "accuracy";
    private static final long TEST_SEED_OFFSET = 0x7E57;
    private static final int PROGRESS_EVERY = 10;

    private MamlStudy() {
    }

    /** The classes, and the meta-test tasks every model is scored on. */
    record Prepared(FewShotData data, List<FewShotTask> testTasks) {
    }

    public static SweepHandle start(MamlSettings settings, SweepExecutor executor, CaseStudyListener listener) {
        return CaseStudyRun.start(cancelled -> jobs(settings, prepare(settings)), settings.threads(), executor,
                listener);
    }

    /** Generates or reads the classes and draws the meta-test tasks. */
    static Prepared prepare(MamlSettings settings) {
        FewShotData data;
        if (settings.data() instanceof MamlSettings.Synthetic synthetic) {
            data = synthetic.classes().generate();
        } else {
            MamlSettings.Csv csv = (MamlSettings.Csv) settings.data();
            try {
                data = FewShotCsv.read(csv.file(), csv.metaTrainShare(), settings.training().seed());
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        MamlSettings.Training t = settings.training();
        data.requireTasks(t.ways(), t.shots(), t.queries());
        SplittableRandom random = new SplittableRandom(t.seed() + TEST_SEED_OFFSET);
        List<FewShotTask> test = new ArrayList<>();
        for (int i = 0; i < settings.testTasks(); i++) {
            test.add(FewShotTask.draw(data.metaTest(), t.ways(), t.shots(), t.queries(), (float) t.bias(), random));
        }
        return new Prepared(data, test);
    }

    /** The meta-training steps of the kernel limits: as many as fit in {@code kernelTasks} tasks. */
    static int kernelMetaSteps(MamlSettings settings) {
        MamlSettings.Training t = settings.training();
        return Math.min(t.metaSteps(), settings.kernelTasks() / t.metaBatch());
    }

    static List<StudyJob> jobs(MamlSettings settings, Prepared prepared) {
        MamlSettings.Training t = settings.training();
        int inputs = prepared.data().dimension() + 1;
        Parametrization muP = LinearNetwork.muP(false);
        LinearNetwork.Scales scales = new LinearNetwork.Scales(t.inputScale(), t.readoutScale());
        double perStep = t.metaBatch() * (t.shots() + 2.0 * t.queries()) * t.ways() * inputs;
        double networkWork = t.metaSteps() * perStep + settings.testTasks() * perStep / t.metaBatch();
        List<StudyJob> jobs = new ArrayList<>();
        for (int width : settings.widths()) {
            long seed = t.seed() * 1_000_003L + width;
            jobs.add(new StudyJob("n = " + width, networkWork * width, (cancelled, fraction) -> score(
                    ModelResult.WIDTH, width, null, () -> new NetworkMetaLearner(
                            LinearNetwork.gaussian(muP, inputs, t.ways(), width, scales, seed)),
                    t.metaSteps(), settings, prepared, cancelled, fraction)));
        }
        int limitWidth = LinearNetwork.limitWidth(muP, inputs, t.ways());
        jobs.add(new StudyJob("μP limit", networkWork * limitWidth, (cancelled, fraction) -> score(
                ModelResult.MUP_LIMIT, null, null, () -> new NetworkMetaLearner(
                        LinearNetwork.muPLimit(muP, inputs, t.ways(), scales)),
                t.metaSteps(), settings, prepared, cancelled, fraction)));
        int kernelSteps = kernelMetaSteps(settings);
        int capacity = Math.max(1, kernelSteps * t.metaBatch() * t.ways() * t.queries());
        for (Activation phi : List.of(Activation.IDENTITY, Activation.RELU)) {
            for (KernelLimit limit : KernelLimit.values()) {
                String kernel = phi == Activation.IDENTITY ? "linear" : "relu";
                double kernelWork = (kernelSteps / 2.0 * perStep / inputs * capacity
                        + settings.testTasks() * perStep / inputs / t.metaBatch() * capacity) * 0.2;
                jobs.add(new StudyJob((limit == KernelLimit.GP ? "GP" : "NTK") + " limit (" + kernel + ")", kernelWork,
                        (cancelled, fraction) -> score(limit.id(), null, kernel, () -> new KernelMetaLearner(limit, phi,
                                t.inputScale() * t.inputScale(), inputs, t.ways(), capacity),
                                kernelSteps, settings, prepared, cancelled, fraction)));
            }
        }
        return jobs;
    }

    /** Meta-trains a fresh learner for {@code steps} steps on the shared task stream, then scores it on the test tasks. */
    private static List<ModelResult> score(String model, Integer width, String kernel, Supplier<MetaLearner> create,
            int steps, MamlSettings settings, Prepared prepared, BooleanSupplier cancelled, DoubleConsumer fraction) {
        long start = System.nanoTime();
        MamlSettings.Training t = settings.training();
        MetaLearner learner = create.get();
        SplittableRandom random = new SplittableRandom(t.seed());
        List<float[][]> metaTrain = prepared.data().metaTrain();
        double total = steps + prepared.testTasks().size() / (double) t.metaBatch();
        for (int step = 0; step < steps; step++) {
            Cancelled.check(cancelled);
            List<FewShotTask> batch = new ArrayList<>(t.metaBatch());
            for (int i = 0; i < t.metaBatch(); i++) {
                batch.add(FewShotTask.draw(metaTrain, t.ways(), t.shots(), t.queries(), (float) t.bias(), random));
            }
            learner.metaStep(batch, t.innerStep(), t.metaRate(), t.clip());
            if (step % PROGRESS_EVERY == 0) {
                fraction.accept(step / total);
            }
        }
        double[] accuracy = new double[prepared.testTasks().size()];
        for (int i = 0; i < accuracy.length; i++) {
            if (i % (PROGRESS_EVERY * t.metaBatch()) == 0) {
                Cancelled.check(cancelled);
                fraction.accept((steps + i / (double) t.metaBatch()) / total);
            }
            FewShotTask task = prepared.testTasks().get(i);
            accuracy[i] = FewShotTask.accuracy(learner.adaptedQueryLogits(task, t.innerStep()), task.queryLabels());
        }
        return List.of(new ModelResult(model, width, kernel, ACCURACY, Estimate.mean(accuracy),
                (System.nanoTime() - start) / 1e9));
    }
}
