/**
 * Infinite-width limits (theory.md §7), computed exactly where the theory allows, and labelled by how they
 * were obtained ({@link org.widthlab.limits.LimitKind}).
 *
 * <ul>
 *   <li><b>Kernels</b> (neural-tangents' design): immutable {@link org.widthlab.limits.Kernel} values on a list of
 *       inputs, changed only by composable {@link org.widthlab.limits.KernelMap}s ({@link org.widthlab.limits.Dense},
 *       {@link org.widthlab.limits.Elementwise}); the Gaussian moments of φ by closed forms (ReLU, erf, sin,
 *       identity), otherwise by a Hermite series with a computed truncation bound and an adaptive conditioned
 *       quadrature where the bound fails ({@link org.widthlab.limits.HermiteSeriesDual}), accurate at every
 *       variance; checked against Monte Carlo, the closed forms and a slow reference. Per-layer contributions {@code Σ^l ∏_{m>l} Σ̇^m}; the limiting kernel of a
 *       parametrization is the sum of the contributions of {@code Verdict.survivingKernelLayers()}.</li>
 *   <li><b>Kernel regime</b>: {@link org.widthlab.limits.KernelRegimeTraining}, squared loss in closed form
 *       (eigendecomposition) and any loss by iteration.</li>
 *   <li><b>Feature learning, depth 1</b> (TP4 Theorem 6.1): {@link org.widthlab.limits.DepthOneFeatureLearningLimit}
 *       by tensor Gauss–Hermite quadrature (d ≤ 2) or quasi-Monte Carlo; the linear network exactly
 *       ({@link org.widthlab.limits.LinearNetworkLimit}, TP4 Corollary 6.2 in d dimensions).</li>
 *   <li><b>Otherwise</b>: no limit, or an {@link org.widthlab.limits.Extrapolation} of finite widths in
 *       n^{−1/2}, never called the limit; {@link org.widthlab.limits.Convergence} measures how fast finite
 *       widths approach a limit.</li>
 * </ul>
 *
 * <p>The front ends' entry point, the same for the window and the command line, is
 * {@link org.widthlab.limits.ExperimentLimits}; {@link org.widthlab.limits.LimitCalculator} computes the limit on
 * one seed's data.
 */
package org.widthlab.limits;
