package org.widthlab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which strips of a drawn chart must go on screen again: exactly those with a changed pixel. */
class OffThreadChartImageTest {

    private static final int WIDTH = 1000;
    /** 131 rows a strip at 1000 px wide ({@link OffThreadChartImage#STRIP_PIXELS} / 1000): 7 strips, the last 114 rows. */
    private static final int HEIGHT = 900;

    private static OffThreadChartImage.Frame frame(int[] pixels, int width, int height) {
        return new OffThreadChartImage.Frame(pixels, width, height, new BitSet(), 0, 0);
    }

    private static int[] noise(long seed) {
        int[] pixels = new int[WIDTH * HEIGHT];
        Random random = new Random(seed);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt();
        }
        return pixels;
    }

    private static BitSet strips(int... indices) {
        BitSet set = new BitSet();
        for (int i : indices) {
            set.set(i);
        }
        return set;
    }

    @Test
    void stripsAreAsTallAsTheirPixelBudgetAllows() {
        assertEquals(131, OffThreadChartImage.Frame.rowsPerStrip(WIDTH, HEIGHT));
        assertEquals(7, frame(noise(1), WIDTH, HEIGHT).strips());
        assertEquals(10, OffThreadChartImage.Frame.rowsPerStrip(WIDTH, 10), "never more rows than the image has");
        assertEquals(1, OffThreadChartImage.Frame.rowsPerStrip(1 << 20, 10), "at least one row");
    }

    @Test
    void theFirstImageAndAResizedOneAreWrittenWhole() {
        assertEquals(strips(0, 1, 2, 3, 4, 5, 6), OffThreadChartImage.changedStrips(null, noise(1), WIDTH, HEIGHT));
        int[] narrower = new int[(WIDTH - 1) * HEIGHT];
        assertEquals(7, OffThreadChartImage.changedStrips(frame(noise(1), WIDTH, HEIGHT), narrower, WIDTH - 1, HEIGHT)
                .cardinality());
    }

    @Test
    void onlyTheStripsHoldingAChangedPixelAreWrittenAgain() {
        int[] before = noise(1);
        assertEquals(new BitSet(), OffThreadChartImage.changedStrips(frame(before, WIDTH, HEIGHT), before.clone(),
                WIDTH, HEIGHT), "nothing changed");
        int[] after = before.clone();
        after[0] ^= 1;                                   // strip 0, its first pixel
        after[131 * WIDTH - 1] ^= 1;                     // strip 0, its last pixel
        after[3 * 131 * WIDTH] ^= 1;                     // strip 3, its first pixel
        after[after.length - 1] ^= 1;                    // strip 6 (the shorter last one), its last pixel
        assertEquals(strips(0, 3, 6), OffThreadChartImage.changedStrips(frame(before, WIDTH, HEIGHT), after, WIDTH,
                HEIGHT));
    }
}
