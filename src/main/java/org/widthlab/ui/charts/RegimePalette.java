package org.widthlab.ui.charts;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.widthlab.theory.Regime;

/**
 * The colours of the five classes, one place for the badges and the phase diagram. Hues from Okabe and
 * Ito's palette (told apart with any common colour blindness); the strong colours carry white bold text at
 * a contrast of at least 4.5:1, and the region fills step in lightness (about 0.37, 0.60, 0.77 relative
 * luminance) so that they stay apart on a washed-out projector, where hue fades first. No JavaFX.
 */
public final class RegimePalette {

    private static final Map<Regime, Color> STRONG = new EnumMap<>(Map.of(
            Regime.UNSTABLE_AT_INIT, new Color(0xA2457A),
            Regime.UNSTABLE_IN_TRAINING, new Color(0xB84F00),
            Regime.TRIVIAL, new Color(0x5F5F5F),
            Regime.KERNEL, new Color(0x0072B2),
            Regime.FEATURE_LEARNING, new Color(0x007A5A)));

    private static final Map<Regime, Color> REGION = new EnumMap<>(Map.of(
            Regime.UNSTABLE_AT_INIT, new Color(0xD291B8),
            Regime.UNSTABLE_IN_TRAINING, new Color(0xF6C37C),
            Regime.TRIVIAL, new Color(0xE3E3E3),
            Regime.KERNEL, new Color(0x9CC8E6),
            Regime.FEATURE_LEARNING, new Color(0x8FD3BC)));

    /** The colour of an invalid parametrization's badge. */
    public static final Color INVALID = new Color(0x6E6E6E);

    private RegimePalette() {
    }

    /** Badges, lines and points: dark enough for white text. */
    public static Color strong(Regime regime) {
        return STRONG.get(regime);
    }

    /** Areas of the phase diagram. */
    public static Color region(Regime regime) {
        return REGION.get(regime);
    }

    /** "#0072b2", for a JavaFX style. */
    public static String hex(Color colour) {
        return String.format("#%06x", colour.getRGB() & 0xFFFFFF);
    }

    /** The inline style of a badge for {@code regime} (null: invalid). */
    public static String badgeStyle(Regime regime) {
        return "-fx-background-color: " + hex(regime == null ? INVALID : strong(regime)) + ";";
    }

    /** WCAG relative luminance, for the contrast test. */
    public static double luminance(Color c) {
        double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    /** WCAG contrast ratio of two colours, 1..21. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
