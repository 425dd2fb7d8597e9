package org.widthlab.limits;

import java.util.List;
import java.util.Objects;

/**
 * The infinite-width kernels of a network, on a fixed list of inputs, after some of its layers
 * (neural-tangents' {@code Kernel}: an immutable value changed only by {@link KernelMap}s).
 *
 * <p>{@code nngp} is the covariance of the current pre- or post-activations (after the dense map of
 * layer l it is {@code Σ^l}, theory.md §7). {@code contributions.get(k-1)} is layer k's contribution
 * to the NTK so far, {@code Σ^k ∏_{m=k+1}^{l} Σ̇^m} (entry-wise products); their sum is the NTK
 * {@code Θ^l}, since {@code Θ^{l+1} = Σ^{l+1} + Σ̇^{l+1} Θ^l} unrolls to exactly that sum
 * (Jacot et al. 2018, Thm 1; Yang & Hu 2020, TP4 §7 for the per-layer split).
 *
 * @param nngp          Σ of the current layer
 * @param contributions per dense layer 1..l so far, its contribution to the NTK
 */
public record Kernel(KernelMatrix nngp, List<KernelMatrix> contributions) {

    public Kernel {
        Objects.requireNonNull(nngp, "nngp");
        contributions = List.copyOf(contributions);
    }

    /** The kernel of the raw inputs, before any layer: {@code ξ_i·ξ_j}, no trainable layer yet. */
    public static Kernel ofInputs(double[][] inputs) {
        if (inputs.length == 0) {
            throw new IllegalArgumentException("give at least one input");
        }
        return new Kernel(KernelMatrix.gram(inputs), List.of());
    }

    /** The number of inputs the kernel is evaluated on. */
    public int size() {
        return nngp.size();
    }

    /** The number of dense (trainable) layers applied so far. */
    public int layers() {
        return contributions.size();
    }

    /** The NTK {@code Θ}: the sum of all layers' contributions (zero before the first dense layer). */
    public KernelMatrix ntk() {
        return sumOfContributions(java.util.stream.IntStream.rangeClosed(1, layers()).boxed().toList());
    }

    /** Layer l's contribution {@code Σ^l ∏_{m>l} Σ̇^m}, for l = 1..{@link #layers()}. */
    public KernelMatrix contribution(int layer) {
        if (layer < 1 || layer > layers()) {
            throw new IllegalArgumentException("layer " + layer + " is outside 1.." + layers());
        }
        return contributions.get(layer - 1);
    }

    /**
     * The sum of the given layers' contributions, each with coefficient exactly 1 (theory.md §7); for the
     * layers {@code Verdict.survivingKernelLayers()} this is the parametrization's limiting kernel.
     */
    public KernelMatrix sumOfContributions(List<Integer> layers) {
        KernelMatrix sum = KernelMatrix.zeros(size());
        for (int layer : layers) {
            sum = sum.plus(contribution(layer));
        }
        return sum;
    }
}
