package org.widthlab.limits;

import java.util.ArrayList;
import java.util.List;
import org.widthlab.engine.DefaultExperiments;
import org.widthlab.engine.TrainingData;
import org.widthlab.theory.Activation;

/**
 * The wall time of the infinite-width kernels, for {@code bench}: the NNGP and NTK of an MLP
 * ({@link KernelMap#mlp}) on the inputs of the peer's sweep ({@link DefaultExperiments#peer()}: 64 Gaussian
 * inputs of dimension 32, |ξ|² ≈ 32, where a non-closed-form φ needs its careful integration).
 */
public final class KernelBenchmark {

    private KernelBenchmark() {
    }

    /** The 64 inputs of the peer's sweep (its first seed). */
    public static double[][] peerInputs() {
        return TrainingData.of(DefaultExperiments.peer(), 0).inputs();
    }

    /**
     * Computes the kernels {@code repeats} times (after one untimed warm-up), each time from scratch (no
     * Gaussian moments cached between runs), and returns each run's seconds.
     */
    public static double[] secondsOf(Activation phi, int depth, double[][] inputs, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        Kernel in = Kernel.ofInputs(inputs);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i <= repeats; i++) {
            long start = System.nanoTime();
            Kernel out = KernelMap.mlp(depth, phi).apply(in);
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (!Double.isFinite(out.ntk().get(0, 0))) {
                throw new IllegalStateException("the benchmark kernel is not finite");
            }
            if (i > 0) {
                seconds.add(elapsed);
            }
        }
        return seconds.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
