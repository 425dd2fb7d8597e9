package org.widthlab.lessons;

import java.util.List;
import java.util.Objects;

/**
 * A lesson: a short sequence of steps, each setting an experiment and choosing what is on screen, with a few
 * sentences, what to notice and a question for the class. Read from a lesson file ({@link LessonFile}).
 *
 * @param id      a stable name ({@code why-width}): {@code window --lesson ID}
 * @param title   what the Lessons menu shows
 * @param summary one sentence: what the class will see
 * @param steps   at least one
 * @param source  where it was read from (a resource inside the program, or a file)
 */
public record Lesson(String id, String title, String summary, List<LessonStep> steps, String source) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
    }

    /** Step k, counted from 1 as the teacher and {@code --step} count. */
    public LessonStep step(int k) {
        if (k < 1 || k > steps.size()) {
            throw new IllegalArgumentException("lesson " + id + " has steps 1.." + steps.size() + ", not " + k);
        }
        return steps.get(k - 1);
    }
}
