package org.widthlab.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reading a file a user names (an experiment, a grid, a result table), refusing before it is opened what
 * cannot be one: a folder, a device such as {@code /dev/zero}, a pipe (which would block), a socket, or a
 * file larger than the kind of file can be. Every refusal is one message naming the file and the reason.
 */
public final class InputFiles {

    /** The largest experiment or grid file: they hold a few settings (a saved one is under 1 KB). */
    public static final long MAX_SETTINGS_BYTES = 1 << 20;

    private InputFiles() {
    }

    /**
     * The text of {@code file}, in UTF-8.
     *
     * @param what     what the file should be, for messages: "an experiment file"
     * @param maxBytes the largest such file
     * @throws IOException naming the file and why it cannot be read
     */
    public static String readText(Path file, String what, long maxBytes) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder, not " + what);
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": is not a regular file (a device, a pipe or a socket), so not " + what);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + IoMessages.reason(e) + ")", e);
        }
        if (bytes.length > maxBytes) {
            throw new IOException(String.format(Locale.ROOT, "%s: is larger than %s, too large for %s", file,
                    size(maxBytes), what));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not a text file in UTF-8", e);
        }
    }

    /**
     * The one JSON value in {@code text} ({@link Json#readStrict}).
     *
     * @throws IOException naming the file, the line and column, and what is wrong
     */
    public static JsonNode readJson(Path file, String text) throws IOException {
        try {
            return Json.readStrict(text);
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON (" + where(e.getLocation()) + problem(e) + ")", e);
        }
    }

    /** What the parser found wrong, without the parser's own class and option names. */
    private static String problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage());
            return m.contains("nesting depth") ? "nested deeper than " + Json.MAX_NESTING + " levels"
                    : m.contains("Number value length") ? "a number longer than " + Json.MAX_NUMBER_LENGTH + " digits"
                    : m.contains("String value length") ? "a text longer than " + Json.MAX_STRING_LENGTH + " characters"
                    : "larger than a settings file can be";
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Trailing token")) {
            return "more follows the end of the JSON value: a file holds one";
        }
        int detail = message.indexOf(" (from `");
        detail = detail < 0 ? message.indexOf(" (bound as `") : detail;
        return Failures.oneLine(detail < 0 ? message : message.substring(0, detail));
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes >= 1 << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
    }
}
