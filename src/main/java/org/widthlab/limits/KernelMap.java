package org.widthlab.limits;

import java.util.ArrayList;
import java.util.List;
import org.widthlab.theory.Activation;

/**
 * One layer's action on the infinite-width kernels (neural-tangents' {@code kernel_fn}): a pure
 * function from the kernels of a layer's input to those of its output. Networks are
 * {@link #serial} compositions.
 */
@FunctionalInterface
public interface KernelMap {

    Kernel apply(Kernel in);

    /** First {@code maps[0]}, then {@code maps[1]}, ... */
    static KernelMap serial(List<KernelMap> maps) {
        List<KernelMap> copy = List.copyOf(maps);
        return in -> {
            Kernel k = in;
            for (KernelMap m : copy) {
                k = m.apply(k);
            }
            return k;
        };
    }

    /**
     * The MLP of theory.md §1 with L hidden layers: {@code Dense, φ, Dense, φ, ..., Dense} (L+1 dense
     * layers, the last one the readout), with φ's closed form where one exists.
     */
    static KernelMap mlp(int depth, Activation phi) {
        return mlp(depth, new Elementwise(KernelDuals.of(phi)));
    }

    /** As {@link #mlp(int, Activation)} with a given elementwise map (e.g. one by quadrature, for tests). */
    static KernelMap mlp(int depth, Elementwise phi) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth L must be at least 1, got " + depth);
        }
        List<KernelMap> maps = new ArrayList<>();
        maps.add(Dense.UNIT_VARIANCE);
        for (int l = 1; l <= depth; l++) {
            maps.add(phi);
            maps.add(Dense.UNIT_VARIANCE);
        }
        return serial(maps);
    }
}
