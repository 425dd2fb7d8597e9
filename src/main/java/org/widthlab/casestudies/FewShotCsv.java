package org.widthlab.casestudies;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A user's labelled data for few-shot learning: a CSV file, one example per line, the features (numbers) first and
 * the class (any text) in the last column; a first line that is not numeric is a header. The classes are shuffled
 * (from a seed) and split into meta-training and meta-testing classes; each feature is then standardized with the
 * mean and standard deviation of the meta-training examples.
 */
public final class FewShotCsv {

    private FewShotCsv() {
    }

    /**
     * @param metaTrainShare the share of classes (rounded) used for meta-training, in (0, 1)
     * @throws IOException naming the file and line when it cannot be read or a line is malformed
     */
    public static FewShotData read(Path file, double metaTrainShare, long seed) throws IOException {
        if (!(metaTrainShare > 0 && metaTrainShare < 1)) {
            throw new IllegalArgumentException("the meta-training share must be in (0, 1), got " + metaTrainShare);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a UTF-8 text file");
        }
        Map<String, List<float[]>> byClass = new LinkedHashMap<>();
        int dimension = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length < 2) {
                throw new IOException(file + ": line " + (i + 1) + ": expected features and a class, separated by commas");
            }
            float[] x = new float[fields.length - 1];
            try {
                for (int f = 0; f < x.length; f++) {
                    x[f] = Float.parseFloat(fields[f].strip());
                    if (!Float.isFinite(x[f])) {
                        throw new NumberFormatException("not finite");
                    }
                }
            } catch (NumberFormatException e) {
                if (dimension < 0 && byClass.isEmpty()) {
                    continue;
                }
                throw new IOException(file + ": line " + (i + 1) + ": a feature is not a finite number");
            }
            if (dimension >= 0 && x.length != dimension) {
                throw new IOException(file + ": line " + (i + 1) + ": " + x.length + " features, the lines before have "
                        + dimension);
            }
            dimension = x.length;
            byClass.computeIfAbsent(fields[fields.length - 1].strip(), k -> new ArrayList<>()).add(x);
        }
        if (byClass.size() < 2) {
            throw new IOException(file + ": needs examples of at least two classes (features, then the class)");
        }
        List<String> classes = new ArrayList<>(byClass.keySet());
        Collections.shuffle(classes, new Random(seed));
        int train = (int) Math.round(classes.size() * metaTrainShare);
        train = Math.max(1, Math.min(classes.size() - 1, train));
        List<float[][]> metaTrain = new ArrayList<>();
        List<float[][]> metaTest = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            float[][] examples = byClass.get(classes.get(c)).toArray(float[][]::new);
            (c < train ? metaTrain : metaTest).add(examples);
        }
        standardize(metaTrain, metaTest, dimension);
        return new FewShotData(dimension, metaTrain, metaTest);
    }

    /** Each feature minus its meta-training mean, divided by its meta-training standard deviation (if not 0). */
    private static void standardize(List<float[][]> metaTrain, List<float[][]> metaTest, int dimension) {
        double[] mean = new double[dimension];
        double[] square = new double[dimension];
        long count = 0;
        for (float[][] c : metaTrain) {
            for (float[] x : c) {
                for (int f = 0; f < dimension; f++) {
                    mean[f] += x[f];
                    square[f] += (double) x[f] * x[f];
                }
                count++;
            }
        }
        for (int f = 0; f < dimension; f++) {
            mean[f] /= count;
            double variance = square[f] / count - mean[f] * mean[f];
            square[f] = variance > 1e-24 ? Math.sqrt(variance) : 1;
        }
        for (List<float[][]> side : List.of(metaTrain, metaTest)) {
            for (float[][] c : side) {
                for (float[] x : c) {
                    for (int f = 0; f < dimension; f++) {
                        x[f] = (float) ((x[f] - mean[f]) / square[f]);
                    }
                }
            }
        }
    }
}
