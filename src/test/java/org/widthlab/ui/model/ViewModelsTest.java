package org.widthlab.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.theory.phase.ExponentAxis;
import org.widthlab.theory.phase.PhaseSlice;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.engine.DataSetKind;
import org.widthlab.engine.DefaultExperiments;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;
import org.widthlab.engine.SweepHandle;
import org.widthlab.engine.SweepListener;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.engine.SweepProgress;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Preset;

/** The view models, without a window: validation, the hand-over of results, cancelling, the files. */
class ViewModelsTest {

    /** A background that never runs anything: no limit arrives to disturb the count of hand-overs. */
    private static final java.util.concurrent.Executor NOWHERE = task -> { };

    @TempDir
    Path folder;

    @Test
    void theDefaultExperimentIsValidAndEveryBadFieldIsNamed() {
        ExperimentViewModel model = new ExperimentViewModel(new ParametrizationViewModel());
        assertEquals(DefaultExperiments.classroom(), model.experimentProperty().get(), "the window starts in the classroom");

        model.learningRateProperty().set("fast");
        assertNull(model.experimentProperty().get());
        assertEquals(List.of(new FieldError("learningRate", "'fast' is not a number (write e.g. 0.05, 1e-3, 1/8 or 2^-3)")),
                model.fieldErrors());

        model.learningRateProperty().set("0,5");
        assertTrue(model.errorProperty().get().contains("decimal point"), model.errorProperty().get());
        model.learningRateProperty().set("2^-3");
        assertEquals(0.125, model.experimentProperty().get().learningRate());

        model.widthsProperty().set("64, 32");
        assertEquals("widths", model.fieldErrors().get(0).field(), "the experiment's own check names its field");
        assertTrue(model.errorProperty().get().startsWith("widths: must increase"), model.errorProperty().get());

        model.widthsProperty().set("64");
        model.seedsProperty().set("0");
        assertTrue(model.errorProperty().get().startsWith("seeds: "), model.errorProperty().get());
        model.seedsProperty().set("2");
        assertEquals("", model.errorProperty().get());
        assertEquals(2, model.experimentProperty().get().seeds());
    }

    @Test
    void theSineDataSetIsOneDimensional() {
        ExperimentViewModel model = new ExperimentViewModel(new ParametrizationViewModel());

        model.dataSetProperty().set(DataSetKind.SINE);

        assertEquals("1", model.inputDimProperty().get());
        assertEquals(1, model.experimentProperty().get().inputDim());
    }

    @Test
    void anInvalidExponentWithdrawsTheExperiment() {
        ParametrizationViewModel parametrization = new ParametrizationViewModel();
        ExperimentViewModel model = new ExperimentViewModel(parametrization);

        parametrization.cTextProperty().set("1/0");

        assertNull(model.experimentProperty().get());
        parametrization.cTextProperty().set("1");
        assertEquals("1", model.experimentProperty().get().parametrization().c().toString());
    }

    @Test
    void settingAnExperimentShowsEveryField() {
        ExperimentViewModel model = new ExperimentViewModel(new ParametrizationViewModel());
        Experiment e = new Experiment(Preset.NTP.at(2, Activation.TANH), DataSetKind.TEACHER, 4, 16, 3, 0.25,
                List.of(32, 64, 128), 3, 11, true);

        model.set(e);

        assertEquals(e, model.experimentProperty().get());
        assertEquals("32..128", model.widthsProperty().get());
        assertEquals("0.25", model.learningRateProperty().get());
    }

    /** A UI thread that runs what it is given only when asked, to see how the hand-over batches. */
    private static final class QueuedUiThread implements UiThread {
        final List<Runnable> queue = new ArrayList<>();

