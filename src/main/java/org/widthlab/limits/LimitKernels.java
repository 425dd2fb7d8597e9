package org.widthlab.limits;

import java.util.Optional;

/**
 * The kernels on the training inputs (THEORY.md §7).
 *
 * @param nngp           {@code Σ^{L+1}}, the covariance of {@code f_0} in the Gaussian-process limit
 * @param ntk            {@code Θ^{L+1}}, the full NTK (all layers' contributions)
 * @param limitingKernel the parametrization's limiting kernel (its surviving contributions); present in
 *                       the kernel regime only
 */
public record LimitKernels(KernelMatrix nngp, KernelMatrix ntk, Optional<KernelMatrix> limitingKernel) {
}
