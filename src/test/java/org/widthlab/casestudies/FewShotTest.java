package org.widthlab.casestudies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.ejml.simple.SimpleEVD;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.limits.Kernel;
import org.widthlab.limits.KernelMap;
import org.widthlab.limits.KernelMatrix;
import org.widthlab.theory.Activation;

/** Few-shot data, tasks, and the kernel limits' kernel. */
class FewShotTest {

    private static final SubspaceFewShot SMALL = new SubspaceFewShot(12, 3, 30, 10, 6, 0.5, 1.0, 4);
    /** Kernel values of two independent implementations in double: measured differences below 1e-12. */
    private static final double KERNEL_TOLERANCE = 1e-9;

    @TempDir
    Path folder;

    @Test
    void syntheticClassesAreReproducibleFromTheSeed() {
        FewShotData a = SMALL.generate();
        FewShotData b = SMALL.generate();
        assertEquals(30, a.metaTrain().size());
        assertEquals(10, a.metaTest().size());
        for (int c = 0; c < 30; c++) {
            assertArrayEquals(a.metaTrain().get(c)[0], b.metaTrain().get(c)[0]);
        }
    }

    /**
     * The classes differ only inside the k-dimensional subspace: the class means (over many examples) span k
     * dimensions, so the (k+1)-th singular value of the matrix of means is at the noise level.
     */
    @Test
    void classMeansLieInTheSubspace() {
        SubspaceFewShot many = new SubspaceFewShot(12, 3, 40, 1, 400, 0.5, 1.0, 9);
        FewShotData data = many.generate();
        double[][] gram = new double[12][12];
        for (float[][] c : data.metaTrain()) {
            double[] mean = new double[12];
            for (float[] x : c) {
                for (int i = 0; i < 12; i++) {
                    mean[i] += x[i] / c.length;
                }
            }
            for (int i = 0; i < 12; i++) {
                for (int j = 0; j < 12; j++) {
                    gram[i][j] += mean[i] * mean[j];
                }
            }
        }
        double[] eigenvalues = symmetricEigenvalues(gram);
        // signal: 40 means of variance 1 in each of 3 directions ≈ 40 each; noise: 40·(1/400) ≈ 0.1 per direction
        assertTrue(eigenvalues[2] > 10, "third eigenvalue " + eigenvalues[2]);
        assertTrue(eigenvalues[3] < 0.5, "fourth eigenvalue " + eigenvalues[3]);
    }

    @Test
    void aTaskHasDistinctClassesAPermutedLabellingAndTheBiasCoordinate() {
        FewShotData data = SMALL.generate();
        SplittableRandom random = new SplittableRandom(1);
        FewShotTask task = FewShotTask.draw(data.metaTrain(), 5, 1, 2, 0.7f, random);
        assertEquals(5, task.support().length);
        assertEquals(10, task.query().length);
        assertEquals(13, task.support()[0].length);
        assertEquals(0.7f, task.query()[3][12]);
        Set<String> classes = new HashSet<>();
        for (int label = 0; label < 5; label++) {
            float[] s = task.support()[label];
            classes.add(classOf(data.metaTrain(), s));
            assertEquals(classOf(data.metaTrain(), s), classOf(data.metaTrain(), task.query()[2 * label]));
            assertEquals(label, task.queryLabels()[2 * label + 1]);
        }
        assertEquals(5, classes.size());
    }

    @Test
    void softmaxErrorsSumToZeroAndPointAwayFromTheLabel() {
        float[][] chi = FewShotTask.softmaxErrors(new float[][] {{1, 2, 3}, {0, 0, 0}}, new int[] {2, 0}, 0.5);
        for (float[] row : chi) {
            assertEquals(0, row[0] + row[1] + row[2], 1e-7);
        }
        assertTrue(chi[0][2] < 0 && chi[0][0] > 0);
        assertEquals((1.0 / 3 - 1) * 0.5, chi[1][0], 1e-7);
        assertEquals(0.5, FewShotTask.accuracy(new float[][] {{1, 2}, {3, 3}}, new int[] {1, 0}));
    }

