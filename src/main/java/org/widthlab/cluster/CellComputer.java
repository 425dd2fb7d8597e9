package org.widthlab.cluster;

import java.io.Serializable;
import java.util.function.BooleanSupplier;
import org.widthlab.grid.CellComputation;
import org.widthlab.grid.GridCell;
import org.widthlab.linalg.MatrixKernel;
import org.widthlab.store.StoredCell;

/**
 * What a Spark task does with one cell: {@link CellComputation#compute}, the local grid's own computation,
 * in every real run ({@link #GRID}); shipped to the executors, hence serializable.
 */
@FunctionalInterface
interface CellComputer extends Serializable {

    CellComputer GRID = CellComputation::compute;

    StoredCell compute(GridCell cell, MatrixKernel kernel, BooleanSupplier cancelled);
}
