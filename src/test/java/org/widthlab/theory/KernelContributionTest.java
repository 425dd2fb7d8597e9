package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * theory.md §6, last paragraph: the limiting kernel is the sum of the contributions whose exponent is 0;
 * NTP keeps all layers, SP with LR ∝ 1/n drops the input layer (exponent 1 − 1/2 − 3/2 = −1).
 */
class KernelContributionTest {

    @ParameterizedTest(name = "NTP at L = {0} keeps every layer")
    @ValueSource(ints = {1, 2, 3, 4})
    void ntpKeepsTheFullNtk(int depth) {
        Verdict v = Verdict.of(Preset.NTP.at(depth, Activation.ERF));
        assertEquals(java.util.stream.IntStream.rangeClosed(1, depth + 1).boxed().toList(), v.survivingKernelLayers());
    }

    @Test
    void spWithLrOneOverNDropsTheInputLayerAtRateOne() {
        Verdict v = Verdict.of(Preset.SP_LR_1_OVER_N.at(2, Activation.ERF));
        assertEquals(new KernelContribution(1, Exponent.of(-1)), v.kernelContributions().get(0));
        assertEquals(List.of(2, 3), v.survivingKernelLayers());
    }

    @Test
    void outsideTheKernelRegimeThereIsNoLimitingKernel() {
        assertEquals(List.of(), Verdict.of(Preset.MUP.at(2, Activation.ERF)).kernelContributions());
    }
}
