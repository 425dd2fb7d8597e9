package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.linalg.ReferenceKernel;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/** The sweep's contract: streaming, determinism, cancellation, divergence as a result, memory refusal. */
class WidthSweepTest {

    private static final Parametrization MUP = Preset.MUP.at(3, Activation.TANH);
    /** A guard against a hung sweep, not a timing assertion. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static Experiment small(Parametrization p, double lr, List<Integer> widths, int steps) {
        return Sweeps.experiment(p, DataSetKind.TEACHER, 4, 8, steps, lr, widths, 2);
    }

    @Test
    void streamsEveryStepOfEveryRunInOrder() {
        Experiment e = small(MUP, 0.1, List.of(8, 16), 3);
        SweepRecorder recorder = Sweeps.run(e);

        assertEquals(SweepOutcome.Status.COMPLETED, recorder.outcome().status());
        // 2 widths × 2 seeds × 4 steps, each with 5 per-layer quantities × 3 layers + 4 others.
        assertEquals(2 * 2 * 4 * (5 * 3 + 4), recorder.measurements().size());
        Measurement first = recorder.measurements().get(0);
        assertEquals(8, first.width());
        assertEquals(0, first.step());
        assertEquals(0.0, recorder.measurements().stream().filter(m -> m.step() == 0 && m.quantity() == Quantity.DELTA_H)
                .mapToDouble(Measurement::value).max().orElseThrow(), 0.0, "no change at t = 0");
    }

    /** With φ = identity, x^l = h^l, so the measured Δx^l is Δh^l exactly, at every layer, width, seed and step. */
    @Test
    void activationChangeIsTheFeatureChangeForTheIdentity() {
        Experiment e = small(Preset.NTP.at(2, Activation.IDENTITY), 0.1, List.of(8, 16), 2);
        List<Measurement> rows = Sweeps.run(e).measurements();
        List<Measurement> dh = rows.stream().filter(m -> m.quantity() == Quantity.DELTA_H).toList();
        List<Measurement> dx = rows.stream().filter(m -> m.quantity() == Quantity.DELTA_X).toList();
        assertEquals(dh.size(), dx.size());
        for (int i = 0; i < dh.size(); i++) {
            assertEquals(dh.get(i).value(), dx.get(i).value(), 0.0, dh.get(i).toString());
        }
        assertTrue(dx.stream().anyMatch(m -> m.value() > 0), "something moved");
    }