    /** The kernel limits' pairwise kernel against the project's kernel maps (limits.KernelMap) on the same inputs. */
    @Test
    void pairwiseKernelsAgreeWithTheKernelMapsOfTheLimitsPackage() {
        double[][] inputs = {{0.6, -0.8, 1}, {1.0, 0.2, 1}, {-0.3, 0.5, 1}};
        for (Activation phi : List.of(Activation.IDENTITY, Activation.RELU)) {
            Kernel k = KernelMap.mlp(1, phi).apply(Kernel.ofInputs(inputs));
            for (KernelLimit limit : KernelLimit.values()) {
                KernelMatrix expected = limit == KernelLimit.GP ? k.nngp() : k.ntk();
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        double value = limit.kernel(KernelLimit.dual(phi), dot(inputs[i], inputs[i]),
                                dot(inputs[i], inputs[j]), dot(inputs[j], inputs[j]));
                        assertEquals(expected.get(i, j), value, KERNEL_TOLERANCE, phi + " " + limit);
                    }
                }
            }
        }
    }

    /**
     * A kernel machine that has not meta-trained is f = 0; adapted to an N-way 1-shot task it scores each query by
     * its kernel similarity to each class's one example, {@code f'_k(x) = (α/N)(K(x, x_k) − (1/N)Σ_s K(x, x_s))}, so
     * it picks the support example most similar in the kernel.
     */
    @Test
    void anUntrainedKernelMachinePicksTheMostSimilarSupportExample() {
        KernelMetaLearner learner = new KernelMetaLearner(KernelLimit.GP, Activation.IDENTITY, 1, 3, 2, 10);
        float[][] support = {{1, 0, 1}, {0, 1, 1}};
        float[][] query = {{0.9f, 0.2f, 1}, {-0.1f, 2, 1}};
        FewShotTask task = new FewShotTask(support, new int[] {0, 1}, query, new int[] {0, 1});
        float[][] logits = learner.adaptedQueryLogits(task, 0.4);
        assertEquals(1.0, FewShotTask.accuracy(logits, task.queryLabels()));
        double k00 = 0.9 + 1;
        double k01 = 0.2 + 1;
        double expected = 0.4 / 2 * (k00 - (k00 + k01) / 2);
        assertEquals(expected, logits[0][0], 1e-6);
    }

    @Test
    void csvClassesAreSplitAndStandardized() throws IOException {
        StringBuilder text = new StringBuilder("f1,f2,label\n");
        for (int c = 0; c < 10; c++) {
            for (int e = 0; e < 4; e++) {
                text.append(c + 0.1 * e).append(',').append(100 + 2 * c).append(",class").append(c).append('\n');
            }
        }
        Path file = folder.resolve("data.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        FewShotData data = FewShotCsv.read(file, 0.7, 3);
        assertEquals(7, data.metaTrain().size());
        assertEquals(3, data.metaTest().size());
        assertEquals(2, data.dimension());
        double mean = 0;
        double square = 0;
        int count = 0;
        for (float[][] c : data.metaTrain()) {
            for (float[] x : c) {
                mean += x[1];
                square += x[1] * x[1];
                count++;
            }
        }
        assertEquals(0, mean / count, 1e-5);
        assertEquals(1, square / count, 1e-4);
    }

    @Test
    void badCsvLinesAreRefusedWithTheirNumber() throws IOException {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "1,2,a\n3,4,b\n5,x,a\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> FewShotCsv.read(file, 0.5, 1));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        Files.writeString(file, "1,2,a\n3,4,5,b\n", StandardCharsets.UTF_8);
        assertTrue(assertThrows(IOException.class, () -> FewShotCsv.read(file, 0.5, 1)).getMessage().contains("line 2"));
        Files.writeString(file, "1,2,a\n3,4,a\n", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> FewShotCsv.read(file, 0.5, 1));
    }

    @Test
    void tooFewClassesForATaskAreRefused() {
        FewShotData data = new SubspaceFewShot(4, 2, 3, 6, 5, 0.5, 1, 1).generate();
        assertThrows(IllegalArgumentException.class, () -> data.requireTasks(5, 1, 1));
    }

    private static String classOf(List<float[][]> classes, float[] withBias) {
        for (int c = 0; c < classes.size(); c++) {
            for (float[] x : classes.get(c)) {
                if (java.util.Arrays.equals(x, java.util.Arrays.copyOf(withBias, x.length))) {
                    return "class " + c;
                }
            }
        }
        throw new AssertionError("no class holds this example");
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** Eigenvalues of a symmetric matrix, largest first (EJML). */
    private static double[] symmetricEigenvalues(double[][] m) {
        SimpleEVD<SimpleMatrix> evd = new SimpleMatrix(m).eig();
        double[] eigen = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            eigen[i] = -evd.getEigenvalue(i).getReal();
        }
        java.util.Arrays.sort(eigen);
        for (int i = 0; i < m.length; i++) {
            eigen[i] = -eigen[i];
        }
        return eigen;
    }
}
