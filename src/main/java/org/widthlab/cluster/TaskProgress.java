package org.widthlab.cluster;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.widthlab.grid.GridPlan;

/**
 * Progress lines on the driver while the cells are computed ({@code cluster: 120/260 cells, 45% of the work,
 * 61 s, about 75 s left}), at most one every {@value #INTERVAL_SECONDS} s, and one line per failed task
 * attempt (Spark retries it). Listens to the jobs of one job group only: the job that computes the cells.
 */
final class TaskProgress extends SparkListener {

    static final double INTERVAL_SECONDS = 2;

    private final String jobGroup;
    private final List<CellBatch> batches;
    private final int totalCells;
    private final double totalFlops;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final Set<Integer> stages = new HashSet<>();
    private final Set<Integer> finished = new HashSet<>();
    private int cellsDone;
    private double flopsDone;
    private double lastPrint = -INTERVAL_SECONDS;

    TaskProgress(String jobGroup, List<CellBatch> batches, PrintWriter err) {
        this.jobGroup = jobGroup;
        this.batches = List.copyOf(batches);
        this.totalCells = batches.stream().mapToInt(CellBatch::cells).sum();
        this.totalFlops = batches.stream().mapToDouble(CellBatch::flops).sum();
        this.err = err;
    }

    @Override
    public synchronized void onJobStart(SparkListenerJobStart job) {
        if (jobGroup.equals(job.properties().getProperty("spark.jobGroup.id"))) {
            for (Object stage : scala.jdk.javaapi.CollectionConverters.asJava(job.stageIds())) {
                stages.add((Integer) stage);
            }
        }
    }

    /** The first line of why an attempt failed (the details are in Spark's log). */
    private static String reason(SparkListenerTaskEnd end) {
        String text = end.reason() instanceof TaskFailedReason failed ? failed.toErrorString() : end.reason().toString();
        return text.lines().findFirst().orElse("");
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        if (!stages.contains(end.stageId())) {
            return;
        }
        int index = end.taskInfo().index();
        if (!end.taskInfo().successful()) {
            err.printf(Locale.ROOT, "cluster: task %d (%d cells) attempt %d did not finish (%s); Spark retries it%n", index,
                    batches.get(index).cells(), end.taskInfo().attemptNumber(), reason(end));
            err.flush();
            return;
        }
        if (!finished.add(index)) {
            return;
        }
        cellsDone += batches.get(index).cells();
        flopsDone += batches.get(index).flops();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (seconds - lastPrint >= INTERVAL_SECONDS || finished.size() == batches.size()) {
            lastPrint = seconds;
            double fraction = totalFlops == 0 ? 1 : flopsDone / totalFlops;
            double left = fraction > 0 ? seconds * (1 - fraction) / fraction : Double.NaN;
            err.printf(Locale.ROOT, "cluster: %d/%d cells in %d/%d tasks, %.0f%% of the work, %.1f s%s%n", cellsDone,
                    totalCells, finished.size(), batches.size(), 100 * fraction, seconds,
                    finished.size() < batches.size() && Double.isFinite(left) ? ", about " + GridPlan.duration(left)
                            + " left" : "");
            err.flush();
        }
    }
}
