package org.widthlab.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-over to the UI thread: one pending hand-over, items in order, only the latest progress, finish last. */
class UiHandOverTest {

    /** A UI thread that runs its actions only when told to, as a frame would. */
    private final List<Runnable> queued = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();

    private void frame() {
        List<Runnable> now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void manyReportsBetweenTwoFramesArriveAsOneBatchWithTheLatestProgress() {
        UiHandOver<Integer, String> handOver = new UiHandOver<>(queued::add,
                (items, latest) -> seen.add(items + " " + latest));
        handOver.add(List.of(1, 2));
        handOver.progress("10%");
        handOver.add(List.of(3));
        handOver.progress("20%");
        assertEquals(1, queued.size(), "one hand-over pending however many reports");
        frame();
        assertEquals(List.of("[1, 2, 3] 20%"), seen);

        handOver.add(List.of(4));
        handOver.finish(() -> seen.add("finished"));
        frame();
        assertEquals(List.of("[1, 2, 3] 20%", "[4] null", "finished"), seen, "what is queued comes before the end");
        frame();
        assertEquals(3, seen.size(), "an empty hand-over delivers nothing");
    }
}
