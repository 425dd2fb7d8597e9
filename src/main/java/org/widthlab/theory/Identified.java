package org.widthlab.theory;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A choice named by a short id, as written on the command line and in experiment files ({@code mup}, {@code relu}). */
public interface Identified {

    String id();

    /**
     * The choice among {@code values} whose id is {@code id}, ignoring case and surrounding blanks.
     *
     * @param what what a choice is, for the message ("preset", "activation", ...)
     * @throws IllegalArgumentException naming the unknown id and listing the choices
     */
    static <T extends Identified> T byId(T[] values, String id, String what) {
        String key = id.strip();
        return Arrays.stream(values).filter(v -> v.id().equalsIgnoreCase(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + id + "' (choose one of "
                        + Arrays.stream(values).map(Identified::id).collect(Collectors.joining(", ")) + ")"));
    }
}
