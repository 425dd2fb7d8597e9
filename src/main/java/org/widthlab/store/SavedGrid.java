package org.widthlab.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A grid the store remembers, so that the window can show earlier grids at once.
 *
 * @param id         a content hash of the definition (the same grid is remembered once)
 * @param name       what the user called it
 * @param definition the grid file's JSON text
 * @param lastRun    when it was last run
 */
public record SavedGrid(String id, String name, String definition, Instant lastRun) {

    public SavedGrid {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(lastRun, "lastRun");
    }
}
