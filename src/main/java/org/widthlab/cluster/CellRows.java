package org.widthlab.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.widthlab.engine.Measurement;
import org.widthlab.engine.Quantity;
import org.widthlab.grid.Axis;
import org.widthlab.grid.AxisValues;
import org.widthlab.grid.Grid;
import org.widthlab.grid.GridCell;
import org.widthlab.store.StoredCell;

/**
 * The tidy table of a grid's results as Spark rows (the layout of {@code ResultsFolder.PARQUET}): one row per
 * measurement — the grid's axes (learning rate as a double; depth, d, B, T as integers; exponents as exact
 * texts; names as texts), {@code width, seed, step, layer} (null where the quantity has none){@code ,
 * quantity, value, diverged}, then {@code cell} (the content key), {@code index} (the cell's place in the
 * grid) and {@code position} (the measurement's place in its cell) — {@code (index, position)} keys a row —
 * and the cell's {@code settings}, {@code seconds} and {@code kernel}.
 */
final class CellRows {

    static final String CELL = "cell";
    static final String INDEX = "index";
    static final String POSITION = "position";
    /** The tidy columns after the axes, as in a sweep's CSV. */
    static final List<String> MEASUREMENT_COLUMNS = List.of("width", "seed", "step", "layer", "quantity", "value",
            "diverged");

    private CellRows() {
    }

    static StructType schema(Grid grid) {
        List<StructField> fields = new ArrayList<>();
        for (AxisValues a : grid.axes()) {
            fields.add(DataTypes.createStructField(a.axis().id(), typeOf(a.axis()), false));
        }
        fields.add(DataTypes.createStructField("width", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("seed", DataTypes.LongType, false));
        fields.add(DataTypes.createStructField("step", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("layer", DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField("quantity", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("value", DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField("diverged", DataTypes.BooleanType, false));
        fields.add(DataTypes.createStructField(CELL, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(INDEX, DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField(POSITION, DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("settings", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("seconds", DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField("kernel", DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    private static DataType typeOf(Axis axis) {
        return switch (axis.kind()) {
            case LEARNING_RATE -> DataTypes.DoubleType;
            case DEPTH, INPUT_DIM, BATCH, STEPS -> DataTypes.IntegerType;
            default -> DataTypes.StringType;
        };
    }

    private static Object axisValue(Axis axis, String value) {
        return switch (axis.kind()) {
            case LEARNING_RATE -> Double.parseDouble(value);
            case DEPTH, INPUT_DIM, BATCH, STEPS -> Integer.parseInt(value);
            default -> value;
        };
    }

    /** The rows of one computed cell, in the order measured. */
    static List<Row> rows(Grid grid, GridCell cell, StoredCell result) {
        List<Row> rows = new ArrayList<>(result.measurements().size());
        int axes = grid.axes().size();
        int position = 0;
        for (Measurement m : result.measurements()) {
            Object[] values = new Object[axes + 13];
            for (int i = 0; i < axes; i++) {
                values[i] = axisValue(grid.axes().get(i).axis(), cell.point().get(i));
            }
            int c = axes;
            values[c++] = m.width();
            values[c++] = m.seed();
            values[c++] = m.step();
            values[c++] = m.layer() == 0 ? null : m.layer();
            values[c++] = m.quantity().id();
            values[c++] = m.value();
            values[c++] = m.diverged();
            values[c++] = result.key();
            values[c++] = cell.index();
            values[c++] = position++;
            values[c++] = result.settings();
            values[c++] = result.seconds();
            values[c] = result.kernel();
            rows.add(RowFactory.create(values));
        }
        return rows;
    }

    /** The cell that the rows of one grid cell (in any order) describe. */
    static StoredCell cell(Iterable<Row> rows) {
        List<Row> sorted = new ArrayList<>();
        rows.forEach(sorted::add);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a cell needs its rows");
        }
        sorted.sort(Comparator.comparingInt(r -> r.<Integer>getAs(POSITION)));
        List<Measurement> measurements = new ArrayList<>(sorted.size());
        for (Row r : sorted) {
            Integer layer = r.getAs("layer");
            measurements.add(new Measurement(r.<Integer>getAs("width"), r.<Long>getAs("seed"), r.<Integer>getAs("step"),
                    layer == null ? 0 : layer, Quantity.fromId(r.getAs("quantity")), r.<Double>getAs("value"),
                    r.<Boolean>getAs("diverged")));
        }
        Row first = sorted.get(0);
        return new StoredCell(first.getAs(CELL), first.getAs("settings"), first.<Integer>getAs("width"),
                first.<Long>getAs("seed"), measurements, first.<Double>getAs("seconds"), first.getAs("kernel"));
    }
}
