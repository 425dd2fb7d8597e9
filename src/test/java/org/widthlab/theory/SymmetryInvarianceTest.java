package org.widthlab.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * TP4 §3 / theory.md §2: {@code (a_l, b_l, c) → (a_l+θ, b_l−θ, c−2θ)} gives the same function at every
 * step, so everything in the verdict except the parametrization itself must be unchanged.
 */
class SymmetryInvarianceTest {

    private static final long SEED = 20201130L;
    private static final int CASES = 2000;

    @Test
    void verdictIsInvariantUnderRandomShifts() {
        SplittableRandom random = new SplittableRandom(SEED);
        Map<Regime, Integer> seen = new EnumMap<>(Regime.class);
        for (int i = 0; i < CASES; i++) {
            Parametrization p = randomParametrization(random);
            Exponent theta = Exponent.of(random.nextInt(-8, 9), random.nextInt(1, 5));
            Parametrization shifted = p.shifted(theta);

            assertSameVerdict(Verdict.of(p), Verdict.of(shifted), p + " shifted by " + theta);
            assertEquals(p.canonical(), shifted.canonical(), "one canonical representative per class");
            seen.merge(Verdict.of(p).regime(), 1, Integer::sum);
        }
        assertEquals(Regime.values().length, seen.size(), "the random cases reach every regime: " + seen);
    }

    @Test
    void aShiftChangesTheExponentsThemselves() {
        Parametrization mup = Preset.MUP.at(2, Activation.RELU);
        assertNotEquals(mup, mup.shifted(Exponent.HALF));
    }

    private static void assertSameVerdict(Verdict expected, Verdict actual, String context) {
        assertEquals(expected.regime(), actual.regime(), context);
        assertEquals(expected.omega(), actual.omega(), context);
        assertEquals(expected.rl(), actual.rl(), context);
        assertEquals(expected.r(), actual.r(), context);
        assertEquals(expected.rlFirstStep(), actual.rlFirstStep(), context);
        assertEquals(expected.conditions(), actual.conditions(), context);
        assertEquals(expected.maximalLayers(), actual.maximalLayers(), context);
        assertEquals(expected.readoutUpdatedMaximally(), actual.readoutUpdatedMaximally(), context);
        assertEquals(expected.readoutInitializedMaximally(), actual.readoutInitializedMaximally(), context);
        assertEquals(expected.initialPreactivations(), actual.initialPreactivations(), context);
        assertEquals(expected.initialOutput(), actual.initialOutput(), context);
        assertEquals(expected.firstStep(), actual.firstStep(), context);
        assertEquals(expected.laterSteps(), actual.laterSteps(), context);
        assertEquals(expected.kernelContributions(), actual.kernelContributions(), context);
        assertEquals(expected.explanation(), actual.explanation(), context);
        assertEquals(expected.caveats(), actual.caveats(), context);
    }

    /**
     * Mostly near-stable parametrizations (so that every regime is reached): a_l + b_l on the stability
     * manifold with probability 3/4, exponents in halves and quarters, a zero readout sometimes.
     */
    private static Parametrization randomParametrization(SplittableRandom random) {
        int depth = random.nextInt(1, 5);
        List<Exponent> a = new ArrayList<>();
        List<Exponent> b = new ArrayList<>();
        for (int l = 1; l <= depth + 1; l++) {
            Exponent al = Exponent.of(random.nextInt(-4, 5), 4);
            Exponent target = l == 1 ? Exponent.ZERO : l <= depth ? Exponent.HALF
                    : Exponent.of(random.nextInt(2, 7), 4);
            Exponent sum = random.nextInt(4) == 0 ? Exponent.of(random.nextInt(-2, 4), 2) : target;
            a.add(al);
            b.add(sum.minus(al));
        }
        if (random.nextInt(6) == 0) {
            b.set(depth, Exponent.INFINITY);
        }
        Exponent c = Exponent.of(random.nextInt(-4, 5), 2);
        return new Parametrization(depth, a, b, c, Activation.values()[random.nextInt(Activation.values().length)]);
    }

    @Test
    void aPresetIsFoundUpToTheSymmetryAndAnExactMatchComesFirst() {
        Parametrization shiftedMup = Preset.MUP.at(3, Activation.TANH).shifted(Exponent.parse("1/3"));
        assertEquals(java.util.Optional.of(Preset.MUP), Preset.matching(shiftedMup));
        // MFP equals μP up to the symmetry at depth 1 (theory.md §5): each is still found as itself
        assertEquals(java.util.Optional.of(Preset.MFP), Preset.matching(Preset.MFP.at(1, Activation.RELU)));
        assertEquals(java.util.Optional.of(Preset.MUP), Preset.matching(Preset.MUP.at(1, Activation.RELU)));
        assertEquals(java.util.Optional.empty(), Preset.matching(shiftedMup.withZeroReadout()), "a zero readout is another parametrization");
    }
}
