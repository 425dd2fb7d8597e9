package org.widthlab.ui.casestudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.widthlab.casestudies.CaseStudyListener;
import org.widthlab.casestudies.Estimate;
import org.widthlab.casestudies.MamlSettings;
import org.widthlab.casestudies.ModelResult;
import org.widthlab.casestudies.Word2VecSettings;
import org.widthlab.engine.SweepHandle;
import org.widthlab.engine.SweepOutcome;
import org.widthlab.ui.model.UiThread;

/** The case-studies page's state without a window: the fields, the settings they make, the run and its results. */
class CaseStudyViewModelTest {

    /** Studies that report to the test: each start is recorded with its settings and listener, nothing runs. */
    private static final class Started {
        final List<Object> settings = new ArrayList<>();
        final List<CaseStudyListener> listeners = new ArrayList<>();
        int cancels;

        CaseStudyViewModel model() {
            return new CaseStudyViewModel(UiThread.direct(), s -> listener -> {
                settings.add(s);
                listeners.add(listener);
                return new SweepHandle() {
                    @Override
                    public void cancel() {
                        cancels++;
                    }

                    @Override
                    public SweepOutcome await() {
                        return null;
                    }
                };
            });
        }
    }

    private static ModelResult width(int n, double accuracy) {
        return new ModelResult(ModelResult.WIDTH, n, null, "accuracy", new Estimate(accuracy, accuracy - 0.02,
                accuracy + 0.02), 1);
    }

    @Test
    void eachStudyAndSizeStartsFromItsPresetWithTheSeedOnScreen() {
        Started started = new Started();
        CaseStudyViewModel model = started.model();
        assertEquals(CaseStudyViewModel.Study.MAML, model.studyProperty().get());
        String classroomWidths = model.widthsProperty().get();
        assertEquals(String.join(", ", MamlSettings.classroom().widths().stream().map(String::valueOf).toList()),
                classroomWidths);

        model.seedProperty().set("7");
        model.run();
        MamlSettings maml = (MamlSettings) started.settings.get(0);
        assertEquals(7, maml.training().seed());
        assertEquals(7, ((MamlSettings.Synthetic) maml.data()).classes().seed());
        assertEquals(MamlSettings.classroom().training().metaSteps(), maml.training().metaSteps());

        model.studyProperty().set(CaseStudyViewModel.Study.WORD2VEC);
        model.sizeProperty().set(CaseStudyViewModel.Size.FULL);
        started.listeners.get(0).onFinished(new SweepOutcome(SweepOutcome.Status.COMPLETED, 0, 1, ""));
        model.run();
        Word2VecSettings w = (Word2VecSettings) started.settings.get(1);
        assertEquals(Word2VecSettings.defaults().widths(), w.widths());
        assertEquals(7, w.training().seed());
        assertEquals(((Word2VecSettings.Synthetic) Word2VecSettings.defaults().data()).corpus().tokens(),
                ((Word2VecSettings.Synthetic) w.data()).corpus().tokens());
    }

    @Test
    void aBadFieldIsNamedAndRunCannotStart() {
        Started started = new Started();
        CaseStudyViewModel model = started.model();
        assertFalse(model.runDisabled().get());

        model.widthsProperty().set("64, 16");
        assertTrue(model.runDisabled().get());
        assertTrue(model.widthsErrorProperty().get().contains("increasing"), model.widthsErrorProperty().get());
        model.run();
        assertTrue(started.settings.isEmpty(), "nothing starts with a bad field");

        model.widthsProperty().set("2..32");
        assertEquals("", model.errorProperty().get());
        model.seedProperty().set("one");
        assertFalse(model.seedErrorProperty().get().isEmpty());
        assertTrue(model.errorProperty().get().startsWith("Seed: "), model.errorProperty().get());
        model.seedProperty().set("3");
        model.run();
        assertEquals(List.of(2, 4, 8, 16, 32), ((MamlSettings) started.settings.get(0)).widths());

        model.studyProperty().set(CaseStudyViewModel.Study.WORD2VEC);
        model.corpusProperty().set(Path.of("text8"));
        assertTrue(model.errorProperty().get().contains("analogy file"), model.errorProperty().get());
    }

    @Test
    void resultsStreamInAndAreMarkedStaleWhenTheSettingsChange() {
        Started started = new Started();
        CaseStudyViewModel model = started.model();
        model.run();
        assertTrue(model.runningProperty().get());
        assertTrue(model.runDisabled().get(), "one run at a time");
        CaseStudyListener listener = started.listeners.get(0);
        listener.onResults(List.of(width(2, 0.3)));
        listener.onProgress(0.5, "n = 8", 10);
        assertEquals(1, model.results().size());
        assertEquals(0.5, model.progressProperty().get());
        assertTrue(model.statusProperty().get().contains("about 10 s left"), model.statusProperty().get());
        assertFalse(model.staleProperty().get(), "a running study is not stale");

        model.cancel();
        assertEquals(1, started.cancels);
        listener.onFinished(new SweepOutcome(SweepOutcome.Status.CANCELLED, 0, 11, ""));
        assertFalse(model.runningProperty().get());
        assertEquals(1, model.results().size(), "what finished stays");
        assertFalse(model.staleProperty().get());

        model.seedProperty().set("2");
        assertTrue(model.staleProperty().get());
        model.seedProperty().set("1");
        assertFalse(model.staleProperty().get(), "the same settings again are those of the results");

        model.run();
        assertTrue(model.results().isEmpty(), "a new run clears the old results");
        started.listeners.get(1).onFinished(new SweepOutcome(SweepOutcome.Status.FAILED, 0, 1, "out of memory"));
        assertEquals("failed: out of memory", model.statusProperty().get());
    }
}
