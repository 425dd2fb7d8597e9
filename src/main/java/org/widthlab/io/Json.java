package org.widthlab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapper of WidthLab: experiment files, result summaries and the command line's output. */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    static final int MAX_NESTING = 64;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_STRING_LENGTH = 100_000;

    /**
     * Reads exactly one JSON value: anything after it, or a key given twice in one object, is an error, and so
     * is what no settings file holds (nesting deeper than {@value #MAX_NESTING}, a number of more than
     * {@value #MAX_NUMBER_LENGTH} digits, a text of more than {@value #MAX_STRING_LENGTH} characters).
     */
    private static final ObjectReader STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                            .maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH).build())
                    .build())
            .build().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Json() {
    }

    /**
     * The one JSON value in {@code text}.
     *
     * @throws JsonProcessingException when the text is not one JSON value, has something after it, or repeats a key
     */
    public static JsonNode readStrict(String text) throws JsonProcessingException {
        return STRICT.readTree(text);
    }
}
