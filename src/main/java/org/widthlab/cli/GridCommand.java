package org.widthlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.widthlab.engine.DefaultExperiments;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.MemoryEstimate;
import org.widthlab.grid.Axis;
import org.widthlab.grid.AxisValues;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridCell;
import org.widthlab.grid.GridCsv;
import org.widthlab.grid.GridFile;
import org.widthlab.grid.GridJson;
import org.widthlab.grid.GridListener;
import org.widthlab.grid.GridOutcome;
import org.widthlab.grid.GridPlan;
import org.widthlab.grid.GridProgress;
import org.widthlab.grid.GridResults;
import org.widthlab.grid.GridRunner;
import org.widthlab.grid.Shard;
import org.widthlab.io.Json;
import org.widthlab.input.Grammar;
import org.widthlab.input.Values;
import org.widthlab.linalg.MatrixKernels;
import org.widthlab.store.ResultStore;
import org.widthlab.store.SavedGrid;
import org.widthlab.store.StoreException;
import org.widthlab.store.StoreLocation;
import org.widthlab.store.StoredCell;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Parametrization;
import org.widthlab.theory.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grid}: run a grid of experiments (axes × widths × seeds) from a grid file and/or flags whose values
 * are lists ({@code --preset sp,mup --lr 2^-8..2^4 --widths 128..2048}), computing only the cells the
 * results store does not hold yet, and print one JSON summary ({@link GridJson}). A flag with one value
 * sets that setting for every cell; with several it becomes an axis (and replaces the file's axis of that
 * name). Progress goes to stderr.
 */
@Command(name = "grid", mixinStandardHelpOptions = true,
        description = "Run a grid of experiments (e.g. learning rate x preset x width x seed), remembered in the"
                + " results store, and print the best value of the optimized axis per width as JSON.")
