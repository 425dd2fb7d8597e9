package org.widthlab.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.animation.AnimationTimer;

/**
 * How responsive the FX thread stays: the longest time between two of its frames while started, and the most
 * CPU time the thread itself spent between two frames. JavaFX draws a frame (a pulse) about 60 times a second
 * when the thread is free; anything the window does on the thread (handing results over, redrawing charts)
 * delays the next frame, and a gap over 50 ms is a visible stall. On a loaded machine a gap also grows while
 * the thread merely waits for a core; its CPU time between frames is the window's own work, whatever the load.
 * A diagnostic, for {@code window --grid FILE}; start and stop it on the FX thread. ({@link #whenSettled} also
 * tells when a window has finished opening, to start its warm-up then.)
 */
final class FrameGaps extends AnimationTimer {

    /** A gap longer than this is a visible stall (three frames at 60 Hz). */
    static final long STALL_NANOS = 50_000_000;

    /** Frames in a row, each within {@link #STALL_NANOS} of the last, after which a window counts as settled. */
    static final int SETTLED_FRAMES = 30;

    /** How long {@link #whenSettled} waits at most for a window that does not settle. */
    static final long SETTLE_LIMIT_NANOS = 10_000_000_000L;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long first;
    private long last;
    private long longest;
    private long longestAt;
    private long frames;
    private final java.util.List<Stall> stalls = new java.util.ArrayList<>();
    private long lastCpu = -1;
    private long longestBusy;
    private long longestBusyAt;
    private long busyStalls;

    @Override
    public void handle(long now) {
        long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        if (last == 0) {
            first = now;
        } else if (now - last > longest) {
            longest = now - last;
            longestAt = last - first;
        }
        if (last != 0 && now - last > STALL_NANOS) {
            stalls.add(new Stall((last - first) / 1e9, (now - last) / 1e6));
        }
        if (lastCpu >= 0 && cpu >= 0) {
            if (cpu - lastCpu > longestBusy) {
                longestBusy = cpu - lastCpu;
                longestBusyAt = last - first;
            }
            busyStalls += cpu - lastCpu > STALL_NANOS ? 1 : 0;
        }
        lastCpu = cpu;
        last = now;
        frames++;
    }

    /**
     * Runs {@code action} once the window has settled: {@link #SETTLED_FRAMES} frames in a row without a stall
     * (half a second at 60 Hz, as when a user starts something in a window that has finished opening), or after
     * {@link #SETTLE_LIMIT_NANOS} at most. Call it on the FX thread.
     */
    static void whenSettled(Runnable action) {
        new AnimationTimer() {
            private long start;
            private long last;
            private int calm;

            @Override
            public void handle(long now) {
                start = start == 0 ? now : start;
                calm = last != 0 && now - last <= STALL_NANOS ? calm + 1 : 0;
                last = now;
                if (calm >= SETTLED_FRAMES || now - start > SETTLE_LIMIT_NANOS) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** How long after the first frame the longest gap began. */
    double longestGapStartSeconds() {
        return longestAt / 1e9;
    }

    /** A gap longer than {@link #STALL_NANOS}: when it began (seconds after the first frame) and how long it was. */
    record Stall(double atSeconds, double millis) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.0f ms at %.1f s", millis, atSeconds);
        }
    }

    /** The gaps longer than {@link #STALL_NANOS}, in order. */
    java.util.List<Stall> stalls() {
        return java.util.List.copyOf(stalls);
    }

    double seconds() {
        return (last - first) / 1e9;
    }

    double longestGapMillis() {
        return longest / 1e6;
    }

    /** The most CPU time the FX thread spent between two frames (NaN where the JVM cannot tell). */
    double longestBusyMillis() {
        return lastCpu < 0 ? Double.NaN : longestBusy / 1e6;
    }

    /** How long after the first frame the frames with the most CPU time between them began. */
    double longestBusyStartSeconds() {
        return longestBusyAt / 1e9;
    }

    /** Between how many frames the FX thread itself worked longer than {@link #STALL_NANOS}. */
    long busyStalls() {
        return busyStalls;
    }

    long frames() {
        return frames;
    }
}
