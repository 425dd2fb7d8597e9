package org.widthlab.casestudies;

/**
 * One model's score on one metric.
 *
 * @param model   {@code width} (a finite μP network), {@code mup-limit}, {@code ntk-limit} or {@code gp-limit}
 * @param width   the network's width for {@code width}, else null
 * @param kernel  {@code linear} or {@code relu} for a kernel limit of few-shot learning, else null
 * @param metric  what was measured (e.g. {@code analogy-accuracy})
 * @param estimate the value with its 95% interval; a diverged model has NaN (value and interval)
 * @param seconds the wall time the model took, training and evaluation
 */
public record ModelResult(String model, Integer width, String kernel, String metric, Estimate estimate,
        double seconds) {

    public static final String WIDTH = "width";
    public static final String MUP_LIMIT = "mup-limit";

    /** A label for charts and messages: {@code n = 64}, {@code μP limit}, {@code NTK limit (relu)}. */
    public String label() {
        String name = switch (model) {
            case WIDTH -> "n = " + width;
            case MUP_LIMIT -> "μP limit";
            case "gp-limit" -> "GP limit";
            case "ntk-limit" -> "NTK limit";
            default -> model;
        };
        return kernel == null ? name : name + " (" + kernel + ")";
    }
}
