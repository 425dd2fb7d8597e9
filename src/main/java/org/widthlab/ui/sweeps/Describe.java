package org.widthlab.ui.sweeps;

import java.util.Locale;
import org.widthlab.engine.Experiment;
import org.widthlab.input.Grammar;
import org.widthlab.input.InputException;
import org.widthlab.input.Values;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;

/** Short names for what a grid holds, for its name and the workspace's labels. */
final class Describe {

    private Describe() {
    }

    /** "μP", "SP", "NTP", "SP, LR ∝ 1/n", "MFP", or "custom" for exponents that match no preset. */
    static String parametrization(Parametrization p) {
        return Preset.matching(p).map(Describe::preset).orElse("custom exponents");
    }

    static String preset(Preset preset) {
        return switch (preset) {
            case SP -> "SP";
            case SP_LR_1_OVER_N -> "SP, LR ∝ 1/n";
            case NTP -> "NTP";
            case MFP -> "MFP";
            case MUP -> "μP";
        };
    }

    /** A preset id as a short name ("mup" → "μP"), anything else as given. */
    static String value(String value) {
        try {
            return preset(Grammar.one(Values.PRESET, value));
        } catch (InputException e) {
            return value;
        }
    }

    /** "μP, L = 3, relu, teacher d = 16, B = 64, T = 20, η = 0.05". */
    static String experiment(Experiment e) {
        return String.format(Locale.ROOT, "%s, L = %d, %s, %s d = %d, B = %d, T = %d, η = %s",
                parametrization(e.parametrization()), e.parametrization().depth(), e.parametrization().activation().id(),
                e.dataSet().id(), e.inputDim(), e.batch(), e.steps(), Values.NUMBER.format(e.learningRate()));
    }
}
