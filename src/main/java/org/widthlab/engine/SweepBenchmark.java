package org.widthlab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.widthlab.linalg.MatrixKernel;

/** The wall time of whole sweeps, for {@code bench} (by default {@link DefaultExperiments#peer()}). */
public final class SweepBenchmark {

    private SweepBenchmark() {
    }

    /**
     * Runs the experiment {@code repeats} times on this thread (after one untimed warm-up run) and returns
     * each run's {@link SweepOutcome#sweepSeconds()}.
     *
     * @throws IllegalStateException when a sweep does not complete
     */
    public static double[] secondsOf(Experiment e, MatrixKernel kernel, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        WidthSweep sweep = new WidthSweep(kernel, SweepExecutor.sameThread());
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i <= repeats; i++) {
            SweepRecorder recorder = new SweepRecorder();
            sweep.start(e, recorder);
            SweepOutcome outcome = recorder.outcome();
            if (outcome.status() != SweepOutcome.Status.COMPLETED) {
                throw new IllegalStateException("the benchmark sweep ended " + outcome.status() + ": " + outcome.message());
            }
            if (i > 0) {
                seconds.add(outcome.sweepSeconds());
            }
        }
        return seconds.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The median (the mean of the middle two for an even count). */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
