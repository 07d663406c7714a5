package org.ionhop.spark;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;

/**
 * The Spark schemas of the output: {@code results} has exactly the {@link ScreenColumn} columns, in order, with the
 * types the local DuckDB store gives them (TEXT string, REAL double, INTEGER int, BOOLEAN boolean; all nullable);
 * {@code runs} has the columns of the store's runs table.
 */
final class ScreenSchema {
    /** Schema of the results dataset. */
    static final StructType RESULTS = results();
    /** Schema of the runs dataset. */
    static final StructType RUNS = new StructType(new StructField[] {
        DataTypes.createStructField("run_id", DataTypes.StringType, false),
        DataTypes.createStructField("settings_hash", DataTypes.StringType, false),
        DataTypes.createStructField("settings", DataTypes.StringType, false),
        DataTypes.createStructField("ionhop_version", DataTypes.StringType, false),
        DataTypes.createStructField("inputs", DataTypes.StringType, false),
        // NTZ: a plain UTC wall time, read by DuckDB as its TIMESTAMP (the store's type), not as TIMESTAMPTZ
        DataTypes.createStructField("started", DataTypes.TimestampNTZType, false),
        DataTypes.createStructField("finished", DataTypes.TimestampNTZType, true),
        DataTypes.createStructField("total", DataTypes.LongType, false),
        DataTypes.createStructField("skipped", DataTypes.LongType, false),
        DataTypes.createStructField("ok", DataTypes.LongType, false),
        DataTypes.createStructField("errors", DataTypes.LongType, false),
        DataTypes.createStructField("timeouts", DataTypes.LongType, false)});

    private ScreenSchema() {
    }

    private static StructType results() {
        List<StructField> fields = new ArrayList<>();
        for (ScreenColumn c : ScreenColumn.values()) {
            fields.add(DataTypes.createStructField(c.columnName(), type(c.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(ScreenColumn.Type t) {
        return switch (t) {
            case TEXT -> DataTypes.StringType;
            case REAL -> DataTypes.DoubleType;
            case INTEGER -> DataTypes.IntegerType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    /** A screen row as a Spark row (the values are already of the schema's Java types). */
    static Row toRow(ScreenRow r) {
        return RowFactory.create(r.values());
    }

    /** A Spark row of the results schema as a screen row. */
    static ScreenRow fromRow(Row row) {
        ScreenColumn[] cols = ScreenColumn.values();
        Object[] v = new Object[cols.length];
        for (int i = 0; i < cols.length; i++) {
            v[i] = row.isNullAt(row.fieldIndex(cols[i].columnName())) ? null : row.get(row.fieldIndex(cols[i].columnName()));
        }
        return ScreenRow.of(v);
    }
}
