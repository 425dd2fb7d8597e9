package org.widthlab.engine;

/**
 * One measured value of a width sweep: a row of the tidy result table
 * {@code width,seed,step,layer,quantity,value,diverged}. Immutable; streamed from the engine thread
 * to listeners as each (width, seed, step) completes.
 *
 * @param width    n
 * @param seed     the seed of this run
 * @param step     t = 0..T
 * @param layer    1..L for a per-layer quantity, 0 otherwise
 * @param quantity what was measured
 * @param value    the value (may be non-finite once a run diverges)
 * @param diverged whether this run had diverged by this step
 */
public record Measurement(int width, long seed, int step, int layer, Quantity quantity, double value,
        boolean diverged) {

    public Measurement {
        if (quantity.perLayer() != (layer > 0)) {
            throw new IllegalArgumentException(quantity.id() + (quantity.perLayer() ? " needs a layer" : " has no layer"));
        }
    }
}
