package org.ionhop.screen;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of a screen: a value (or null) per {@link ScreenColumn}. Immutable; built with {@link Builder}.
 * Values are {@code String}, {@code Double}, {@code Integer} or {@code Boolean} as the column's type says;
 * non-finite numbers are stored as null.
 */
public final class ScreenRow {
    private static final ScreenColumn[] COLUMNS = ScreenColumn.values();
    private final Object[] values;

    private ScreenRow(Object[] values) {
        this.values = values;
    }

    /** The value of a column, or null. */
    public Object get(ScreenColumn c) {
        return values[c.ordinal()];
    }

    /** A numeric column as a double (NaN when empty). */
    public double number(ScreenColumn c) {
        Object v = values[c.ordinal()];
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** A text column ("" when empty). */
    public String text(ScreenColumn c) {
        Object v = values[c.ordinal()];
        return v == null ? "" : v.toString();
    }

    /** The status column. */
    public String status() {
        return text(ScreenColumn.STATUS);
    }

    /** The values in column order (a copy). */
    public Object[] values() {
        return values.clone();
    }

    /** The values by column. */
    public Map<ScreenColumn, Object> asMap() {
        Map<ScreenColumn, Object> m = new EnumMap<>(ScreenColumn.class);
        for (ScreenColumn c : COLUMNS) {
            m.put(c, values[c.ordinal()]);
        }
        return m;
    }

    /** A row from values in column order (as read back from a store). */
    public static ScreenRow of(Object[] values) {
        if (values.length != COLUMNS.length) {
            throw new IllegalArgumentException("expected " + COLUMNS.length + " values, got " + values.length);
        }
        Builder b = new Builder();
        for (ScreenColumn c : COLUMNS) {
            b.set(c, values[c.ordinal()]);
        }
        return b.build();
    }

    /** A copy with the values of the wall-clock column cleared: for comparing rows of different runs. */
    public ScreenRow withoutTiming() {
        Object[] v = values.clone();
        v[ScreenColumn.SECONDS.ordinal()] = null;
        return new ScreenRow(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScreenRow r && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ScreenRow{");
        for (ScreenColumn c : COLUMNS) {
            if (values[c.ordinal()] != null) {
                sb.append(c.columnName()).append('=').append(values[c.ordinal()]).append(", ");
            }
        }
        return sb.append('}').toString();
    }

    /** Collects a row's values, checking each against its column's type. */
    public static final class Builder {
        private final Object[] values = new Object[COLUMNS.length];

        /** Sets a column; numbers are converted to the column's type, non-finite ones to null. */
        public Builder set(ScreenColumn c, Object v) {
            values[c.ordinal()] = coerce(c, v);
            return this;
        }

        /** The row. */
        public ScreenRow build() {
            return new ScreenRow(values.clone());
        }

        private static Object coerce(ScreenColumn c, Object v) {
            if (v == null) {
                return null;
            }
            return switch (c.type()) {
                case TEXT -> v.toString();
                case REAL -> {
                    double d = ((Number) v).doubleValue();
                    yield Double.isFinite(d) ? d : null;
                }
                case INTEGER -> ((Number) v).intValue();
                case BOOLEAN -> (Boolean) v;
            };
        }
    }
}
