package org.widthlab.limits;

/**
 * The kernels on the training inputs (theory.md §7), given in the kernel regime.
 *
 * @param nngp           {@code Σ^{L+1}}, the covariance of {@code f_0} in the Gaussian-process limit
 * @param ntk            {@code Θ^{L+1}}, the full NTK (all layers' contributions)
 * @param limitingKernel the parametrization's limiting kernel (its surviving contributions)
 */
public record LimitKernels(KernelMatrix nngp, KernelMatrix ntk, KernelMatrix limitingKernel) {
}