        @Override
        public void execute(Runnable action) {
            queue.add(action);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.remove(0).run();
            }
        }
    }

    /** A sweep that does nothing by itself: the test reports through its listener. */
    private static final class ManualSweep implements SweepStarter {
        SweepListener listener;
        boolean cancelled;

        @Override
        public SweepHandle start(Experiment experiment, SweepListener l) {
            listener = l;
            return new SweepHandle() {
                @Override
                public void cancel() {
                    cancelled = true;
                }

                @Override
                public SweepOutcome await() {
                    return null;
                }
            };
        }
    }

    private static List<Measurement> loss(int width, int step) {
        return List.of(new Measurement(width, 0, step, 0, Quantity.LOSS, 1.0 / (step + 1), false));
    }

    @Test
    void resultsReachTheUiThreadInBatchesNotOnePerPoint() {
        QueuedUiThread ui = new QueuedUiThread();
        ManualSweep engine = new ManualSweep();
        SweepViewModel model = new SweepViewModel(engine, LimitSource.none(), ui, NOWHERE);
        model.start(defaultExperiment());

        for (int t = 0; t < 50; t++) {
            engine.listener.onMeasurements(loss(64, t));
        }
        engine.listener.onProgress(new SweepProgress(0.5, 128, 0, 2));

        assertEquals(1, ui.queue.size());
        assertTrue(model.results().isEmpty());
        ui.runAll();
        assertEquals(50, model.results().size());
        assertEquals("width n = 128", model.currentWidthProperty().get());
        assertEquals("about 2 s left", model.etaProperty().get());
        assertEquals(0.5, model.progressProperty().get());

        engine.listener.onFinished(new SweepOutcome(SweepOutcome.Status.COMPLETED, 1, 4, ""));
        ui.runAll();
        assertFalse(model.runningProperty().get());
        assertEquals("Done in 4 s: 1 width measured; 1 run diverged.", model.statusProperty().get());
    }

    @Test
    void cancellingKeepsWhatWasMeasuredAndIgnoresTheStoppedSweep() {
        QueuedUiThread ui = new QueuedUiThread();
        ManualSweep engine = new ManualSweep();
        SweepViewModel model = new SweepViewModel(engine, LimitSource.none(), ui, NOWHERE);
        model.start(defaultExperiment());
        engine.listener.onMeasurements(loss(64, 0));
        ui.runAll();

        model.cancel();
        engine.listener.onMeasurements(loss(128, 0));
        engine.listener.onFinished(new SweepOutcome(SweepOutcome.Status.CANCELLED, 0, 1, ""));
        ui.runAll();

        assertTrue(engine.cancelled);
        assertFalse(model.runningProperty().get());
        assertEquals(1, model.results().size());
        assertEquals("Cancelled: 1 width measured.", model.statusProperty().get());
    }

    @Test
    void aSweepThatCannotStartSaysWhy() {
        SweepViewModel model = new SweepViewModel((e, l) -> {
            throw new IllegalArgumentException("width 65536 needs 40 GB");
        }, LimitSource.none(), UiThread.direct(), Runnable::run);

        model.start(defaultExperiment());

        assertFalse(model.runningProperty().get());
        assertEquals("Could not start the sweep: width 65536 needs 40 GB", model.statusProperty().get());
    }

    @Test
    void aFailedLimitIsSaidInTheMessageLine() {
        ManualSweep engine = new ManualSweep();
        LimitSource failing = e -> {
            throw new IllegalStateException("the quadrature did not converge");
        };
        ExplorerViewModel model = new ExplorerViewModel(engine, failing, UiThread.direct(), Runnable::run,
                new RecentFiles(folder.resolve("r")));

        model.run();

        assertNull(model.sweep().limitProperty().get());
        assertEquals("No n = ∞ curve: its computation failed (the quadrature did not converge); details in"
                + " widthlab.log.", model.messageProperty().get());
    }

    @Test
    void aLimitThatFailedWhileComputedAheadIsSaidWhenShown() {
        ManualSweep engine = new ManualSweep();
        SweepViewModel model = new SweepViewModel(engine, e -> {
            throw new IllegalStateException("no memory left");
        }, UiThread.direct(), Runnable::run);
        Experiment ahead = defaultExperiment();
        model.prepare(List.of(ahead));
        engine.listener.onFinished(new SweepOutcome(SweepOutcome.Status.COMPLETED, 0, 1, ""));
        assertTrue(model.isPrepared(ahead));
        assertEquals("", model.limitProblemProperty().get(), "nothing is said before it is shown");

        model.start(ahead);

        assertEquals("No n = ∞ curve: its computation failed (no memory left); details in widthlab.log.",
                model.limitProblemProperty().get());
    }

    @Test
    void withoutAnExactLimitTheCompletedSweepIsExtrapolated() {
        ManualSweep engine = new ManualSweep();
        LimitCurve extrapolated = new LimitCurve("extrapolated", List.of(0.5, 0.25));
        List<List<Measurement>> handedOver = new ArrayList<>();
        LimitSource limits = new LimitSource() {
            @Override
            public java.util.Optional<LimitCurve> limitOf(Experiment e) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<LimitCurve> fromCompletedSweep(Experiment e, List<Measurement> results) {
                handedOver.add(results);
                return java.util.Optional.of(extrapolated);
            }
        };
        SweepViewModel model = new SweepViewModel(engine, limits, UiThread.direct(), Runnable::run);
        model.start(defaultExperiment());
        engine.listener.onMeasurements(loss(64, 0));
        assertNull(model.limitProperty().get());

        engine.listener.onFinished(new SweepOutcome(SweepOutcome.Status.COMPLETED, 0, 1, ""));

        assertEquals(extrapolated, model.limitProperty().get());
        assertEquals(List.of(loss(64, 0)), handedOver);
    }

    @Test
    void runIsOfferedOnlyForAValidExperimentWhileNothingRuns() {
        ManualSweep engine = new ManualSweep();
        ExplorerViewModel model = new ExplorerViewModel(engine, LimitSource.none(), UiThread.direct(), Runnable::run, new RecentFiles(folder.resolve("r")));
        var disabled = model.runDisabled();
        assertFalse(disabled.get());

        model.run();
        assertTrue(disabled.get());
        model.cancel();
        assertFalse(disabled.get());

        model.experiment().stepsProperty().set("-1");
        assertTrue(disabled.get());
    }

    @Test
    void thePhaseAxesFollowTheDepthAndTheZeroReadout() {
        ExplorerViewModel model = new ExplorerViewModel(new ManualSweep(), LimitSource.none(), UiThread.direct(), Runnable::run,
                new RecentFiles(folder.resolve("r")));
        assertEquals(ExponentAxis.a(4), model.phase().xProperty().get());
        assertEquals(ExponentAxis.C, model.phase().yProperty().get());

        model.parametrization().depthProperty().set(1);
        assertEquals(ExponentAxis.a(2), model.phase().xProperty().get());
        assertEquals(1 + 2 + 2, model.phase().axes().size());

        model.parametrization().zeroReadoutProperty().set(true);
        assertFalse(model.phase().axes().contains(ExponentAxis.b(2)));
    }

    @Test
    void thePhaseSliceFollowsTheParametrizationAndAClickMovesIt() {
        ExplorerViewModel model = new ExplorerViewModel(new ManualSweep(), LimitSource.none(), UiThread.direct(),
                Runnable::run, new RecentFiles(folder.resolve("r")));
        model.phase().requestSlice();
        PhaseSlice slice = model.phase().sliceProperty().get();
        assertEquals(Preset.MUP.at(3, Activation.RELU), slice.center());

        // on the kernel segment 2a_4 + c = 1 (within 0.05, as a few pixels are)
        model.phase().pick(0.25 + 0.01, 0.5, 0.05, 0.05);

        assertEquals("1/4", model.parametrization().aTexts().get(3).get());
        assertEquals("1/2", model.parametrization().cTextProperty().get());
        model.parametrization().cTextProperty().set("?");
        model.phase().requestSlice();
        assertNull(model.phase().sliceProperty().get());
    }

    @Test
    void retypingAPresetsValuesFindsItAgainUpToTheSymmetry() {
        ParametrizationViewModel p = new ParametrizationViewModel();
        p.presetProperty().set(new ParametrizationViewModel.PresetChoice(Preset.NTP));
        p.depthProperty().set(2);
        p.cTextProperty().set("1/3");
        assertEquals(ParametrizationViewModel.PresetChoice.CUSTOM, p.presetProperty().get());

        // μP at depth 2 is a = (-1/2, 0, 1/2), b = 1/2, c = 0; shifted by θ = 1/2 (theory.md §2): a + 1/2, b − 1/2, c − 1
        String[] a = {"0", "1/2", "1"};
        for (int l = 0; l < 3; l++) {
            p.aTexts().get(l).set(a[l]);
            p.bTexts().get(l).set("0");
        }
        p.cTextProperty().set("-1");
        assertEquals(new ParametrizationViewModel.PresetChoice(Preset.MUP), p.presetProperty().get());
        assertEquals("-1", p.cTextProperty().get(), "the typed values stay as typed");

        p.cTextProperty().set("-1/2");
        assertEquals(ParametrizationViewModel.PresetChoice.CUSTOM, p.presetProperty().get());
    }

    @Test
    void aFileWithUnknownKeysOpensAndNamesThemAndAFileLackingSettingsNamesEachAndChangesNothing() throws Exception {
        ExplorerViewModel model = new ExplorerViewModel(new ManualSweep(), LimitSource.none(), UiThread.direct(),
                Runnable::run, new RecentFiles(folder.resolve("r")));
        Experiment deep = new Experiment(Preset.MUP.at(5, Activation.TANH), DataSetKind.GAUSSIAN, 8, 16, 3, 0.5,
                List.of(64, 128), 1, 0, false);
        var json = org.widthlab.io.ExperimentFile.toJson(deep);
        json.put("lerningRate", 0.1);
        Path newer = java.nio.file.Files.writeString(folder.resolve("newer.widthlab"), json.toString());
        assertTrue(model.open(newer));
        assertEquals(deep, model.experiment().experimentProperty().get());
        assertEquals("Opened newer.widthlab; unknown key 'lerningRate' ignored.", model.messageProperty().get());

        json.remove("widths");
        json.remove("training");
        Path partial = java.nio.file.Files.writeString(folder.resolve("partial.widthlab"), json.toString());
        assertFalse(model.open(partial));
        assertEquals(deep, model.experiment().experimentProperty().get(), "nothing on screen changes");
        assertTrue(model.messageProperty().get().endsWith("partial.widthlab: missing 'training.steps'; missing"
                + " 'training.learningRate'; missing 'widths'"), model.messageProperty().get());
    }

    @Test
    void fontScaleStaysReadable() {
        ExplorerViewModel model = new ExplorerViewModel(new ManualSweep(), LimitSource.none(), UiThread.direct(), Runnable::run,
                new RecentFiles(folder.resolve("r")));
        for (int i = 0; i < 30; i++) {
            model.scaleFont(1.15);
        }
        assertEquals(ExplorerViewModel.MAX_FONT_SCALE, model.fontScaleProperty().get());
        for (int i = 0; i < 30; i++) {
            model.scaleFont(1 / 1.15);
        }
        assertEquals(ExplorerViewModel.MIN_FONT_SCALE, model.fontScaleProperty().get());
    }

    @Test
    void exportWritesTheTidyTable() throws Exception {
        ManualSweep engine = new ManualSweep();
        ExplorerViewModel model = new ExplorerViewModel(engine, LimitSource.none(), UiThread.direct(), Runnable::run, new RecentFiles(folder.resolve("r")));
        Path csv = folder.resolve("results.csv");
        assertFalse(model.exportResults(csv));

        model.run();
        engine.listener.onMeasurements(List.of(new Measurement(64, 3, 1, 2, Quantity.DELTA_H, 0.5, false),
                new Measurement(64, 3, 1, 0, Quantity.LOSS, Double.NaN, true)));

        assertTrue(model.exportResults(csv));
        assertEquals(List.of("width,seed,step,layer,quantity,value,diverged", "64,3,1,2,dh,0.5,0",
                "64,3,1,,loss,NaN,1"), java.nio.file.Files.readAllLines(csv));
    }

    @Test
    void recentFilesAreNewestFirstWithoutRepeats() {
        RecentFiles recent = new RecentFiles(folder.resolve("config").resolve("recent.txt"));
        for (int i = 0; i < RecentFiles.MAX + 3; i++) {
            recent.add(folder.resolve("e" + i + ".json"));
        }
        recent.add(folder.resolve("e5.json"));

        List<Path> list = new RecentFiles(folder.resolve("config").resolve("recent.txt")).list();
        assertEquals(RecentFiles.MAX, list.size());
        assertEquals(folder.resolve("e5.json").toAbsolutePath(), list.get(0));
        assertEquals(1, list.stream().filter(p -> p.getFileName().toString().equals("e5.json")).count());
    }

    private static Experiment defaultExperiment() {
        return new ExperimentViewModel(new ParametrizationViewModel()).experimentProperty().get();
    }
}
