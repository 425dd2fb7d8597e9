package org.widthlab.limits;

import java.util.ArrayList;
import java.util.List;

/**
 * A dense layer {@code h = W x} with unit effective weight variance, no bias (theory.md §1, §7):
 * the covariance of {@code h} is the kernel of {@code x} unchanged, {@code Σ^l = E[x x']}, and the
 * layer's own contribution to the NTK is that same kernel ({@code Σ^l}; later layers multiply it by
 * their {@code Σ̇}). neural-tangents' {@code Dense(W_std=1, b_std=None)} with its NTK update
 * {@code ntk ← ntk + nngp} (Novak et al. 2020, {@code stax.Dense}).
 */
public enum Dense implements KernelMap {
    UNIT_VARIANCE;

    @Override
    public Kernel apply(Kernel in) {
        List<KernelMatrix> contributions = new ArrayList<>(in.contributions());
        contributions.add(in.nngp());
        return new Kernel(in.nngp(), contributions);
    }
}
