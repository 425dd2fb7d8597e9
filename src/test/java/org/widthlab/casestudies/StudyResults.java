package org.widthlab.casestudies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.widthlab.engine.SweepHandle;
import org.widthlab.engine.SweepOutcome;

/** A listener that keeps every result, and helpers to pick them out: for the studies' tests. */
final class StudyResults implements CaseStudyListener {

    final List<ModelResult> results = new ArrayList<>();
    SweepOutcome outcome;

    @Override
    public synchronized void onResults(List<ModelResult> finished) {
        results.addAll(finished);
    }

    @Override
    public void onFinished(SweepOutcome o) {
        outcome = o;
    }

    /** Runs a study to the end on the calling thread. */
    static StudyResults run(Function<CaseStudyListener, SweepHandle> start) throws InterruptedException {
        StudyResults r = new StudyResults();
        start.apply(r).await();
        return r;
    }

    Estimate get(String model, Integer width, String kernel, String metric) {
        return results.stream().filter(r -> r.model().equals(model) && java.util.Objects.equals(r.width(), width)
                && java.util.Objects.equals(r.kernel(), kernel) && r.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + model + " " + width + " " + kernel + " "
                        + metric + " in " + results)).estimate();
    }

    /** The results in a fixed order without their wall times, to compare two runs. */
    List<String> numbers() {
        return results.stream().map(r -> r.model() + " " + r.width() + " " + r.kernel() + " " + r.metric() + " "
                + r.estimate()).sorted().toList();
    }
}
