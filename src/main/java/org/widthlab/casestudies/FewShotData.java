package org.widthlab.casestudies;

import java.util.List;

/**
 * Labelled examples grouped by class, for few-shot learning: the classes of meta-training and those of
 * meta-testing are disjoint, so a model is tested on classes it has never seen. Immutable.
 *
 * @param dimension d, the length of every example
 * @param metaTrain the meta-training classes, each an array of its examples
 * @param metaTest  the meta-test classes
 */
public record FewShotData(int dimension, List<float[][]> metaTrain, List<float[][]> metaTest) {

    public FewShotData {
        metaTrain = copy(metaTrain, dimension);
        metaTest = copy(metaTest, dimension);
    }

    private static List<float[][]> copy(List<float[][]> classes, int dimension) {
        return classes.stream().map(examples -> {
            float[][] c = new float[examples.length][];
            for (int i = 0; i < examples.length; i++) {
                if (examples[i].length != dimension) {
                    throw new IllegalArgumentException("an example of dimension " + examples[i].length + ", expected "
                            + dimension);
                }
                c[i] = examples[i].clone();
            }
            return c;
        }).toList();
    }

    /**
     * @throws IllegalArgumentException unless both sides have at least {@code ways} classes with at least
     *                                  {@code shots + queries} examples each
     */
    public void requireTasks(int ways, int shots, int queries) {
        for (var side : List.of(metaTrain, metaTest)) {
            long usable = side.stream().filter(c -> c.length >= shots + queries).count();
            if (usable < ways) {
                throw new IllegalArgumentException(String.format("%s has %d classes with at least %d examples; a %d-way"
                        + " %d-shot task with %d queries per class needs %d", side == metaTrain ? "meta-training"
                                : "meta-testing", usable, shots + queries, ways, shots, queries, ways));
            }
        }
    }
}
