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
     * preactivations, activations, slopes φ', gradients and the two baselines per layer (six), the update history
     * ({@code min(2TBn, n²)} per hidden layer, see {@link UpdateHistory}) and the optional NTK probe.
     */
    public static long bytesFor(Experiment e, int width) {
        long n = width;
        long d = e.inputDim();
        long batch = e.batch();
        long depth = e.parametrization().depth();
        long floats = n * d + (depth - 1) * n * n + n;
        floats += depth * 6 * batch * n + 3 * batch * n + 2 * batch + batch * d;
        floats += batch * n + depth * batch * batch + (depth - 1) * UpdateHistory.hiddenLayerFloats(n, n, e.steps(), batch);
        if (e.measureNtk()) {
            floats += (2 * depth + 3) * (long) NtkProbe.EXAMPLES * n;
        }
        return 4 * floats;
    }

    /** The widest hidden layer whose n×n float32 weights fit in one buffer (4n² ≤ 2³¹ − 1 bytes). */
    static final int MAX_HIDDEN_WIDTH = (int) Math.sqrt(Integer.MAX_VALUE / 4.0);

    /** One buffer of a network: what it holds and what to change when it is too large (for a message), its bytes. */
    record Buffer(String holds, String advice, long bytes) {
    }

    /**
     * The largest single buffer width n needs: the n×n hidden weights (and the update history's copy of them)
     * from depth 2 on, the n×d input weights, or the B×n activations of a layer.
     */
    static Buffer largestBuffer(Experiment e, int width) {
        long n = width;
        Buffer largest = new Buffer("its " + n + "×" + e.inputDim() + " input weights",
                "use a smaller width or input dimension", 4 * n * e.inputDim());
        Buffer activations = new Buffer("the " + e.batch() + "×" + n + " activations of a layer",
                "use a smaller width or batch", 4 * n * e.batch());
        largest = activations.bytes() > largest.bytes() ? activations : largest;
        Buffer hidden = new Buffer("its " + n + "×" + n + " hidden weight matrix",
                "at depth L ≥ 2 the widest network is n = " + MAX_HIDDEN_WIDTH, 4 * n * n);
        return e.parametrization().depth() >= 2 && hidden.bytes() >= largest.bytes() ? hidden : largest;
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
            Buffer largest = largestBuffer(e, width);
            if (largest.bytes() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "width %d needs a single buffer of %s (%s), more than one buffer can hold (2 GiB): %s",
                        width, gib(largest.bytes()), largest.holds(), largest.advice()));
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

    /**
     * Bytes of heap one kept {@link Measurement} takes: the object (header, seven fields: 48 bytes with
     * compressed references) and its slot in the growing lists that hold it, counted twice, since the slope fits
     * and the charts group the measurements once more.
     */
    static final long BYTES_PER_KEPT_MEASUREMENT = 2 * (48 + 8);

    /** The share of the heap the measurements of a sweep may plan to take (the rest: the program, the window). */
    static final double HEAP_FRACTION = 0.5;

    /** How many measurements one training step yields: each per-layer quantity at every layer, the rest once. */
    static long measurementsPerStep(Experiment e) {
        long count = 0;
        for (Quantity q : Quantity.values()) {
            if (q != Quantity.NTK_CHANGE || e.measureNtk()) {
                count += q.perLayer() ? e.parametrization().depth() : 1;
            }
        }
        return count;
    }

    /** Bytes of heap the measurements of the whole sweep take while it is kept: every width, seed and step. */
    public static long heapBytesFor(Experiment e) {
        return (long) e.widths().size() * e.seeds() * (e.steps() + 1L) * measurementsPerStep(e)
                * BYTES_PER_KEPT_MEASUREMENT;
    }

    /** The largest heap this Java process may use ({@code -Xmx}). */
    public static long heapLimit() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * Checks that the measurements the sweep keeps fit in {@code heapLimit} bytes of heap.
     *
     * @throws IllegalArgumentException saying what they need, what there is, and what to do
     */
    public static void checkHeap(Experiment e, long heapLimit) {
        long bytes = heapBytesFor(e);
        if (bytes > HEAP_FRACTION * heapLimit) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%d width(s) × %d seed(s) × %d steps keep %d measurements (about %s), more than %s of the %s heap"
                            + " this Java process may use (-Xmx): use fewer steps, seeds or widths, or start Java"
                            + " with a larger -Xmx",
                    e.widths().size(), e.seeds(), e.steps() + 1L, bytes / BYTES_PER_KEPT_MEASUREMENT, gib(bytes),
                    gib((long) (HEAP_FRACTION * heapLimit)), gib(heapLimit)));
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
