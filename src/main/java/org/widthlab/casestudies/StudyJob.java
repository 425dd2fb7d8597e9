package org.widthlab.casestudies;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * One model of a case study: trains it and measures it.
 *
 * @param label what runs, for progress ("n = 256", "μP limit")
 * @param cost  its expected work in arbitrary units, for progress (e.g. tokens × width)
 * @param work  the computation: given the cancellation flag and a sink for its own fraction done, its results
 */
record StudyJob(String label, double cost, Work work) {

    @FunctionalInterface
    interface Work {
        /** @throws Cancelled when cancelled turns true */
        List<ModelResult> run(BooleanSupplier cancelled, DoubleConsumer fractionDone);
    }
}
