package org.widthlab.cli;

import java.util.List;
import java.util.function.Predicate;
import org.widthlab.input.Grammar;
import org.widthlab.input.InputException;
import org.widthlab.input.Values;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Exponent;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import picocli.CommandLine.Option;

/**
 * The options that name a parametrization, shared by every subcommand: a preset, or explicit a, b, c;
 * depth, activation and a zero readout change whatever they are given with.
 */
public final class ParametrizationOptions {

    @Option(names = "--preset", paramLabel = "NAME", completionCandidates = Choices.Presets.class,
            description = "one of ${COMPLETION-CANDIDATES} (theory.md §5), or give --a, --b and --c"
                    + " (default: ${DEFAULT-VALUE})")
    String preset;

    @Option(names = "--depth", paramLabel = "L", description = "number of hidden layers L ≥ 1 (default: ${DEFAULT-VALUE})")
    String depth;

    @Option(names = "--a", paramLabel = "A1,...", description = "multiplier exponents a_1..a_{L+1}, e.g. -1/2,0,0,1/2")
    String a;

    @Option(names = "--b", paramLabel = "B1,...", description = "initialization exponents b_1..b_{L+1}; inf = zero readout")
    String b;

    @Option(names = "--c", paramLabel = "C", description = "learning-rate exponent c")
    String c;

    @Option(names = "--zero-readout", description = "start the readout at zero (b_{L+1} = inf)")
    boolean zeroReadout;

    @Option(names = "--activation", paramLabel = "PHI", completionCandidates = Choices.Activations.class,
            description = "one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    String activation;

    /**
     * The parametrization these options name, starting from {@code base} for whatever they leave out: a
     * preset or explicit exponents replace it; otherwise {@code --activation} and {@code --depth} (which keeps
     * the base's preset) change it.
     *
     * @param given whether an option (by its name, e.g. {@code --depth}) was on the command line
     * @throws IllegalArgumentException naming the option at fault
     */
    public Parametrization toParametrization(Parametrization base, Predicate<String> given) {
        Activation phi = given.test("--activation") ? option("--activation", () -> Grammar.one(
                Values.ACTIVATION, activation)) : base.activation();
        Integer layers = given.test("--depth") ? option("--depth", () -> Grammar.one(Values.COUNT, depth)) : null;
        Parametrization p;
        if (given.test("--preset")) {
            if (a != null || b != null || c != null) {
                throw new IllegalArgumentException("give either --preset or --a/--b/--c, not both");
            }
            Preset named = option("--preset", () -> Grammar.one(Values.PRESET, preset));
            int depthOfPreset = layers != null ? layers : named.supportsDepth(base.depth()) ? base.depth() : 1;
            p = option("--depth", () -> named.at(depthOfPreset, phi));
        } else if (a != null || b != null || c != null) {
            if (a == null || b == null || c == null) {
                throw new IllegalArgumentException("give --preset NAME, or all three of --a, --b and --c");
            }
            List<Exponent> as = option("--a", () -> Grammar.list(Values.EXPONENT, a));
            List<Exponent> bs = option("--b", () -> Grammar.list(Values.EXPONENT, b));
            Exponent cc = option("--c", () -> Grammar.one(Values.EXPONENT, c));
            p = option("--a/--b", () -> Parametrization.of(as, bs, cc, phi));
            if (layers != null && layers != p.depth()) {
                throw new IllegalArgumentException("--depth " + layers + " does not match the " + (p.depth() + 1)
                        + " values of --a and --b (which give L = " + p.depth() + ")");
            }
        } else {
            p = base.withActivation(phi);
            if (layers != null) {
                Parametrization from = p;
                Preset same = Preset.matching(from).orElseThrow(() -> new IllegalArgumentException(
                        "--depth: the experiment gives explicit exponents; give --preset or --a/--b/--c with it"));
                p = option("--depth", () -> same.at(layers, from.activation()));
            }
        }
        return zeroReadout ? p.withZeroReadout() : p;
    }

    /** Reads an option's value, prefixing any complaint with the option's name. */
    static <T> T option(String name, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InputException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }
}
