package org.widthlab.casestudies;

import java.util.function.BooleanSupplier;

/** Thrown out of a case study's computation when it is cancelled. */
final class Cancelled extends RuntimeException {

    Cancelled() {
        super("cancelled", null, false, false);
    }

    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
    }
}
