package org.widthlab.theory;

/**
 * In the kernel regime, the size of layer l's contribution to the change of the output,
 * {@code Θ(n^exponent)} (theory.md §6): {@code 1 − min(ω, 2a_{L+1}+c) − r_l} for a hidden layer and
 * {@code 1 − 2a_{L+1} − c} for the readout. Contributions with exponent 0 make up the limiting kernel.
 *
 * @param layer    1..L+1 (L+1 is the readout)
 * @param exponent the exponent of its size
 */
public record KernelContribution(int layer, Exponent exponent) {

    /** Whether this layer's contribution survives in the infinite-width limiting kernel. */
    public boolean survives() {
        return exponent.isZero();
    }
}
