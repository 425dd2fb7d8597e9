package org.widthlab.linalg;

/**
 * The plain, obvious {@code sgemm}, {@code C ← α·op(A)·op(B) + β·C}: for every (i, j) the sum
 * {@code Σ_p op(A)[i,p]·op(B)[p,j]} accumulated in double, then rounded once to float. Single-threaded
 * and slow (tens of MFLOP/s); the tests check every fast kernel against it.
 */
public final class ReferenceKernel implements MatrixKernel {

    @Override
    public void gemm(boolean transposeA, boolean transposeB, float alpha, FloatMatrix a, FloatMatrix b, float beta,
            FloatMatrix c) {
        GemmShape shape = MatrixKernel.checkShapes(transposeA, transposeB, a, b, c);
        int m = shape.m();
        int n = shape.n();
        int k = shape.k();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    float aip = transposeA ? a.get(p, i) : a.get(i, p);
                    float bpj = transposeB ? b.get(j, p) : b.get(p, j);
                    sum += (double) aip * bpj;
                }
                double previous = beta == 0 ? 0 : (double) beta * c.get(i, j);
                c.set(i, j, (float) (alpha * sum + previous));
            }
        }
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public String name() {
        return "reference";
    }
}
