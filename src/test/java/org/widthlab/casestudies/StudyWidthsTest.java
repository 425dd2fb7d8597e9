package org.widthlab.casestudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyWidthsTest {

    @Test
    void increasingPositiveWidthsAreKeptAsAnUnmodifiableCopy() {
        List<Integer> given = new ArrayList<>(List.of(16, 64, 256));
        List<Integer> checked = StudyWidths.checked(given);
        given.set(0, 1);
        assertEquals(List.of(16, 64, 256), checked);
        assertThrows(UnsupportedOperationException.class, () -> checked.add(1024));
    }

    @Test
    void noWidthsZeroOrNotIncreasingAreRefusedSayingWhy() {
        assertEquals("give at least one width",
                assertThrows(IllegalArgumentException.class, () -> StudyWidths.checked(List.of())).getMessage());
        for (List<Integer> bad : List.of(List.of(0, 16), List.of(16, 16), List.of(64, 16))) {
            assertEquals("widths must be positive and increasing, got " + bad,
                    assertThrows(IllegalArgumentException.class, () -> StudyWidths.checked(bad)).getMessage());
        }
    }
}
