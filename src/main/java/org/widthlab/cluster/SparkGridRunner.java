package org.widthlab.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.widthlab.engine.MemoryEstimate;
import org.widthlab.grid.AxisValues;
import org.widthlab.grid.CellLines;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridCell;
import org.widthlab.grid.GridFile;
import org.widthlab.grid.ResultsFolder;
import org.widthlab.io.Json;
import org.widthlab.linalg.MatrixKernels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A grid on Apache Spark: {@code spark-submit --class org.widthlab.cluster.SparkGridRunner widthlab.jar
 * grid.json --out DIR}. The driver reads and checks the grid file before Spark starts (a bad file costs
 * nothing), cuts the cells into tasks ({@link TaskPlan}), and each task computes its cells with the local
 * grid's own code ({@link CellTask}); the rows are written once as the tidy Parquet table of
 * {@link ResultsFolder}, partitioned by one column, and the CSV table and the cells that {@code store import
 * DIR} reads are made from that Parquet table. Spark writes each table through its output committer: a task
 * attempt's files count only once the attempt commits, so a failed or killed task that Spark retries leaves
 * no duplicate rows, and each row is keyed by its cell ({@code index}, {@code position}).
 *
 * <p>Prints progress lines on stderr and one JSON object on stdout: {@code name}, {@code cells},
 * {@code computations} (distinct cells), {@code tasks}, {@code diverged} (cells whose run diverged),
 * {@code seconds}, {@code out}, {@code partitionBy}. Exit code 0, 2 for bad input (one line on stderr), 1 when
 * the job failed.
 */
public final class SparkGridRunner {

    static final String JOB_GROUP = "widthlab-cells";
    static final int USAGE_ERROR = 2;
    static final int JOB_FAILED = 1;
    /** Partition by nothing. */
    static final String NO_PARTITION = "none";

    private SparkGridRunner() {
    }

    /**
     * How to run.
     *
     * @param out         the output folder (a local path or any Hadoop URI: hdfs://, s3a://, ...); must not
     *                    exist yet or be empty
     * @param tasks       how many tasks, 0 for {@value TaskPlan#TASKS_PER_SLOT} per task slot
     * @param partitionBy the column to partition the tables by: an axis of the grid, {@code width} or
     *                    {@value #NO_PARTITION}; null for the preset when the grid varies it, else the width
     */
    record Options(String out, int tasks, String partitionBy) {
    }

    /** How a run ended. */
    record Outcome(String name, int cells, int computations, int tasks, long diverged, double seconds, String out,
            String partitionBy) {
    }

