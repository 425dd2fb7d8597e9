package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A readout that starts at zero ({@code b_{L+1} = ∞}, so ω = ∞): theory.md §3, §6. */
class ZeroReadoutTest {

    @Test
    void muPWithZeroReadoutStillLearnsFeaturesButNothingMovesInStepOne() {
        Verdict v = Verdict.of(Preset.MUP.at(3, Activation.TANH).withZeroReadout());

        assertEquals(Exponent.INFINITY, v.omega());
        assertEquals(Regime.FEATURE_LEARNING, v.regime(), "min(ω, 2a_{L+1}+c) = 1 as in μP");
        assertTrue(v.initialOutput().isExactlyZero(), "f_0 = 0");
        assertEquals(Collections.nCopies(3, Exponent.INFINITY), v.rlFirstStep(), "no backward signal in step 1");
        PredictedExponents first = v.firstStep().orElseThrow();
        assertTrue(first.deltaH().stream().allMatch(Scaling::isExactlyZero), "nothing below the readout moves");
        assertEquals(Scaling.CONSTANT, first.deltaF(), "the readout's own update moves f by Θ(1)");
        assertEquals(Collections.nCopies(3, Scaling.CONSTANT), v.laterSteps().orElseThrow().deltaH(),
                "from step 2 on every layer moves Θ(1)");
        assertTrue(v.caveats().stream().anyMatch(c -> c.contains("nothing below it moves in step 1")), v.caveats()
                .toString());
    }

    @Test
    void ntpWithZeroReadoutIsRandomFeaturesRegression() {
        // ω + r = ∞ > 1 keeps only the readout's contribution (theory.md §6, last paragraph).
        Verdict v = Verdict.of(Preset.NTP.at(2, Activation.RELU).withZeroReadout());

        assertEquals(Regime.KERNEL, v.regime());
        assertEquals(Exponent.ONE, v.r());
        assertEquals(List.of(3), v.survivingKernelLayers());
    }

    @Test
    void zeroReadoutIsAllowedOnlyForTheReadout() {
        List<Exponent> b = new ArrayList<>(Collections.nCopies(3, Exponent.HALF));
        b.set(0, Exponent.INFINITY);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Parametrization(2, Collections.nCopies(3, Exponent.ZERO), b, Exponent.ZERO,
                        Activation.RELU));
        assertTrue(e.getMessage().contains("b_1 must be finite"), e.getMessage());
    }
}
