package org.widthlab.input;

/**
 * A text that is not a value of the kind asked for. The message says what is wrong and what to write
 * instead, and quotes at most {@value #QUOTED} characters of the text.
 */
public final class InputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The longest stretch of a user's text a message repeats. */
    static final int QUOTED = 40;

    public InputException(String message) {
        super(message);
    }

    /** {@code 'text'}, shortened to {@value #QUOTED} characters with an ellipsis. */
    public static String quote(String text) {
        String t = text.strip();
        return "'" + (t.length() <= QUOTED ? t : t.substring(0, QUOTED) + "…") + "'";
    }
}
