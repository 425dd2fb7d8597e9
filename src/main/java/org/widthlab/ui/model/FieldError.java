package org.widthlab.ui.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invalid field of a form, tied to the field by its id (the id of its control, e.g. {@code batch},
 * {@code a2}).
 *
 * @param field  the id of the field
 * @param reason what is wrong with its value
 */
public record FieldError(String field, String reason) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    /** What the first error about {@code field} says, if any is. */
    public static Optional<String> reasonFor(List<FieldError> errors, String field) {
        return errors.stream().filter(e -> e.field.equals(field)).map(FieldError::reason).findFirst();
    }

    /** "field: reason", as the form's error line shows it. */
    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
