package org.widthlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.engine.DataSetKind;
import org.widthlab.theory.Preset;
import org.widthlab.theory.Regime;
import org.widthlab.theory.Verdict;

/** Lesson files: the built-in lessons, changes that carry over, and a broken file named with its step. */
class LessonFileTest {

    @TempDir
    Path folder;

    private static final String BASE = """
            { "format": "widthlab-lesson/1", "id": "%s", "title": "T", "summary": "S",
              "experiment": { "format": "widthlab-experiment/1",
                "parametrization": { "preset": "sp", "depth": 2, "activation": "tanh" },
                "data": { "set": "teacher", "inputDim": 8, "batch": 16 },
                "training": { "steps": 3, "learningRate": 0.1 }, "widths": [64, 128], "seeds": 1, "seed": 0,
                "measureNtk": false },
              "steps": [ %s ] }
            """;

    @Test
    void theBuiltInLessonsAreTheSevenOfTheIssueInOrder() {
        List<Lesson> lessons = Lessons.builtIn();

        assertEquals(List.of("why-width", "kernel-regime", "feature-learning", "dichotomy", "infinite-width-limit",
                "mutransfer", "why-it-matters"), lessons.stream().map(Lesson::id).toList());
        assertTrue(Lessons.all(folder).problems().isEmpty(), Lessons.all(folder).problems().toString());
        // lesson 6 runs a grid of learning rate × {SP, μP} over several widths; lesson 7 the few-shot case study
        org.widthlab.grid.Grid transfer = lessons.get(5).step(1).grid().orElseThrow();
        assertEquals(List.of(org.widthlab.grid.Axis.Kind.LEARNING_RATE, org.widthlab.grid.Axis.Kind.PRESET),
                transfer.axes().stream().map(a -> a.axis().kind()).toList());
        assertEquals(List.of("sp", "mup"), transfer.axes().get(1).values());
        assertTrue(transfer.base().widths().size() >= 3, "the best η needs several widths to have a slope");
        assertTrue(transfer.cells().size() <= 100, "a classroom grid computes in well under a minute: "
                + transfer.cells().size() + " cells");
        assertEquals(java.util.Optional.of("best"), lessons.get(5).step(2).chart());
        assertEquals(java.util.Optional.of("maml"), lessons.get(6).steps().get(1).caseStudy());
        for (Lesson lesson : lessons) {
            for (LessonStep step : lesson.steps()) {
                assertTrue(LessonFile.PAGES.contains(step.page()), lesson.id() + ": " + step.title());
            }
        }
        // lesson 1 is SP, unstable in training; lesson 4 walks through all five classes
        assertEquals(Regime.UNSTABLE_IN_TRAINING, Verdict.of(lessons.get(0).step(1).experiment().parametrization()).regime());
        assertEquals(java.util.Set.of(Regime.values()), lessons.get(3).steps().stream()
                .map(s -> Verdict.of(s.experiment().parametrization()).regime()).collect(java.util.stream.Collectors.toSet()));
        for (Lesson lesson : lessons) {
            for (LessonStep step : lesson.steps()) {
                assertFalse(step.caption().isBlank(), lesson.id() + ": " + step.title());
                assertFalse(step.question().isBlank(), lesson.id() + ": " + step.title());
            }
        }
    }

    @Test
    void aStepsChangeCarriesOverAndAParametrizationIsReplacedWhole() throws IOException {
        Lesson lesson = LessonFile.parse(BASE.formatted("x", """
                { "title": "one", "page": "training", "experiment": { "training": { "learningRate": 0.5 } } },
                { "title": "two", "page": "verdict",
                  "experiment": { "parametrization": { "preset": "mup", "depth": 2, "activation": "tanh" } } },
                { "title": "three", "page": "coordinate", "quantity": "dh", "step": 2, "text": ["a", "b"] }
                """), "test");

        assertEquals(0.5, lesson.step(1).experiment().learningRate());
        assertEquals(0.5, lesson.step(3).experiment().learningRate());
        assertEquals(Preset.MUP.at(2, org.widthlab.theory.Activation.TANH), lesson.step(2).experiment().parametrization());
        assertEquals(DataSetKind.TEACHER, lesson.step(3).experiment().dataSet());
        assertTrue(lesson.step(1).run());
        assertFalse(lesson.step(2).run());
        assertEquals("a b", lesson.step(3).text());
        assertEquals(2, lesson.step(3).step().getAsInt());
        assertThrows(IllegalArgumentException.class, () -> lesson.step(4));
    }

