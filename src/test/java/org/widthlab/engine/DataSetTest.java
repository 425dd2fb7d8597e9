package org.widthlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Data sets: reproducible from the seed, scaled so that |ξ|² ≈ 1 (theory.md §7: no 1/d on the input layer). */
class DataSetTest {

    private static final int BATCH = 512;

    private static double meanSquaredNorm(DataSet data) {
        float[] xi = data.inputs().toArray();
        double sum = 0;
        for (float v : xi) {
            sum += (double) v * v;
        }
        return sum / data.batch();
    }

    @ParameterizedTest
    @EnumSource(value = DataSetKind.class, mode = EnumSource.Mode.EXCLUDE, names = "GAUSSIAN")
    void scaledInputsHaveUnitSquaredNorm(DataSetKind kind) {
        int d = kind.fixedInputDim().orElse(16);
        // Mean of |ξ|² over 512 examples: 1 up to sampling error (a few percent at this size).
        assertEquals(1.0, meanSquaredNorm(DataSet.generate(kind, d, BATCH, 3)), 0.1);
    }

    @Test
    void gaussianIsThePeersUnscaledData() {
        DataSet data = DataSet.generate(DataSetKind.GAUSSIAN, 32, BATCH, 3);
        assertEquals(32.0, meanSquaredNorm(data), 2.0, "entries N(0,1): E|ξ|² = d");
        assertEquals(Loss.SQUARED, data.loss());
    }

    @Test
    void clustersAreTwoLabelledClasses() {
        DataSet data = DataSet.generate(DataSetKind.CLUSTERS, 8, 10, 1);
        assertEquals(Loss.CROSS_ENTROPY, data.loss());
        for (int i = 0; i < 10; i++) {
            assertEquals(i % 2, data.targets()[i], 0.0);
        }
    }

    @ParameterizedTest
    @EnumSource(DataSetKind.class)
    void theSeedDecidesTheData(DataSetKind kind) {
        int d = kind.fixedInputDim().orElse(4);
        DataSet a = DataSet.generate(kind, d, 16, 7);
        DataSet b = DataSet.generate(kind, d, 16, 7);
        DataSet c = DataSet.generate(kind, d, 16, 8);
        assertArrayEquals(a.inputs().toArray(), b.inputs().toArray());
        assertArrayEquals(a.targets(), b.targets());
        assertTrue(a.inputs().get(0, 0) != c.inputs().get(0, 0));
    }
}
