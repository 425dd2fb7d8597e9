package org.widthlab.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Turns anything that goes wrong into the one line a user reads, for the command line and the window alike:
 * bad input (a flag, a file, a size that will not fit: {@link IllegalArgumentException}, {@link IOException})
 * says what is wrong; anything else (a bug, running out of memory) says so in plain words and names the log
 * ({@link ProgramLog}) where the details went. Never a stack trace, never an exception's class name.
 */
public final class Failures {

    /** The exit code of bad input. */
    public static final int BAD_INPUT = 2;
    /** The exit code of work that failed for another reason. */
    public static final int FAILED = 1;

    /** The longest unbroken stretch of characters a message repeats (a 400-digit number is cut short). */
    static final int LONGEST_WORD = 60;
    /** The longest path a message repeats. */
    static final int LONGEST_PATH = 300;
    /** The longest message, in characters. */
    static final int LONGEST_MESSAGE = 600;

    private Failures() {
    }

    /** Whether {@code failure} is a problem with what the user gave, rather than with the program. */
    public static boolean isBadInput(Throwable failure) {
        return failure instanceof IllegalArgumentException || failure instanceof IOException
                || failure instanceof UncheckedIOException;
    }

    /** The exit code for {@code failure}: {@link #BAD_INPUT} or {@link #FAILED}. */
    public static int exitCode(Throwable failure) {
        return isBadInput(failure) ? BAD_INPUT : FAILED;
    }

    /**
     * The one line for {@code failure} of {@code what} (e.g. "widthlab sweep [--out r.csv]"): bad input says what is
     * wrong; anything else says "failed:" and its reason (its message, or that it is a bug), is written to
     * {@code log} with its stack trace as "WHAT failed: …", and the line names the log.
     */
    public static String describe(Throwable failure, String what, ProgramLog log) {
        if (isBadInput(failure)) {
            String message = failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null
                    ? unchecked.getMessage() : failure.getMessage();
            if (message != null && !message.isBlank()) {
                return oneLine(message);
            }
        }
        String reason;
        if (failure instanceof OutOfMemoryError) {
            reason = String.format(Locale.ROOT, "ran out of memory (this Java process may use %.1f GiB; a larger"
                    + " -Xmx gives it more, smaller sizes need less)", Runtime.getRuntime().maxMemory() / (double) (1L << 30));
        } else if (failure instanceof StackOverflowError) {
            reason = "ran out of stack space";
        } else if (failure.getMessage() != null && !failure.getMessage().isBlank()) {
            reason = "failed: " + oneLine(failure.getMessage());
        } else {
            reason = "failed: an unexpected error (a bug in WidthLab; please report it with the log)";
        }
        boolean logged;
        try {
            logged = log.append(oneLine(what) + " failed: " + reason, failure);
        } catch (RuntimeException | Error e) {
            logged = false;
        }
        return reason + (logged ? " (details in " + log.file() + ")" : "");
    }

    /**
     * {@code text} made fit for one line on a terminal: line breaks and tabs become spaces, other control
     * characters escapes, every word longer than {@value #LONGEST_WORD} characters is cut short (a path, with a
     * {@code /}, may be {@value #LONGEST_PATH}), and the whole is at most {@value #LONGEST_MESSAGE} characters.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            StringBuilder visible = new StringBuilder();
            word.codePoints().forEach(c -> {
                if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    visible.append(String.format(Locale.ROOT, "\\u%04x", c));
                } else {
                    visible.appendCodePoint(c);
                }
            });
            int longest = visible.indexOf("/") >= 0 || visible.indexOf("\\") >= 0 ? LONGEST_PATH : LONGEST_WORD;
            if (visible.codePointCount(0, visible.length()) > longest) {
                int cut = visible.offsetByCodePoints(0, longest);
                int more = visible.codePointCount(cut, visible.length());
                visible.setLength(cut);
                visible.append("…(").append(more).append(" more)");
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(visible);
            if (out.length() > LONGEST_MESSAGE) {
                return out.substring(0, LONGEST_MESSAGE) + "…";
            }
        }
        return out.toString();
    }
}
