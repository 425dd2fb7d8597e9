package org.widthlab.lessons;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.widthlab.engine.Experiment;
import org.widthlab.engine.Quantity;
import org.widthlab.grid.Grid;

/**
 * One step of a lesson: the experiment on screen, what the window shows of it, and what the teacher says.
 *
 * @param title     a short heading ("One step of training")
 * @param experiment the experiment the step sets (its results are computed ahead, see {@link #run})
 * @param page      the page to show: {@code verdict}, {@code coordinate}, {@code feature}, {@code training},
 *                  {@code phase}, {@code sweeps}, {@code casestudies} (the window's page ids)
 * @param quantity  for the coordinate check: the quantity to show
 * @param step      for the coordinate check: the training step t to show
 * @param highlight the exponent to point at in the panel ({@code c}, {@code a3}, {@code b2}), if any
 * @param phaseX    for the phase diagram: the exponent on the horizontal axis ({@code a3}, {@code c}), if any
 * @param phaseY    likewise for the vertical axis
 * @param text      a few sentences of explanation (may hold TeX between dollar signs)
 * @param notice    what to notice on screen
 * @param question  a question for the class
 * @param caption   the one line presenter mode shows under the chart
 * @param run       whether the step shows trained networks of its experiment's width sweep (false for the verdict,
 *                  the phase diagram, the sweeps and the case studies)
 * @param grid      for the sweeps page: the grid the step runs (its base is {@code experiment}); cells already in the
 *                  results store show at once
 * @param chart     for the sweeps page: {@code transfer} (μTransfer curves, the default), {@code heatmap} or
 *                  {@code best} (best value against width)
 * @param caseStudy for the case-studies page: the study the step runs at its classroom size, one of
 *                  {@link LessonFile#CASE_STUDIES}
 */
public record LessonStep(String title, Experiment experiment, String page, Optional<Quantity> quantity,
        OptionalInt step, Optional<String> highlight, Optional<String> phaseX, Optional<String> phaseY, String text,
        String notice, String question, String caption, boolean run, Optional<Grid> grid,
        Optional<String> chart, Optional<String> caseStudy) {

    public LessonStep {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(caseStudy, "caseStudy");
    }
}
