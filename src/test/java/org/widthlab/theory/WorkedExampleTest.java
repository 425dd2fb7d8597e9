package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * theory.md §5, "Worked check": SP with LR ∝ 1/n and L = 3 has ω = 1/2, r_1 = 3/2,
 * r_2 = r_3 = 1/2, r = 1/2, 2a_{L+1} + c = 1, ω + r = 1: stable, nontrivial, kernel regime; the
 * input layer's update vanishes (n^{−3/2}) while the hidden and output layers' survive. §6 adds the
 * width exponents and which contributions make up the limiting kernel (SP with LR ∝ 1/n drops the
 * input layer).
 */
class WorkedExampleTest {

    private final Verdict verdict = Verdict.of(Preset.SP_LR_1_OVER_N.at(3, Activation.RELU));

    @Test
    void exponentsMatchTheWorkedCheck() {
        assertEquals(Exponent.HALF, verdict.omega());
        assertEquals(List.of(Exponent.of(3, 2), Exponent.HALF, Exponent.HALF), verdict.rl());
        assertEquals(Exponent.HALF, verdict.r());
        assertTrue(verdict.readoutUpdatedMaximally(), "2a_{L+1} + c = 1");
        assertTrue(verdict.readoutInitializedMaximally(), "ω + r = 1");
    }

    @Test
    void isStableNontrivialKernelRegime() {
        assertTrue(verdict.stable());
        assertTrue(verdict.nontrivial());
        assertFalse(verdict.featureLearning());
        assertEquals(Regime.KERNEL, verdict.regime());
    }

    @Test
    void inputLayerUpdateVanishesWhileHiddenAndOutputSurvive() {
        PredictedExponents later = verdict.laterSteps().orElseThrow();

        assertEquals(List.of(Scaling.power(Exponent.of(-3, 2)), Scaling.power(Exponent.of(-1, 2)),
                Scaling.power(Exponent.of(-1, 2))), later.ownUpdate());
        assertEquals(List.of(Scaling.power(Exponent.of(-3, 2)), Scaling.power(Exponent.of(-1, 2)),
                Scaling.power(Exponent.of(-1, 2))), later.deltaH(), "Δh^l = Θ(n^{−min(r_1..r_l)})");
        assertEquals(Scaling.CONSTANT, later.deltaF(), "the output moves Θ(1)");
        assertEquals(List.of(2, 3, 4), verdict.survivingKernelLayers());
    }

    @Test
    void explanationSaysWhy() {
        assertTrue(verdict.explanation().startsWith("Kernel regime"), verdict.explanation());
        assertTrue(verdict.explanation().contains("r = 1/2 > 0"), verdict.explanation());
        assertTrue(verdict.explanation().contains("layer 2, layer 3, the readout"), verdict.explanation());
    }
}
