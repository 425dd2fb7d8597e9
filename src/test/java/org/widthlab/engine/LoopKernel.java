package org.widthlab.engine;

import java.util.stream.IntStream;
import org.widthlab.linalg.FloatMatrix;
import org.widthlab.linalg.MatrixKernel;

/**
 * A plain loop {@code sgemm} on heap copies (i-k-j order, rows of C in parallel), fast enough for the
 * engine's small test sweeps. Test-only: checked against {@link org.widthlab.linalg.ReferenceKernel}
 * in {@link LoopKernelTest}.
 */
final class LoopKernel implements MatrixKernel {

    @Override
    public void gemm(boolean transposeA, boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b, float beta,
            FloatMatrix c) {
        int[] mnk = MatrixKernel.checkShapes(transposeA, transposeB, a, b, c);
        int m = mnk[0];
        int n = mnk[1];
        int k = mnk[2];
        float[] opA = transposeA ? transpose(a) : a.toArray();
        float[] opB = transposeB ? transpose(b) : b.toArray();
        float[] out = c.toArray();
        IntStream.range(0, m).parallel().forEach(i -> {
            float[] row = new float[n];
            for (int p = 0; p < k; p++) {
                float aip = opA[i * k + p];
                int offset = p * n;
                for (int j = 0; j < n; j++) {
                    row[j] += aip * opB[offset + j];
                }
            }
            for (int j = 0; j < n; j++) {
                out[i * n + j] = alpha * row[j] + (beta == 0 ? 0 : beta * out[i * n + j]);
            }
        });
        c.buffer().put(0, out);
    }

    private static float[] transpose(FloatMatrix x) {
        float[] values = x.toArray();
        float[] t = new float[values.length];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                t[j * x.rows() + i] = values[i * x.cols() + j];
            }
        }
        return t;
    }

    @Override
    public String name() {
        return "loop (test)";
    }
}