    @Test
    void aStepRunsAGridOverTheExperimentSoFarOrACaseStudy() throws IOException {
        Lesson lesson = LessonFile.parse(BASE.formatted("x", """
                { "title": "one", "page": "training", "experiment": { "training": { "learningRate": 0.5 } } },
                { "title": "grid", "page": "sweeps", "chart": "best",
                  "grid": { "axes": { "learningRate": [0.1, 1], "preset": ["sp", "mup"] }, "widths": "32..128" } },
                { "title": "study", "page": "casestudies", "caseStudy": "word2vec" }
                """), "test");

        org.widthlab.grid.Grid grid = lesson.step(2).grid().orElseThrow();
        assertEquals(List.of(32, 64, 128), grid.base().widths());
        assertEquals(DataSetKind.TEACHER, grid.base().dataSet());
        assertEquals(3, grid.base().steps(), "the grid's cells train as the lesson's experiment does");
        assertEquals(2 * 2 * 3, grid.cells().size());
        assertEquals(grid.base(), lesson.step(2).experiment());
        assertFalse(lesson.step(2).run(), "a grid step trains its cells, not a width sweep");
        assertEquals(java.util.Optional.of("word2vec"), lesson.step(3).caseStudy());
        assertTrue(lesson.step(1).grid().isEmpty() && lesson.step(1).caseStudy().isEmpty());
    }

    @Test
    void aGridOrACaseStudyOnTheWrongPageOrMissingIsNamed() {
        String[][] cases = {
            { "{ \"title\": \"a\", \"page\": \"sweeps\" }", "needs a \"grid\"" },
            { "{ \"title\": \"a\", \"page\": \"training\", \"grid\": { \"axes\": { \"preset\": [\"sp\"] } } }",
                "\"grid\" goes with" },
            { "{ \"title\": \"a\", \"page\": \"sweeps\", \"grid\": { \"axes\": { \"width\": [1] } } }", "\"grid\": " },
            { "{ \"title\": \"a\", \"page\": \"casestudies\", \"caseStudy\": \"mnist\" }", "got 'mnist'" },
            { "{ \"title\": \"a\", \"page\": \"casestudies\" }", "needs a \"caseStudy\"" },
            { "{ \"title\": \"a\", \"page\": \"casestudies\", \"caseStudy\": \"maml\", \"chart\": \"best\" }",
                "\"chart\" goes with a grid" },
        };
        for (String[] c : cases) {
            IOException e = assertThrows(IOException.class, () -> LessonFile.parse(BASE.formatted("x", c[0]), "f.json"));
            assertTrue(e.getMessage().contains("step 1") && e.getMessage().contains(c[1]), e.getMessage());
        }
    }

    @Test
    void aBrokenFileIsNamedWithItsStepAndTheOthersStay() throws IOException {
        Files.writeString(folder.resolve("good.json"), BASE.formatted("mine", "{ \"title\": \"a\", \"page\": \"feature\" }"));
        Files.writeString(folder.resolve("bad.json"), BASE.formatted("broken",
                "{ \"title\": \"a\", \"page\": \"feature\" }, { \"title\": \"b\", \"page\": \"charts\" }"));
        Files.writeString(folder.resolve("again.json"), BASE.formatted("why-width", "{ \"title\": \"a\", \"page\": \"feature\" }"));

        Lessons.Catalogue catalogue = Lessons.all(folder);

        assertTrue(catalogue.byId("mine").isPresent());
        assertTrue(catalogue.byId("broken").isEmpty());
        assertEquals(2, catalogue.problems().size(), catalogue.problems().toString());
        assertTrue(catalogue.problems().stream().anyMatch(p -> p.contains("bad.json") && p.contains("step 2")
                && p.contains("\"page\"")), catalogue.problems().toString());
        assertTrue(catalogue.problems().stream().anyMatch(p -> p.contains("again.json") && p.contains("why-width")));
    }
}
