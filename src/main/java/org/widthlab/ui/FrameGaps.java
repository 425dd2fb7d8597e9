package org.widthlab.ui;

import javafx.animation.AnimationTimer;

/**
 * How responsive the FX thread stays: the longest time between two of its frames while started. JavaFX
 * draws a frame (a pulse) about 60 times a second when the thread is free; anything the window does on the
 * thread (handing results over, redrawing charts) delays the next frame, and a gap over 50 ms is a visible
 * stall. A diagnostic, for {@code window --grid FILE}; start and stop it on the FX thread.
 */
final class FrameGaps extends AnimationTimer {

    /** A gap longer than this is a visible stall (three frames at 60 Hz). */
    static final long STALL_NANOS = 50_000_000;

    private long first;
    private long last;
    private long longest;
    private long longestAt;
    private long frames;
    private long stalls;

    @Override
    public void handle(long now) {
        if (last == 0) {
            first = now;
        } else if (now - last > longest) {
            longest = now - last;
            longestAt = last - first;
        }
        if (last != 0 && now - last > STALL_NANOS) {
            stalls++;
        }
        last = now;
        frames++;
    }

    /** How long after the first frame the longest gap began. */
    double longestGapStartSeconds() {
        return longestAt / 1e9;
    }

    /** How many gaps were longer than {@link #STALL_NANOS}. */
    long stalls() {
        return stalls;
    }

    double seconds() {
        return (last - first) / 1e9;
    }

    double longestGapMillis() {
        return longest / 1e6;
    }

    long frames() {
        return frames;
    }
}
