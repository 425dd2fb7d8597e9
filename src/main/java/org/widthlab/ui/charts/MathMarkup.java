package org.widthlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the mathematics in a sentence written with plain symbols ({@code "r = 0, so the features move Θ(1)"},
 * {@code "a_1 + b_1 = 0;  ω ≥ 1/2"}) as TeX between dollar signs for {@link MathText}, so that the theory core's
 * sentences can be typeset without the core knowing TeX. Words stay words; runs of symbols, exponents, fractions
 * and the single letters next to them become formulas. No JavaFX.
 */
public final class MathMarkup {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("ω", "\\omega "),
            Map.entry("≥", "\\ge "), Map.entry("≤", "\\le "), Map.entry("≠", "\\ne "), Map.entry("−", "-"),
            Map.entry("Θ", "\\Theta"), Map.entry("∞", "\\infty "), Map.entry("Δ", "\\Delta "), Map.entry("φ", "\\varphi "),
            Map.entry("η", "\\eta "), Map.entry("·", "\\cdot "), Map.entry("χ", "\\chi "), Map.entry("ξ", "\\xi "),
            Map.entry("θ", "\\theta "), Map.entry("∝", "\\propto "), Map.entry("→", "\\to "), Map.entry("×", "\\times "),
            Map.entry("‖", "\\|"), Map.entry("₀", "_0"), Map.entry("√", "\\sqrt "), Map.entry("Σ", "\\Sigma "),
            Map.entry("μ", "\\mu "), Map.entry("ε", "\\varepsilon "));
    /** Symbols that make a token mathematics on their own. */
    private static final Pattern MATH_CHAR = Pattern.compile("[_^=≥≤≠<>+ωΘ∞Δφηχξθ∝·‖√Σ]|−\\d|\\d/\\d");
    /** Single-letter variables (not the article "a") and plain numbers: mathematics when next to a formula. */
    private static final Pattern VARIABLE = Pattern.compile("^[(]?([rcnfhxlLdtTBkm]|[−-]?\\d+(\\.\\d+)?)[),;:.]?$");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\w}])(-?)(\\d+)/(\\d+)");
    private static final Pattern EXPONENT = Pattern.compile("\\^(-?[^\\s{}()]+?)(?=[\\s),;]|$)");

    private MathMarkup() {
    }

    /** The sentence with its mathematics between dollar signs. Text that already has dollar signs is left alone. */
    public static String mark(String plain) {
        if (plain.contains("$")) {
            return plain;
        }
        String[] tokens = plain.split(" ", -1);
        boolean[] math = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            math[i] = !tokens[i].isEmpty() && MATH_CHAR.matcher(tokens[i]).find();
        }
        for (int i = 0; i < tokens.length; i++) {
            boolean nextToMath = (i > 0 && math[i - 1]) || (i + 1 < tokens.length && math[i + 1]);
            if (!math[i] && nextToMath && VARIABLE.matcher(tokens[i]).find()) {
                math[i] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= tokens.length; i++) {
            if (i < tokens.length && math[i]) {
                run.add(tokens[i]);
                continue;
            }
            if (!run.isEmpty()) {
                String joined = String.join(" ", run);
                String trailing = "";
                while (!joined.isEmpty() && ",;:.".indexOf(joined.charAt(joined.length() - 1)) >= 0) {
                    trailing = joined.charAt(joined.length() - 1) + trailing;
                    joined = joined.substring(0, joined.length() - 1);
                }
                out.append('$').append(tex(joined)).append('$').append(trailing);
                run.clear();
                if (i < tokens.length) {
                    out.append(' ');
                }
            }
            if (i < tokens.length) {
                out.append(tokens[i]);
                if (i + 1 < tokens.length) {
                    out.append(' ');
                }
            }
        }
        return out.toString();
    }

    /** A run of plain symbols as TeX: Greek letters and relations by name, fractions, braced exponents. */
    public static String tex(String symbols) {
        String s = symbols.replace("  ", " \\quad ");
        Matcher exponent = EXPONENT.matcher(s);
        StringBuilder braced = new StringBuilder();
        while (exponent.find()) {
            exponent.appendReplacement(braced, Matcher.quoteReplacement("^{" + exponent.group(1) + "}"));
        }
        exponent.appendTail(braced);
        s = braced.toString();
        for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        s = FRACTION.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\\tfrac{" + m.group(2) + "}{"
                + m.group(3) + "}"));
        return s.replace("%", "\\%").replaceAll(" {2,}", " ");
    }
}
