package org.widthlab.casestudies;

import org.widthlab.limits.KernelDuals;
import org.widthlab.theory.DualActivation;
import org.widthlab.theory.Activation;

/**
 * The kernel limits of a one-hidden-layer network {@code f = W²φ(W¹ξ)} (theory.md §7, unit weight variances,
 * a bias as one more constant input coordinate): with {@code Σ¹(ξ, ζ) = ξ·ζ},
 * <ul>
 *   <li>the GP limit (only the readout trains on the infinitely many random features φ(W¹ξ)) has the kernel
 *       {@code Σ²(ξ, ζ) = E[φ(u)φ(v)]};</li>
 *   <li>the NTK limit (both layers train, neither moves its features) has {@code Σ² + Σ̇²Σ¹} with
 *       {@code Σ̇² = E[φ'(u)φ'(v)]},</li>
 * </ul>
 * where {@code (u, v)} is Gaussian with covariance Σ¹ on {ξ, ζ}. In either the features W¹ξ do not move: the
 * network is the kernel machine {@code f(ξ) = Σ_j K(ξ, ξ_j) c_j} over the inputs it was trained on.
 */
public enum KernelLimit {
    GP("gp-limit"),
    NTK("ntk-limit");

    private final String id;

    KernelLimit(String id) {
        this.id = id;
    }

    /** The model name of the case studies' results: {@code gp-limit} or {@code ntk-limit}. */
    public String id() {
        return id;
    }

    /** {@code K(ξ, ζ)} from {@code ξ·ξ}, {@code ξ·ζ} and {@code ζ·ζ}. */
    public double kernel(DualActivation phi, double xx, double xz, double zz) {
        DualActivation.Moments m = phi.moments(xx, xz, zz);
        return this == GP ? m.value() : m.value() + xz * m.derivative();
    }

    /** The Gaussian moments of φ ({@link KernelDuals#of}: closed forms where there are some). */
    public static DualActivation dual(Activation phi) {
        return KernelDuals.of(phi);
    }
}