    /**
     * Runs a grid on {@code spark}: checks it (memory per task, the output folder) before any task starts, then
     * computes and writes it.
     *
     * @throws IllegalArgumentException for a grid or options that cannot run, before anything is written
     */
    static Outcome run(SparkSession spark, Grid grid, Options options, CellComputer computer, PrintWriter err)
            throws IOException {
        long start = System.nanoTime();
        String text = GridFile.text(grid);
        Grid shipped = GridFile.parse(text, grid.name());
        List<GridCell> cells = shipped.cells();
        checkSameCells(grid.cells(), cells);
        String partitionBy = partitionColumn(shipped, options.partitionBy());
        checkMemory(spark, cells);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int tasks = options.tasks() > 0 ? options.tasks() : TaskPlan.defaultTasks(context.defaultParallelism());
        List<CellBatch> batches = TaskPlan.batches(cells, tasks);
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(options.out());
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(out) && (!fs.getFileStatus(out).isDirectory() || fs.listStatus(out).length > 0)) {
            throw new IllegalArgumentException(options.out() + " exists already: give --out a new folder (results are never"
                    + " written over)");
        }
        String outName = fs.makeQualified(out).toString();
        try (OutputStream file = fs.create(new org.apache.hadoop.fs.Path(out, ResultsFolder.GRID_FILE), false)) {
            file.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Set<String> keys = new HashSet<>();
        cells.forEach(c -> keys.add(c.key()));
        err.printf(Locale.ROOT, "cluster: %d cells (%d computations) in %d tasks on %s, %d task slots; output %s%n",
                cells.size(), keys.size(), batches.size(), spark.sparkContext().master(), context.defaultParallelism(),
                outName);
        err.flush();

        StructType schema = CellRows.schema(shipped);
        TaskProgress progress = new TaskProgress(JOB_GROUP, batches, err);
        spark.sparkContext().addSparkListener(progress);
        context.setJobGroup(JOB_GROUP, "WidthLab grid " + grid.name() + ": computing cells", true);
        try {
            JavaRDD<Row> rows = context.parallelize(batches, batches.size()).flatMap(new CellTask(text, computer));
            partitioned(spark.createDataFrame(rows, schema).write().mode(SaveMode.ErrorIfExists), partitionBy)
                    .parquet(child(out, ResultsFolder.PARQUET));
        } finally {
            context.clearJobGroup();
            spark.sparkContext().removeSparkListener(progress);
        }

        Dataset<Row> table = spark.read().schema(schema).parquet(child(out, ResultsFolder.PARQUET));
        List<Column> csvColumns = new ArrayList<>();
        for (AxisValues a : shipped.axes()) {
            csvColumns.add(functions.col(a.axis().id()));
        }
        for (String column : CellRows.MEASUREMENT_COLUMNS) {
            csvColumns.add(column.equals("diverged") ? functions.col(column).cast("int").as(column) : functions.col(column));
        }
        csvColumns.add(functions.col(CellRows.CELL));
        partitioned(table.select(csvColumns.toArray(Column[]::new)).write().mode(SaveMode.ErrorIfExists)
                .option("header", "true"), partitionBy).csv(child(out, ResultsFolder.CSV));
        table.groupByKey((MapFunction<Row, Integer>) r -> r.<Integer>getAs(CellRows.INDEX), Encoders.INT())
                .mapGroups((MapGroupsFunction<Integer, Row, String>) (index, group) -> CellLines.line(CellRows.cell(() -> group)),
                        Encoders.STRING())
                .write().mode(SaveMode.ErrorIfExists).text(child(out, ResultsFolder.CELLS));
        long diverged = table.filter(functions.col("diverged")).select(CellRows.INDEX).distinct().count();
        return new Outcome(grid.name(), cells.size(), keys.size(), batches.size(), diverged,
                (System.nanoTime() - start) / 1e9, outName, partitionBy);
    }

    private static String child(org.apache.hadoop.fs.Path out, String name) {
        return new org.apache.hadoop.fs.Path(out, name).toString();
    }

    private static <T> DataFrameWriter<T> partitioned(DataFrameWriter<T> writer, String column) {
        return column.equals(NO_PARTITION) ? writer : writer.partitionBy(column);
    }

    /** The grid re-read from its text (what the executors expand) has the driver's cells: same keys, same order. */
    private static void checkSameCells(List<GridCell> original, List<GridCell> shipped) {
        if (original.size() != shipped.size()) {
            throw new IllegalStateException("the grid's text gives " + shipped.size() + " cells, the grid " + original.size());
        }
        for (int i = 0; i < original.size(); i++) {
            if (!original.get(i).key().equals(shipped.get(i).key())) {
                throw new IllegalStateException("cell " + i + " changes when the grid is re-read from its text");
            }
        }
    }

    static String partitionColumn(Grid grid, String requested) {
        if (requested == null) {
            return grid.axis(org.widthlab.grid.Axis.PRESET).isPresent() ? org.widthlab.grid.Axis.PRESET.id() : "width";
        }
        boolean known = requested.equals(NO_PARTITION) || requested.equals("width")
                || grid.axes().stream().anyMatch(a -> a.axis().id().equals(requested));
        if (!known) {
            List<String> choices = new ArrayList<>();
            grid.axes().forEach(a -> choices.add(a.axis().id()));
            choices.add("width");
            choices.add(NO_PARTITION);
            throw new IllegalArgumentException("--partition-by " + requested + ": choose one of " + String.join(", ", choices));
        }
        return requested;
    }