    @Test
    void sameSeedGivesTheSameNumbersWhateverTheThreadCount() throws Exception {
        Experiment e = small(MUP, 0.1, List.of(16, 64), 3);
        List<Measurement> first = Sweeps.run(e).measurements();
        List<Measurement> again = Sweeps.run(e).measurements();
        ForkJoinPool oneThread = new ForkJoinPool(1);
        List<Measurement> singleThreaded;
        try {
            // Parallel streams started inside a pool's task run in that pool: here on one thread.
            singleThreaded = oneThread.submit(() -> Sweeps.run(e).measurements()).get();
        } finally {
            oneThread.shutdown();
        }
        assertEquals(first, again);
        assertEquals(first, singleThreaded);
        Experiment otherSeed = new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(), e.steps(),
                e.learningRate(), e.widths(), e.seeds(), 5, false);
        assertFalse(first.equals(Sweeps.run(otherSeed).measurements()));
    }

    /** At width 600 and batch 32 every product of the engine (≥ 10⁷ flops) is split between the threads. */
    @Test
    void theKernelsThreadCountDoesNotChangeTheNumbers() {
        Experiment e = Sweeps.experiment(MUP, DataSetKind.TEACHER, 4, 32, 2, 0.1, List.of(16, 600), 1);
        MatrixKernels.Kind kind = MatrixKernels.choice().kind();
        assertEquals(Sweeps.run(e, kind.create(1)).measurements(), Sweeps.run(e, kind.create(2)).measurements(),
                kind.id());
    }

    @Test
    void fastAndReferenceKernelPathsAgree() {
        // The engine through the default (fast) kernel and through the plain ReferenceKernel (double accumulation).
        double relativeTolerance = 1e-4;
        Experiment e = small(Preset.NTP.at(2, Activation.GELU), 0.5, List.of(7, 33), 3);
        Experiment withNtk = new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(), e.steps(),
                e.learningRate(), e.widths(), e.seeds(), e.seed(), true);
        List<Measurement> fast = Sweeps.run(withNtk).measurements();
        List<Measurement> reference = Sweeps.run(withNtk, new ReferenceKernel()).measurements();
        assertEquals(reference.size(), fast.size());
        for (int i = 0; i < fast.size(); i++) {
            Measurement f = fast.get(i);
            Measurement r = reference.get(i);
            assertEquals(r.quantity(), f.quantity());
            assertEquals(r.value(), f.value(), relativeTolerance * Math.abs(r.value()) + 1e-7, r.toString());
        }
        assertTrue(fast.stream().anyMatch(m -> m.quantity() == Quantity.NTK_CHANGE && m.value() > 0));
    }

    @Test
    void cancellingStopsTheSweepAndNothingIsReportedAfterTheEnd() throws Exception {
        Experiment e = Sweeps.experiment(MUP, DataSetKind.TEACHER, 4, 64, 200, 0.05, List.of(512, 1024, 2048), 1);
        AtomicInteger steps = new AtomicInteger();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean calledAfterFinish = new AtomicBoolean();
        CountDownLatch firstStep = new CountDownLatch(1);
        SweepListener listener = new SweepListener() {
            @Override
            public void onMeasurements(List<Measurement> measurements) {
                calledAfterFinish.compareAndSet(false, finished.get());
                steps.incrementAndGet();
                firstStep.countDown();
            }

            @Override
            public void onProgress(SweepProgress progress) {
                calledAfterFinish.compareAndSet(false, finished.get());
            }

            @Override
            public void onFinished(SweepOutcome outcome) {
                finished.set(true);
            }
        };
        SweepHandle handle = new WidthSweep(Sweeps.KERNEL, SweepExecutor.newThread()).start(e, listener);
        firstStep.await();
        handle.cancel();
        SweepOutcome outcome = assertTimeoutPreemptively(HANG_GUARD, handle::await);

        assertEquals(SweepOutcome.Status.CANCELLED, outcome.status());
        assertTrue(steps.get() < 3 * 201, "stopped early: " + steps.get() + " steps measured");
        int atFinish = steps.get();
        Thread.sleep(200);
        assertEquals(atFinish, steps.get());
        assertFalse(calledAfterFinish.get());
    }

    @Test
    void spWithConstantLearningRateDivergesAsAResult() {
        // theory.md §5: SP with constant LR is unstable in training (r = −1 for L ≥ 2); at a large LR the
        // values overflow within a few steps, the wider the sooner.
        Experiment e = Sweeps.experiment(Preset.SP.at(3, Activation.RELU), DataSetKind.TEACHER, 4, 8, 8, 20.0,
                List.of(64, 256, 1024), 1);
        SweepRecorder recorder = Sweeps.run(e);

        assertEquals(SweepOutcome.Status.COMPLETED, recorder.outcome().status());
        assertTrue(recorder.outcome().divergedRuns() > 0, recorder.outcome().toString());
        for (int width : e.widths()) {
            List<Measurement> run = recorder.measurements().stream().filter(m -> m.width() == width).toList();
            int lastStep = run.get(run.size() - 1).step();
            boolean diverged = run.stream().anyMatch(Measurement::diverged);
            if (diverged) {
                assertTrue(run.stream().filter(Measurement::diverged).allMatch(m -> m.step() == lastStep),
                        "marked from the step it diverged, and the run stops there");
                assertTrue(run.stream().filter(m -> m.step() == lastStep).anyMatch(
                        m -> !(Math.abs(m.value()) <= TrainingRun.DIVERGENCE_BOUND)));
            } else {
                assertEquals(e.steps(), lastStep);
            }
        }
        List<Measurement> widest = recorder.measurements().stream().filter(m -> m.width() == 1024).toList();
        assertTrue(widest.get(widest.size() - 1).diverged(), "the widest run diverges");
    }

    @Test
    void aWidthThatDoesNotFitIsRefusedBeforeAnythingRuns() {
        // 20000 wide: two hidden 20000² float matrices are 2.98 GiB, beyond 0.85 of the test JVM's -Xmx3g.
        Experiment e = small(MUP, 0.1, List.of(64, 20000), 1);
        List<String> calls = new ArrayList<>();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new WidthSweep(Sweeps.KERNEL, SweepExecutor.sameThread()).start(e, new SweepListener() {
                    @Override
                    public void onMeasurements(List<Measurement> measurements) {
                        calls.add("measurements");
                    }

                    @Override
                    public void onFinished(SweepOutcome outcome) {
                        calls.add("finished");
                    }
                }));
        assertTrue(refused.getMessage().startsWith("width 20000 needs about "), refused.getMessage());
        assertTrue(refused.getMessage().contains("-Xmx"));
        assertEquals(List.of(), calls);
    }

    @Test
    void aWeightMatrixLargerThanOneBufferIsRefusedWhateverTheMemory() {
        // 32768² floats are 4 GiB, more than one buffer holds (2 GiB), even where -Xmx would allow it
        Experiment e = small(MUP, 0.1, List.of(64, 32768), 1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MemoryEstimate.check(e, 1L << 40));
        assertTrue(refused.getMessage().startsWith("width 32768 needs a single buffer of 4.00 GiB"), refused.getMessage());
        assertTrue(refused.getMessage().contains("n = 23170"), refused.getMessage());
        MemoryEstimate.check(small(MUP, 0.1, List.of(64, 23170), 1), 1L << 40);
        // a huge batch at depth 1 is blamed on the activations, not on a weight matrix
        Experiment batch = Sweeps.experiment(Preset.MUP.at(1, Activation.RELU), DataSetKind.TEACHER, 4, 8192, 1, 0.1,
                List.of(65536), 1);
        String message = assertThrows(IllegalArgumentException.class, () -> MemoryEstimate.check(batch, 1L << 40))
                .getMessage();
        assertTrue(message.contains("(the 8192×65536 activations of a layer)"), message);
        assertTrue(message.endsWith("use a smaller width or batch"), message);
    }

    @Test
    void anErrorInTheSweepEndsItAsFailedAndItsListenerHearsSo() throws InterruptedException {
        // an Error (not an exception) on the sweep thread must still end with onFinished, or await() hangs
        List<SweepOutcome> outcomes = new ArrayList<>();
        SweepHandle handle = new WidthSweep(Sweeps.KERNEL, SweepExecutor.newThread()).start(small(MUP, 0.1,
                List.of(16), 1), new SweepListener() {
                    @Override
                    public void onMeasurements(List<Measurement> measurements) {
                        throw new StackOverflowError("listener overflowed");
                    }

                    @Override
                    public void onFinished(SweepOutcome outcome) {
                        outcomes.add(outcome);
                    }
                });
        SweepOutcome outcome = handle.await();
        assertEquals(SweepOutcome.Status.FAILED, outcome.status());
        assertEquals("listener overflowed", outcome.message());
        assertEquals(List.of(outcome), outcomes);
    }

    @Test
    void memoryEstimateCountsTheWeightsAndParsesLimits() {
        Experiment e = Sweeps.experiment(Preset.MUP.at(3, Activation.RELU), DataSetKind.GAUSSIAN, 32, 64, 5, 0.05,
                List.of(8192), 1);
        long weights = 2L * 8192 * 8192 * 4;
        long bytes = MemoryEstimate.bytesFor(e, 8192);
        assertTrue(bytes > weights && bytes < weights * 1.2, "two 8192² float matrices and some B×n buffers: " + bytes);
        MemoryEstimate.check(e, 2L << 30);
        assertThrows(IllegalArgumentException.class, () -> MemoryEstimate.check(e, 1L << 29));
        assertEquals(2L << 30, MemoryEstimate.parseSize("2g"));
        assertEquals(512L << 20, MemoryEstimate.parseSize("512M"));
        assertEquals(1000, MemoryEstimate.parseSize("1000"));
    }

    @Test
    void theMeasurementsKeptAreCountedAsTheSweepMakesThemAndTooManyAreRefusedBeforeItStarts() {
        for (boolean ntk : new boolean[] {false, true}) {
            Experiment e = Sweeps.experiment(Preset.MUP.at(3, Activation.RELU), DataSetKind.TEACHER, 4, 8, 2, 0.1,
                    List.of(8, 16), 2);
            if (ntk) {
                e = new Experiment(e.parametrization(), e.dataSet(), e.inputDim(), e.batch(), e.steps(),
                        e.learningRate(), e.widths(), e.seeds(), e.seed(), true);
            }
            int made = Sweeps.run(e).measurements().size();
            assertEquals(made * MemoryEstimate.BYTES_PER_KEPT_MEASUREMENT, MemoryEstimate.heapBytesFor(e),
                    "the estimate counts what the sweep keeps, NTK " + ntk);
        }
        // the sweep that once finished and then ran out of memory fitting its slopes under -Xmx256m
        Experiment long16 = small(MUP, 0.1, List.of(16), 200_000);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> MemoryEstimate.checkHeap(long16, 256L << 20));
        assertTrue(refused.getMessage().startsWith("1 width(s) × 2 seed(s) × 200001 steps keep"), refused.getMessage());
        assertTrue(refused.getMessage().contains("use fewer steps, seeds or widths"), refused.getMessage());
        MemoryEstimate.checkHeap(small(MUP, 0.1, List.of(16), 2_000), 256L << 20);
    }
}
