package org.widthlab.ui.sweeps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.Experiment;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;
import org.widthlab.ui.model.UiThread;

/**
 * The sweep workspace's model without a window: the UI thread and the background are queues the test empties, so
 * it sees what runs where and when. Planning a grid (every cell's key) is background work; the fields' size line
 * follows a burst of changes once, when its plan arrives; a grid file that cannot be read ends with one line; a grid
 * cancelled while it is planned does not start.
 */
class GridViewModelTest {

    private static final Experiment SMALL = new Experiment(Preset.MUP.at(2, Activation.TANH), DataSetKind.TEACHER, 4,
            8, 3, 0.1, List.of(16, 32), 2, 0, false);

    @TempDir
    Path folder;

    /** Tasks handed to a thread, run when the test says. */
    private static final class Queue implements Executor, UiThread {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int size() {
            return tasks.size();
        }

        /** Runs the tasks queued so far, the newest first (as a busy pool may finish them). */
        void runQueuedNewestFirst() {
            for (int n = tasks.size(); n > 0; n--) {
                tasks.pollLast().run();
            }
        }

        /** Runs the tasks queued so far (not those they queue). */
        void runQueued() {
            for (int n = tasks.size(); n > 0; n--) {
                tasks.poll().run();
            }
        }
    }

    private final Queue ui = new Queue();
    private final Queue background = new Queue();
    private final ReadOnlyObjectWrapper<Experiment> experiment = new ReadOnlyObjectWrapper<>(SMALL);

    private GridViewModel model() {
        GridViewModel model = new GridViewModel(experiment.getReadOnlyProperty(), experiment::set,
                folder.resolve("store.sqlite"), ui, background);
        settle();
        return model;
    }

    /** Runs everything queued on both sides until nothing is left. */
    private void settle() {
        while (ui.size() + background.size() > 0) {
            ui.runQueued();
            background.runQueued();
        }
    }

    @Test
    void aBurstOfFieldChangesIsPlannedOnceInTheBackgroundAndTheSizeLineFollowsThePlan() {
        GridViewModel model = model();
        // learning rate 2^-8..2^4 (13) × sp, mup × widths 128..1024 (4) × 1 seed
        assertTrue(model.definitionProperty().get().startsWith("104 cells"), model.definitionProperty().get());

        model.firstValuesProperty().set("2^-2..2^0");
        model.widthsProperty().set("16..32");
        model.seedsProperty().set("2");
        model.secondValuesProperty().set("sp, mup, ntp");

        assertEquals(1, ui.size(), "one description queued for the burst");
        ui.runQueued();
        assertEquals(1, background.size(), "one plan for the burst, made in the background");
        assertTrue(model.definitionProperty().get().startsWith("104 cells"), "the line waits for the plan");
        background.runQueued();
        ui.runQueued();
        // 3 learning rates × 3 presets × 2 widths × 2 seeds
        assertTrue(model.definitionProperty().get().startsWith("36 cells"), model.definitionProperty().get());
        assertTrue(model.definitionValidProperty().get());
    }

    @Test
    void runningAGridStopsTheWindowsWarmUp() throws Exception {
        GridViewModel model = model();
        GridWarmUp warmUp = GridWarmUp.start();
        model.run();
        GridWarmUp.Summary summary = warmUp.finished().toCompletableFuture().get(120, java.util.concurrent.TimeUnit.SECONDS);

        assertTrue(summary.stopped(), "the warm-up went on beside the grid: " + summary);
        model.cancel();
        settle();
    }

    @Test
    void aPlanOvertakenByNewerFieldsIsDropped() {
        GridViewModel model = model();
        List<String> shown = new ArrayList<>();
        model.definitionProperty().addListener((obs, old, line) -> shown.add(line));
        model.seedsProperty().set("2");
        ui.runQueued();
        model.seedsProperty().set("3");
        ui.runQueued();
        assertEquals(2, background.size(), "two plans under way");
        background.runQueuedNewestFirst();
        settle();
        // 13 learning rates × 2 presets × 4 widths × 3 seeds; the plan for 2 seeds (208 cells) finished last
        assertTrue(model.definitionProperty().get().startsWith("312 cells"), model.definitionProperty().get());
        assertTrue(shown.stream().noneMatch(line -> line.startsWith("208 cells")), "never shown: " + shown);
    }

    @Test
    void aGridCancelledWhilePlannedDoesNotStart() {
        GridViewModel model = model();
        model.run();
        assertTrue(model.runningProperty().get());
        model.cancel();
        settle();
        assertFalse(model.runningProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Cancelled before it started"), model.statusProperty().get());
        assertEquals(null, model.gridProperty().get(), "nothing shown, nothing computed");
    }

    @Test
    void aFieldThatCannotBeReadIsNamedAtOnceWithoutPlanning() {
        GridViewModel model = model();
        model.firstValuesProperty().set("0.1..1");
        ui.runQueued();
        assertEquals(0, background.size(), "nothing to plan");
        assertTrue(model.definitionProperty().get().contains("give a step"), model.definitionProperty().get());
        assertFalse(model.definitionValidProperty().get());
    }

    @Test
    void aGridFileThatCannotBeReadEndsWithOneClearLineAndNothingRunning() throws Exception {
        GridViewModel model = model();
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": \"widthlab-grid/1\", \"axes\": { \"learningRate\": \"0.1..1\" } ");
        List<Boolean> running = new ArrayList<>();
        model.runningProperty().addListener((obs, old, now) -> running.add(now));
        String fields = model.firstValuesProperty().get();

        assertTrue(model.openAndRun(bad));
        assertEquals(List.of(true), running, "running while the file is read");
        assertEquals(0, ui.size(), "the file is read in the background");
        settle();

        assertEquals(List.of(true, false), running);
        String status = model.statusProperty().get();
        assertTrue(status.contains("bad.json") && !status.contains("\n") && !status.contains("Exception"), status);
        assertEquals(fields, model.firstValuesProperty().get(), "the fields keep what they had");
        assertEquals(null, model.gridProperty().get());
    }

    @Test
    void openingAGridFileTellsWhetherItCouldBeReadAndTheFieldsTakeIt() throws Exception {
        GridViewModel model = model();
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": \"widthlab-grid/1\" ");
        Path good = folder.resolve("good.json");
        Files.copy(Path.of("assets", "grids", "mutransfer.json"), good);  // the μTransfer grid: 2 presets × 13 rates
        List<Boolean> opened = new ArrayList<>();

        model.openFile(bad, opened::add);
        settle();
        assertEquals(List.of(false), opened);
        String status = model.statusProperty().get();
        assertTrue(status.contains("bad.json") && !status.contains("\n"), status);

        model.openFile(good, opened::add);
        settle();
        assertEquals(List.of(false, true), opened);
        assertEquals("sp, mup", model.firstValuesProperty().get());
        assertEquals("2", model.seedsProperty().get());
        assertFalse(model.runningProperty().get(), "opened, not run");
    }
}
