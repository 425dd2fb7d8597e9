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
    void theBuiltInLessonsAreTheFiveOfTheIssueInOrder() {
        List<Lesson> lessons = Lessons.builtIn();

        assertEquals(List.of("why-width", "kernel-regime", "feature-learning", "dichotomy", "infinite-width-limit"),
                lessons.stream().map(Lesson::id).toList());
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