    /**
     * Every cell must fit in the memory of one task: in local mode this JVM's direct-memory limit shared by its
     * task slots; on a cluster an executor's memory shared by its cores ({@code spark.executor.memory},
     * {@code spark.executor.cores}).
     */
    private static void checkMemory(SparkSession spark, List<GridCell> cells) {
        org.apache.spark.SparkConf conf = spark.sparkContext().getConf();
        long perTask;
        String where;
        if (spark.sparkContext().isLocal()) {
            int slots = spark.sparkContext().defaultParallelism();
            perTask = MemoryEstimate.directMemoryLimit() / slots;
            where = "this JVM's memory shared by " + slots + " task slots";
        } else {
            int cores = conf.getInt("spark.executor.cores", 1);
            perTask = conf.getSizeAsBytes("spark.executor.memory", "1g") / cores;
            where = "spark.executor.memory shared by spark.executor.cores = " + cores;
        }
        Set<String> checked = new HashSet<>();
        for (GridCell cell : cells) {
            if (checked.add(cell.key())) {
                try {
                    MemoryEstimate.check(cell.experiment(), perTask);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(e.getMessage() + " (" + where + ")");
                }
            }
        }
    }

    /** The command line of the runner (picocli). */
    @Command(name = "SparkGridRunner", mixinStandardHelpOptions = true,
            description = "Run a WidthLab grid file on Apache Spark and write its results as Parquet and CSV.")
    static final class Arguments implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "GRID", description = "the grid file (JSON), as `grid --config` reads it")
        Path gridFile;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder (local path or"
                + " Hadoop URI); must not exist yet")
        String outFolder;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[*] or spark://host:7077"
                + " (spark-submit gives it otherwise)")
        String master;

        @Option(names = "--tasks", paramLabel = "N", description = "number of tasks (default: "
                + TaskPlan.TASKS_PER_SLOT + " per task slot)")
        int tasks;

        @Option(names = "--partition-by", paramLabel = "COLUMN", description = "an axis of the grid, width, or none"
                + " (default: preset if the grid varies it, else width)")
        String partitionBy;

        private final PrintWriter out;
        private final PrintWriter err;

        Arguments(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() throws IOException {
            if (tasks < 0) {
                throw new IllegalArgumentException("--tasks must be positive, got " + tasks);
            }
            Grid grid = GridFile.read(gridFile);
            if (master == null && System.getProperty("spark.master") == null) {
                throw new IllegalArgumentException("no Spark master: give --master local[*] (this machine) or"
                        + " spark://HOST:7077, or start the runner with spark-submit --master ...");
            }
            String log = SparkLog.takeOver();
            if (log != null) {
                err.println("cluster: Spark's own log goes to " + log);
                err.flush();
            }
            SparkSession.Builder builder = SparkSession.builder().appName("WidthLab grid " + grid.name())
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.plugins", NativeKernelPlugin.addedTo(System.getProperty("spark.plugins")));
            if (master != null) {
                builder.master(master);
            }
            String effectiveMaster = master != null ? master : System.getProperty("spark.master");
            if (effectiveMaster.startsWith("local")) {
                LocalMode.configure(builder);
            }
            SparkSession spark = builder.getOrCreate();
            try {
                Outcome outcome = run(spark, grid, new Options(outFolder, tasks, partitionBy), CellComputer.GRID, err);
                ObjectNode json = Json.MAPPER.createObjectNode();
                json.put("name", outcome.name());
                json.put("cells", outcome.cells());
                json.put("computations", outcome.computations());
                json.put("tasks", outcome.tasks());
                json.put("diverged", outcome.diverged());
                json.put("seconds", outcome.seconds());
                json.put("out", outcome.out());
                json.put("partitionBy", outcome.partitionBy());
                out.println(Json.MAPPER.writeValueAsString(json));
                out.flush();
                return 0;
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (RuntimeException e) {
                err.println("cluster: the job failed: " + firstLine(e) + (log == null ? "" : " (details in " + log + ")"));
                err.flush();
                return JOB_FAILED;
            } finally {
                spark.stop();
            }
        }
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Runs the command line and returns the exit code. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Arguments(out, err));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("cluster: " + e.getMessage());
            err.flush();
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof IOException) {
                err.println("cluster: " + e.getMessage());
                err.flush();
                return USAGE_ERROR;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** {@code spark-submit}'s entry; in local mode the cells compute in this JVM, so the kernel loads first. */
    public static void main(String[] args) {
        MatrixKernels.loadNativeKernelFirst();
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
