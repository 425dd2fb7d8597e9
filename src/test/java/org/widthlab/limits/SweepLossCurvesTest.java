package org.widthlab.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;

class SweepLossCurvesTest {

    /** Widths 64 and 256 complete; 128 diverges at step 1; 512 misses step 2; other seeds and quantities are ignored. */
    @Test
    void keepsOneSeedsCompleteFiniteCurves() {
        List<Measurement> m = new ArrayList<>();
        for (int width : new int[] {256, 64, 128, 512}) {
            for (int step = 0; step <= 2; step++) {
                if (width == 512 && step == 2) {
                    continue;
                }
                boolean diverged = width == 128 && step >= 1;
                m.add(new Measurement(width, 7, step, 0, Quantity.LOSS, diverged ? Double.NaN : width + step, diverged));
                m.add(new Measurement(width, 8, step, 0, Quantity.LOSS, -1, false));
                m.add(new Measurement(width, 7, step, 0, Quantity.F, -2, false));
            }
        }
        SweepLossCurves curves = SweepLossCurves.from(m, 7, 2);
        assertArrayEquals(new int[] {64, 256}, curves.widths());
        assertArrayEquals(new double[] {64, 65, 66}, curves.curves()[0], 0);
        assertArrayEquals(new double[] {256, 257, 258}, curves.curves()[1], 0);
    }
}
