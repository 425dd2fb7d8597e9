package org.widthlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.io.Json;
import org.widthlab.limits.LimitCalculator;
import org.widthlab.limits.LimitResult;
import org.widthlab.theory.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code limit}: the n = ∞ curve of an experiment where the theory gives one (THEORY.md §7), as one JSON
 * object ({@link LimitJson}).
 */
@Command(name = "limit", mixinStandardHelpOptions = true,
        description = "Compute the infinite-width limit of an experiment (kernels, kernel-regime training, the"
                + " depth-1 muP limit) and print it as JSON.")
public final class LimitCommand implements Callable<Integer> {

    @Mixin
    ParametrizationOptions parametrization;

    @Option(names = "--data", paramLabel = "SET", defaultValue = "teacher",
            description = "sine, teacher, clusters or gaussian: decides the loss (default ${DEFAULT-VALUE})")
    String data;

    @Option(names = "--steps", paramLabel = "T", defaultValue = "5", description = "SGD steps (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--lr", paramLabel = "ETA", defaultValue = "0.05", description = "learning rate η (default ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "0", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--data-file", paramLabel = "FILE", required = true,
            description = "JSON {\"inputs\": [[...], ...], \"targets\": [...]}: the training data")
    Path dataFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        JsonNode root = readData(dataFile);
        double[][] inputs = matrix(root.get("inputs"), "inputs");
        double[] targets = vector(root.get("targets"), "targets");
        if (inputs.length == 0) {
            throw new IllegalArgumentException(dataFile + ": \"inputs\" is empty");
        }
        Experiment experiment = new Experiment(parametrization.toParametrization(), DataSetKind.fromId(data),
                inputs[0].length, inputs.length, steps, learningRate, List.of(1), 1, seed, false);
        LimitResult result = LimitCalculator.compute(experiment, inputs, targets);
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.MAPPER.writeValueAsString(
                LimitJson.of(result, Verdict.of(experiment.parametrization()), inputs, targets)));
        out.flush();
        return 0;
    }

    private static JsonNode readData(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static double[][] matrix(JsonNode node, String name) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("the data file needs \"" + name + "\": an array of input vectors");
        }
        double[][] out = new double[node.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vector(node.get(i), name + "[" + i + "]");
        }
        return out;
    }

    private static double[] vector(JsonNode node, String name) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("the data file needs \"" + name + "\": an array of numbers");
        }
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            if (!node.get(i).isNumber()) {
                throw new IllegalArgumentException(name + "[" + i + "] is not a number: " + node.get(i));
            }
            out[i] = node.get(i).asDouble();
        }
        return out;
    }
}
