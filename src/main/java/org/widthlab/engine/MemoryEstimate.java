package org.widthlab.engine;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * How much memory one width of a sweep needs, and whether it fits, so that a width too large is
 * refused before anything is allocated. The network's matrices are direct buffers
 * ({@link org.widthlab.linalg.FloatMatrix}), which count against {@code -XX:MaxDirectMemorySize}
 * (by default equal to the maximum heap, {@code -Xmx}).
 */
public final class MemoryEstimate {

    /** The share of the direct-memory limit a sweep may plan to use (the rest: the kernel's own buffers, slack). */
    static final double USABLE_FRACTION = 0.85;

    private MemoryEstimate() {
    }

    /**
     * Bytes of float32 buffers that training width n needs: the weights ({@code nd + (L−1)n² + n}), B×n
     * activations, preactivations, gradients and baselines per layer, the update history
     * ({@code min(2TBn, n²)} per hidden layer, see {@link UpdateHistory}) and the optional NTK probe.
     */
    public static long bytesFor(Experiment e, int width) {
        long n = width;
        long d = e.inputDim();
        long batch = e.batch();
        long depth = e.parametrization().depth();
        long floats = n * d + (depth - 1) * n * n + n;
        floats += depth * 4 * batch * n + 3 * batch * n + 2 * batch + batch * d;
        floats += batch * n + depth * batch * batch + (depth - 1) * UpdateHistory.hiddenLayerFloats(n, n, e.steps(), batch);
        if (e.measureNtk()) {
            floats += (2 * depth + 3) * (long) NtkProbe.EXAMPLES * n;
        }
        return 4 * floats;
    }

    /** The widest hidden layer whose n×n float32 weights fit in one buffer (4n² ≤ 2³¹ − 1 bytes). */
    static final int MAX_HIDDEN_WIDTH = (int) Math.sqrt(Integer.MAX_VALUE / 4.0);

    /**
     * The largest single buffer width n needs: the n×n hidden weights (and the update history's copy of them)
     * from depth 2 on, else the n×d input weights or the B×n activations.
     */
    static long largestBufferBytes(Experiment e, int width) {
        long n = width;
        long perLayer = Math.max(n * e.inputDim(), n * e.batch());
        return 4 * (e.parametrization().depth() >= 2 ? Math.max(n * n, perLayer) : perLayer);
    }

    /** The largest number of bytes of direct buffers this Java process may allocate. */
    public static long directMemoryLimit() {
        List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        long limit = Runtime.getRuntime().maxMemory();
        for (String argument : arguments) {
            if (argument.startsWith("-XX:MaxDirectMemorySize=")) {
                limit = parseSize(argument.substring(argument.indexOf('=') + 1));
            }
        }
        return limit;
    }

    /**
     * Checks every width of the experiment against {@code limit} bytes.
     *
     * @throws IllegalArgumentException naming the first width that does not fit, what it needs and what to do
     */
    public static void check(Experiment e, long limit) {
        for (int width : e.widths()) {
            long largest = largestBufferBytes(e, width);
            if (largest > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "width %d needs a single buffer of %s (its %d×%d weight matrix), more than one buffer can"
                                + " hold (2 GiB): at depth L ≥ 2 the widest network is n = %d",
                        width, gib(largest), width, width, MAX_HIDDEN_WIDTH));
            }
            long bytes = bytesFor(e, width);
            if (bytes > USABLE_FRACTION * limit) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "width %d needs about %s of memory for its weights and buffers, more than %s of the %s"
                                + " this Java process may allocate (-Xmx, or -XX:MaxDirectMemorySize): use smaller"
                                + " widths or start Java with a larger -Xmx",
                        width, gib(bytes), gib((long) (USABLE_FRACTION * limit)), gib(limit)));
            }
        }
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
    }

    static long parseSize(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long unit = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1;
        };
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        return Long.parseLong(digits) * unit;
    }
}
