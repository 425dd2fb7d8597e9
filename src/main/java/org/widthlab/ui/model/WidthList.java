package org.widthlab.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The widths field: a doubling range {@code 64..4096} (64, 128, ..., 4096) or a list
 * {@code 64, 100, 300}. The range checks (1..max, increasing) are {@code Experiment}'s.
 */
public final class WidthList {

    private WidthList() {
    }

    /**
     * @throws IllegalArgumentException saying what to write instead
     */
    public static List<Integer> parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("give widths, e.g. 64..1024 or 64, 128, 256");
        }
        int dots = s.indexOf("..");
        if (dots >= 0) {
            int from = whole(s.substring(0, dots));
            int to = whole(s.substring(dots + 2));
            if (from < 1 || to < from) {
                throw new IllegalArgumentException("a range runs from a smaller width to a larger one, e.g. 64..1024");
            }
            List<Integer> widths = new ArrayList<>();
            for (long n = from; n <= to; n *= 2) {
                widths.add((int) n);
            }
            return widths;
        }
        List<Integer> widths = new ArrayList<>();
        for (String part : s.split("[,;\\s]+")) {
            if (!part.isEmpty()) {
                widths.add(whole(part));
            }
        }
        return widths;
    }

    /** The shortest text that {@link #parse} reads back as {@code widths}. */
    public static String format(List<Integer> widths) {
        boolean doubling = widths.size() >= 3;
        for (int i = 1; i < widths.size() && doubling; i++) {
            doubling = widths.get(i) == 2L * widths.get(i - 1);
        }
        return doubling ? widths.get(0) + ".." + widths.get(widths.size() - 1)
                : widths.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static int whole(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a whole number");
        }
    }
}
