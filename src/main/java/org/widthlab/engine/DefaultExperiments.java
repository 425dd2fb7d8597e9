package org.widthlab.engine;

import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;

/** The two experiments WidthLab starts from: one for a classroom, one matching the PyTorch peer. */
public final class DefaultExperiments {

    private DefaultExperiments() {
    }

    /**
     * What the window shows first and what the command line fills unset flags with: μP, L = 3, ReLU on
     * two clusters (cross-entropy), d = 8, B = 64, 5 steps, η = 0.5 (the loss visibly falls in 5 steps),
     * widths 64…2048 with 4 seeds — the slopes of Δh^l come within ±0.06 of the prediction for μP, NTP and
     * SP with LR ∝ 1/n, over all widths and over the larger half, in about 1.5 s. With a squared loss the
     * random initial output dominates each seed's gradient and the larger widths' slope wanders by ±0.4
     * at 4 seeds (theory.md §6).
     */
    public static Experiment classroom() {
        return new Experiment(Preset.MUP.at(3, Activation.RELU), DataSetKind.CLUSTERS, 8, 64, 5, 0.5,
                java.util.List.of(64, 128, 256, 512, 1024, 2048), 4, 0, false);
    }

    /**
     * The default sweep of the PyTorch peer ({@code src/bench/peers/coordcheck_torch.py}), which
     * {@code bench} times: μP, L = 3, ReLU, {@code gaussian} data, d = 32, B = 64, 5 steps, η = 0.05,
     * widths 64…4096, one seed.
     */
    public static Experiment peer() {
        return new Experiment(Preset.MUP.at(3, Activation.RELU), DataSetKind.GAUSSIAN, 32, 64, 5, 0.05,
                java.util.List.of(64, 128, 256, 512, 1024, 2048, 4096), 1, 0, false);
    }
}
