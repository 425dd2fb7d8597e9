package org.widthlab.casestudies;

import java.util.List;

/** The finite μP widths a case study trains: at least one, each positive, increasing. */
final class StudyWidths {

    private StudyWidths() {
    }

    /**
     * An unmodifiable copy of {@code widths}.
     *
     * @throws IllegalArgumentException when there is none, or one is not positive or not larger than the one before
     */
    static List<Integer> checked(List<Integer> widths) {
        List<Integer> copy = List.copyOf(widths);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("give at least one width");
        }
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) < 1 || (i > 0 && copy.get(i) <= copy.get(i - 1))) {
                throw new IllegalArgumentException("widths must be positive and increasing, got " + copy);
            }
        }
        return copy;
    }
}
