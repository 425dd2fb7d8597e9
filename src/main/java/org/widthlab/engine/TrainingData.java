package org.widthlab.engine;

/**
 * The training data one seed of an experiment trains on, as plain double arrays, for code outside the
 * engine (the infinite-width limits, which must use exactly the finite networks' data): a public view of
 * {@link DataSet#generate}; immutable (arrays are copied).
 *
 * @param inputs         ξ_1..ξ_B, each of dimension d
 * @param targets        y_1..y_B
 * @param loss    the loss the data set is trained with
 */
public record TrainingData(double[][] inputs, double[] targets, Loss loss) {

    /** @throws IllegalArgumentException unless there are as many targets as inputs (≥ 1), each suiting the loss */
    public TrainingData {
        if (inputs.length != targets.length || inputs.length == 0) {
            throw new IllegalArgumentException("need as many targets as inputs (≥ 1): " + inputs.length + " inputs, "
                    + targets.length + " targets");
        }
        loss.checkTargets(targets);
        inputs = java.util.Arrays.stream(inputs).map(double[]::clone).toArray(double[][]::new);
        targets = targets.clone();
    }

    /**
     * The data of seed {@code experiment.seed() + seedOffset}, as the width sweep generates it for its
     * seed number {@code seedOffset}.
     */
    public static TrainingData of(Experiment experiment, int seedOffset) {
        DataSet data = DataSet.generate(experiment.dataSet(), experiment.inputDim(), experiment.batch(),
                experiment.seed() + seedOffset);
        double[][] inputs = new double[data.batch()][experiment.inputDim()];
        double[] targets = new double[data.batch()];
        for (int i = 0; i < data.batch(); i++) {
            for (int j = 0; j < experiment.inputDim(); j++) {
                inputs[i][j] = data.inputs().get(i, j);
            }
            targets[i] = data.targets()[i];
        }
        return new TrainingData(inputs, targets, data.loss());
    }

    /** B, the number of examples. */
    public int batch() {
        return targets.length;
    }

    /** d, the dimension of the inputs. */
    public int inputDim() {
        return inputs[0].length;
    }

    @Override
    public double[][] inputs() {
        return java.util.Arrays.stream(inputs).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[] targets() {
        return targets.clone();
    }
}
