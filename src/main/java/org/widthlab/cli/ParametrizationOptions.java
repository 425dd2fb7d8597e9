package org.widthlab.cli;

import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import picocli.CommandLine.Option;

/** The options that name a parametrization, shared by every subcommand: a preset, or explicit a, b, c. */
public final class ParametrizationOptions {

    @Option(names = "--preset", paramLabel = "NAME",
            description = "mup, ntp, sp, sp-lr1n or mfp (theory.md §5); or give --a, --b and --c")
    String preset;

    @Option(names = "--depth", paramLabel = "L", description = "number of hidden layers L ≥ 1 (default 3 for a preset)")
    Integer depth;

    @Option(names = "--a", paramLabel = "A1,...", description = "multiplier exponents a_1..a_{L+1}, e.g. -1/2,0,0,1/2")
    String a;

    @Option(names = "--b", paramLabel = "B1,...", description = "initialization exponents b_1..b_{L+1}; inf = zero readout")
    String b;

    @Option(names = "--c", paramLabel = "C", description = "learning-rate exponent c")
    String c;

    @Option(names = "--zero-readout", description = "start the readout at zero (b_{L+1} = inf)")
    boolean zeroReadout;

    @Option(names = "--activation", paramLabel = "PHI", defaultValue = "relu",
            description = "relu, tanh, gelu, erf, sin or identity (default: ${DEFAULT-VALUE})")
    String activation;

    static final int DEFAULT_DEPTH = 3;

    /**
     * The parametrization these options name.
     *
     * @throws IllegalArgumentException naming the option at fault
     */
    public Parametrization toParametrization() {
        Activation phi = Activation.fromId(activation);
        Parametrization p;
        if (preset != null) {
            if (a != null || b != null || c != null) {
                throw new IllegalArgumentException("give either --preset or --a/--b/--c, not both");
            }
            p = Preset.fromId(preset).at(depth == null ? DEFAULT_DEPTH : depth, phi);
        } else {
            if (a == null || b == null || c == null) {
                throw new IllegalArgumentException("give --preset NAME, or all three of --a, --b and --c");
            }
            p = Parametrization.parse(a, b, c, phi);
            if (depth != null && depth != p.depth()) {
                throw new IllegalArgumentException("--depth " + depth + " does not match the " + (p.depth() + 1)
                        + " values of --a and --b (which give L = " + p.depth() + ")");
            }
        }
        return zeroReadout ? p.withZeroReadout() : p;
    }

}