public final class GridCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "a grid file or an experiment file (JSON);"
            + " flags override it")
    Path config;

    @Option(names = "--name", paramLabel = "NAME", description = "the grid's name (default: the file's, or 'grid')")
    String name;

    @Option(names = "--preset", paramLabel = "NAMES", completionCandidates = Choices.Presets.class,
            description = "${COMPLETION-CANDIDATES}; a list is an axis")
    String preset;

    @Option(names = "--depth", paramLabel = "L,...", description = "hidden layers L, e.g. 1..4 (default: the window's"
            + " first experiment's)")
    String depth;

    @Option(names = "--activation", paramLabel = "PHI,...", completionCandidates = Choices.Activations.class,
            description = "${COMPLETION-CANDIDATES} (default: the window's first experiment's)")
    String activation;

    @Option(names = "--a", paramLabel = "A1,...", description = "multiplier exponents a_1..a_{L+1} (one value each)")
    String a;

    @Option(names = "--b", paramLabel = "B1,...", description = "initialization exponents b_1..b_{L+1}")
    String b;

    @Option(names = "--c", paramLabel = "C,...", description = "learning-rate exponent c; a list is an axis")
    String c;

    @Option(names = "--zero-readout", description = "start the readout at zero (b_{L+1} = inf)")
    boolean zeroReadout;

    @Option(names = "--vary", paramLabel = "AXIS=VALUES", description = "vary any setting, e.g. a3=0..1 step 1/2 or"
            + " b1=0,1/2 (axes: preset, depth, activation, a1.., b1.., c, data, inputDim, batch, steps, learningRate)")
    List<String> vary = new ArrayList<>();

    @Option(names = "--data", paramLabel = "SET,...", completionCandidates = Choices.DataSets.class,
            description = "${COMPLETION-CANDIDATES} (default: the window's first experiment's)")
    String data;

    @Option(names = "--input-dim", paramLabel = "D,...", description = "input dimension d (default: the window's first"
            + " experiment's, or the data set's own)")
    String inputDim;

    @Option(names = "--batch", paramLabel = "B,...", description = "training batch size (default: the window's first"
            + " experiment's)")
    String batch;

    @Option(names = "--steps", paramLabel = "T,...", description = "SGD steps (default: the window's first experiment's)")
    String steps;

    @Option(names = "--lr", paramLabel = "ETAS", description = "learning rates η, e.g. 2^-8..2^4 or 0.01,0.1 (default:"
            + " the window's first experiment's)")
    String learningRate;

    @Option(names = "--widths", paramLabel = "WIDTHS", description = "widths, e.g. 128..2048 (doubling) or 64,100,300"
            + " (default: the window's first experiment's)")
    String widths;

    @Option(names = "--seeds", paramLabel = "S", description = "seeds per cell (default: the window's first experiment's)")
    Integer seeds;

    @Option(names = "--seed", paramLabel = "SEED", description = "the first seed (default 0)")
    Long seed;

    @Option(names = "--ntk", negatable = true, description = "also measure the empirical NTK's change (default off)")
    Boolean measureNtk;

    @Option(names = "--optimize", paramLabel = "AXIS", description = "the axis whose best value per width is reported"
            + " (default: learningRate when it is varied)")
    String optimize;

    @Option(names = "--store", paramLabel = "FILE", description = "the results store (default: "
            + "~/.local/share/widthlab/results.sqlite or the system's equivalent)")
    Path store;

    @Option(names = "--out", paramLabel = "FILE", description = "write the tidy result table (CSV) of the grid here")
    Path out;

    @Option(names = "--save", paramLabel = "FILE", description = "also write the grid as a grid file")
    Path save;

    @Option(names = "--workers", paramLabel = "N", description = "cells computed at once (default: the number of cores)")
    Integer workers;

    @Option(names = "--shard", paramLabel = "I/N", description = "run only shard I of N of the grid's cells (e.g. a"
            + " Slurm array task: --shard $SLURM_ARRAY_TASK_ID/N); merge the shards' stores with 'store import'")
    String shard;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines on stderr")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Grid grid = grid();
        int threads = workers == null ? MatrixKernels.cores() : workers;
        if (threads < 1) {
            throw new IllegalArgumentException("--workers must be at least 1, got " + threads);
        }
        Shard part = shard == null ? Shard.WHOLE : Shard.parse(shard);
        GridPlan plan = GridPlan.of(grid, part, threads, MemoryEstimate.directMemoryLimit());
        Axis optimized = optimizedAxis(grid);
        if (save != null) {
            GridFile.write(save, grid);
        }
        Path storeFile = store == null ? StoreLocation.defaultFile() : store;
        PrintWriter err = spec.commandLine().getErr();
        try (ResultStore results = ResultStore.open(storeFile)) {
            results.rememberGrid(new SavedGrid(GridFile.id(grid), grid.name(), GridFile.text(grid), Instant.now()));
            GridResults table = new GridResults(grid);
            if (!quiet) {
                err.printf(Locale.ROOT, "grid: %d cells%s, about %s to compute on %d cores; store %s%n",
                        plan.cells().size(), part.equals(Shard.WHOLE) ? "" : " (shard " + part + " of " + grid.size() + ")",
                        GridPlan.duration(plan.estimatedSeconds(plan.cells())), threads, storeFile);
                err.flush();
            }
            GridOutcome outcome = new GridRunner(results).run(plan, new GridListener() {
                private double lastPrint = -1;

                @Override
                public void onCell(GridCell cell, StoredCell result, boolean reused) {
                    table.add(cell, result);
                }

                @Override
                public void onProgress(GridProgress p) {
                    if (!quiet && (p.elapsedSeconds() - lastPrint >= 2 || p.cellsDone() == p.cells())) {
                        lastPrint = p.elapsedSeconds();
                        double left = p.remainingSecondsEstimate();
                        err.printf(Locale.ROOT, "grid: %d/%d cells, %.0f%% of the work, %.1f s%s%n", p.cellsDone(),
                                p.cells(), 100 * p.fractionDone(), p.elapsedSeconds(),
                                Double.isFinite(left) && p.cellsDone() < p.cells()
                                        ? ", about " + GridPlan.duration(left) + " left" : "");
                        err.flush();
                    }
                }
            });
            if (out != null) {
                GridCsv.write(out, table);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            ObjectNode summary = GridJson.of(table, outcome, optimized, storeFile.toAbsolutePath().toString());
            if (!part.equals(Shard.WHOLE)) {
                summary.put("shard", part.toString());
            }
            stdout.println(Json.MAPPER.writeValueAsString(summary));
            stdout.flush();
            if (outcome.status() != GridOutcome.Status.COMPLETED) {
                err.println("grid: " + outcome.status().name().toLowerCase(Locale.ROOT) + ": " + outcome.message()
                        + " (the " + (outcome.computed() + outcome.reused()) + " cells finished are stored)");
                err.flush();
                return SweepCommand.SWEEP_FAILED;
            }
            return 0;
        } catch (StoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The grid the file and the flags describe. */
    Grid grid() throws java.io.IOException {
        Grid fromFile = config == null ? null : GridFile.read(config);
        Map<Axis, List<String>> given = new LinkedHashMap<>();
        put(given, Axis.PRESET, preset);
        put(given, Axis.of(Axis.Kind.DEPTH), depth);
        put(given, Axis.of(Axis.Kind.ACTIVATION), activation);
        put(given, Axis.of(Axis.Kind.C), c);
        put(given, Axis.of(Axis.Kind.DATA), data);
        put(given, Axis.of(Axis.Kind.INPUT_DIM), inputDim);
        put(given, Axis.of(Axis.Kind.BATCH), batch);
        put(given, Axis.of(Axis.Kind.STEPS), steps);
        put(given, Axis.LEARNING_RATE, learningRate);
        for (String item : vary) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--vary needs AXIS=VALUES, e.g. a3=0..1 step 1/2; got '" + item + "'");
            }
            Axis axis = Axis.fromId(item.substring(0, eq));
            if (given.containsKey(axis)) {
                throw new IllegalArgumentException("--vary " + axis.id() + " repeats a setting given already");
            }
            given.put(axis, axis.parseValues(item.substring(eq + 1)));
        }
        Experiment base = fromFile != null ? fromFile.base() : DefaultExperiments.classroom().withParametrization(parametrization(given));
        if (fromFile != null && (a != null || b != null)) {
            base = base.withParametrization(parametrization(given));
        } else if (fromFile != null && zeroReadout) {
            base = base.withParametrization(base.parametrization().withZeroReadout());
        }
        List<AxisValues> axes = new ArrayList<>(fromFile == null ? List.of() : fromFile.axes());
        List<Map.Entry<Axis, List<String>>> ordered = new ArrayList<>(given.entrySet());
        ordered.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Axis, List<String>> entry : ordered) {
            Axis axis = entry.getKey();
            axes.removeIf(v -> v.axis().equals(axis));
            if (entry.getValue().size() == 1) {
                base = axis.apply(base, entry.getValue().get(0));
            }
        }
        for (Map.Entry<Axis, List<String>> entry : given.entrySet()) {
            if (entry.getValue().size() > 1) {
                axes.add(new AxisValues(entry.getKey(), entry.getValue()));
            }
        }
        if (data != null && inputDim == null && fromFile == null && base.dataSet().fixedInputDim().isPresent()) {
            base = Axis.of(Axis.Kind.INPUT_DIM).apply(base, String.valueOf(base.dataSet().fixedInputDim().getAsInt()));
        }
        base = new Experiment(base.parametrization(), base.dataSet(), base.inputDim(), base.batch(), base.steps(),
                base.learningRate(), widths != null ? Grammar.list(Values.SIZE, widths) : base.widths(),
                seeds != null ? seeds : base.seeds(), seed != null ? seed : base.seed(),
                measureNtk != null ? measureNtk : base.measureNtk());
        String gridName = name != null ? name : fromFile != null ? fromFile.name() : "grid";
        return new Grid(gridName, base, axes);
    }

    /**
     * The base parametrization when no file gives one: the first preset named, or --a/--b/--c, or else the
     * window's first experiment's preset (as {@code sweep} does).
     */
    private Parametrization parametrization(Map<Axis, List<String>> given) {
        Parametrization start = DefaultExperiments.classroom().parametrization();
        Activation phi = given.containsKey(Axis.of(Axis.Kind.ACTIVATION))
                ? Grammar.one(Values.ACTIVATION, given.get(Axis.of(Axis.Kind.ACTIVATION)).get(0)) : start.activation();
        int layers = given.containsKey(Axis.of(Axis.Kind.DEPTH))
                ? Integer.parseInt(given.get(Axis.of(Axis.Kind.DEPTH)).get(0)) : start.depth();
        Parametrization p;
        if (a != null || b != null) {
            if (preset != null) {
                throw new IllegalArgumentException("give either --preset or --a/--b/--c, not both");
            }
            if (a == null || b == null || c == null) {
                throw new IllegalArgumentException("give all three of --a, --b and --c");
            }
            p = Parametrization.of(Grammar.list(Values.EXPONENT, a), Grammar.list(Values.EXPONENT, b),
                    Grammar.one(Values.EXPONENT, given.get(Axis.of(Axis.Kind.C)).get(0)), phi);
            if (depth != null) {
                throw new IllegalArgumentException("--depth: --a and --b give the depth already");
            }
        } else if (given.containsKey(Axis.PRESET)) {
            p = Grammar.one(Values.PRESET, given.get(Axis.PRESET).get(0)).at(layers, phi);
        } else {
            p = Preset.matching(start).orElseThrow().at(layers, phi);
        }
        return zeroReadout ? p.withZeroReadout() : p;
    }

    private Axis optimizedAxis(Grid grid) {
        if (optimize != null) {
            Axis axis = Axis.fromId(optimize);
            if (grid.indexOf(axis) < 0) {
                throw new IllegalArgumentException("--optimize " + axis.id() + ": the grid does not vary it");
            }
            if (!axis.numeric()) {
                throw new IllegalArgumentException("--optimize " + axis.id() + ": only a numeric axis has a best value");
            }
            return axis;
        }
        return grid.indexOf(Axis.LEARNING_RATE) >= 0 ? Axis.LEARNING_RATE : null;
    }

    private static void put(Map<Axis, List<String>> given, Axis axis, String text) {
        if (text != null) {
            given.put(axis, axis.parseValues(text));
        }
    }
}
