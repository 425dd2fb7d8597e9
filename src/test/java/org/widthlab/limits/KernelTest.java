package org.widthlab.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.widthlab.theory.Activation;
import org.widthlab.theory.DualActivation;

class KernelTest {

    static final double[][] INPUTS = {{0.6, -0.8}, {1.0, 0.2}, {-0.3, 0.5}, {0.0, 1.4}};
    private static final double ROUNDING = 1e-12;
    private static final double RELU_QUADRATURE_TOLERANCE = 2e-3;

    /** Identity: Σ^l = ξ·ξ' at every layer, every Σ̇ = 1, so Θ^{L+1} = (L+1) ξ·ξ' and each contribution is ξ·ξ'. */
    @Test
    void identityNetworkHasTheObviousClosedForm() {
        int depth = 3;
        KernelMatrix gram = KernelMatrix.gram(INPUTS);
        for (Elementwise phi : List.of(new Elementwise(KernelDuals.of(Activation.IDENTITY)),
                new Elementwise(new QuadratureDual(Activation.IDENTITY, 8)))) {
            Kernel k = KernelMap.mlp(depth, phi).apply(Kernel.ofInputs(INPUTS));
            assertEquals(0, k.nngp().maxAbsDifference(gram), ROUNDING);
            for (int l = 1; l <= depth + 1; l++) {
                assertEquals(0, k.contribution(l).maxAbsDifference(gram), ROUNDING);
            }
            double[][] expected = gram.toArray();
            for (double[] row : expected) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= depth + 1;
                }
            }
            assertEquals(0, k.ntk().maxAbsDifference(KernelMatrix.of(expected)), ROUNDING);
        }
    }

    /** The maps against the plain recursion of theory.md §7, written out here: Θ^{l+1} = Σ^{l+1} + Σ̇^{l+1} Θ^l. */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void mapsAgreeWithThePlainRecursion(Activation phi) {
        int depth = 3;
        DualActivation dual = KernelDuals.of(phi);
        int n = INPUTS.length;
        double[][] sigma = KernelMatrix.gram(INPUTS).toArray();
        double[][] theta = KernelMatrix.gram(INPUTS).toArray();
        for (int l = 1; l <= depth; l++) {
            double[][] nextSigma = new double[n][n];
            double[][] nextTheta = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    DualActivation.Moments m = dual.moments(sigma[i][i], sigma[i][j], sigma[j][j]);
                    nextSigma[i][j] = m.value();
                    nextSigma[j][i] = m.value();
                    nextTheta[i][j] = m.value() + m.derivative() * theta[i][j];
                    nextTheta[j][i] = nextTheta[i][j];
                }
            }
            sigma = nextSigma;
            theta = nextTheta;
        }
        Kernel k = KernelMap.mlp(depth, phi).apply(Kernel.ofInputs(INPUTS));
        assertEquals(0, k.nngp().maxAbsDifference(KernelMatrix.of(sigma)), ROUNDING);
        assertEquals(0, k.ntk().maxAbsDifference(KernelMatrix.of(theta)), ROUNDING);
        assertEquals(depth + 1, k.layers());
    }

    /** The readout's contribution is Σ^{L+1} (an empty product of Σ̇), the input layer's Σ^1 ∏ Σ̇. */
    @Test
    void contributionsAreTheProductsOfTheTheoryPage() {
        Kernel k = KernelMap.mlp(2, Activation.RELU).apply(Kernel.ofInputs(INPUTS));
        assertEquals(0, k.contribution(3).maxAbsDifference(k.nngp()), ROUNDING);
        assertEquals(0, k.sumOfContributions(List.of(1, 2, 3)).maxAbsDifference(k.ntk()), ROUNDING);
        assertThrows(IllegalArgumentException.class, () -> k.contribution(4));
    }

    @Test
    void reluNetworkClosedFormMatchesQuadratureNetwork() {
        Kernel closed = KernelMap.mlp(2, Activation.RELU).apply(Kernel.ofInputs(INPUTS));
        Kernel quadrature = KernelMap.mlp(2, new Elementwise(new QuadratureDual(Activation.RELU, 200))).apply(Kernel.ofInputs(INPUTS));
        assertEquals(0, closed.ntk().maxAbsDifference(quadrature.ntk()), RELU_QUADRATURE_TOLERANCE);
        assertEquals(0, closed.nngp().maxAbsDifference(quadrature.nngp()), RELU_QUADRATURE_TOLERANCE);
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Kernel.ofInputs(new double[0][]));
        assertThrows(IllegalArgumentException.class, () -> KernelMatrix.gram(new double[][] {{1, 2}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> KernelMap.mlp(0, Activation.RELU));
    }
}
