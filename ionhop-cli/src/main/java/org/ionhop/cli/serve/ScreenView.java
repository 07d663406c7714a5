package org.ionhop.cli.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.screen.ScreenColumn;

/**
 * A results store of {@code ionhop screen}, opened read-only, as the screen page sees it: rows sorted, filtered and
 * paged by DuckDB (so a page of a 100,000-row store costs one indexed-free scan of a column, milliseconds), and
 * points for a scatter plot. Column names come only from {@link ScreenColumn}; values of filters are bound as
 * parameters, never spliced into SQL.
 */
final class ScreenView implements AutoCloseable {
    /** Largest page of rows. */
    static final int MAX_LIMIT = 1000;
    /** Most points of a scatter plot (a seeded sample beyond that). */
    static final int MAX_POINTS = 20000;

    /** A condition on a column: {@code col:op:value} in a request. */
    record Filter(ScreenColumn column, String op, String value) {
    }

    private final Path file;
    private final Connection db;

    ScreenView(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such results store");
        }
        this.file = file;
        try {
            Properties p = new Properties();
            p.setProperty("duckdb.read_only", "true");
            this.db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw new IllegalArgumentException(file + ": cannot open as a results store ("
                    + Analyses.oneLine(e.getMessage()) + ")", e);
        }
    }

    Path file() {
        return file;
    }

    /** The columns with type and description. */
    static ArrayNode columns() {
        ArrayNode a = Json.mapper().createArrayNode();
        for (ScreenColumn c : ScreenColumn.values()) {
            ObjectNode o = a.addObject();
            o.put("name", c.columnName());
            o.put("type", c.type().name().toLowerCase(Locale.ROOT));
            o.put("description", c.description());
        }
        return a;
    }

    static ScreenColumn column(String name) {
        for (ScreenColumn c : ScreenColumn.values()) {
            if (c.columnName().equals(name)) {
                return c;
            }
        }
        throw new BadRequest(400, "unknown column \"" + name + "\"");
    }

    /** Parses {@code col:op:value} ({@code value} may contain colons). */
    static Filter filter(String spec) {
        String[] p = spec.split(":", 3);
        if (p.length < 2) {
            throw new BadRequest(400, "filter: expected column:op:value, got " + spec);
        }
        ScreenColumn c = column(p[0]);
        String op = p[1];
        if (!List.of("eq", "ne", "lt", "le", "gt", "ge", "contains", "null", "notnull").contains(op)) {
            throw new BadRequest(400, "filter " + spec + ": op must be eq, ne, lt, le, gt, ge, contains, null or notnull");
        }
        if (p.length < 3 && !op.endsWith("null")) {
            throw new BadRequest(400, "filter " + spec + ": missing value");
        }
        if (c.type() != ScreenColumn.Type.TEXT && p.length == 3 && !op.endsWith("null")) {
            try {
                Double.parseDouble(p[2]);
            } catch (NumberFormatException e) {
                if (c.type() != ScreenColumn.Type.BOOLEAN) {
                    throw new BadRequest(400, "filter " + spec + ": expected a number");
                }
            }
        }
        return new Filter(c, op, p.length == 3 ? p[2] : null);
    }

    private static String where(List<Filter> filters) {
        if (filters.isEmpty()) {
            return "";
        }
        List<String> conds = new ArrayList<>();
        for (Filter f : filters) {
            String col = '"' + f.column().columnName() + '"';
            conds.add(switch (f.op()) {
                case "eq" -> col + " = ?";
                case "ne" -> col + " <> ?";
                case "lt" -> col + " < ?";
                case "le" -> col + " <= ?";
                case "gt" -> col + " > ?";
                case "ge" -> col + " >= ?";
                case "contains" -> "CAST(" + col + " AS VARCHAR) ILIKE ?";
                case "null" -> col + " IS NULL";
                default -> col + " IS NOT NULL";
            });
        }
        return " WHERE " + String.join(" AND ", conds);
    }

    private static int bind(PreparedStatement ps, List<Filter> filters) throws SQLException {
        int i = 1;
        for (Filter f : filters) {
            if (f.op().endsWith("null")) {
                continue;
            }
            switch (f.column().type()) {
                case REAL -> ps.setDouble(i++, Double.parseDouble(f.value()));
                case INTEGER -> ps.setLong(i++, (long) Double.parseDouble(f.value()));
                case BOOLEAN -> ps.setBoolean(i++, Boolean.parseBoolean(f.value()) || f.value().equals("1"));
                case TEXT -> ps.setString(i++, f.op().equals("contains")
                        ? "%" + f.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                        : f.value());
            }
        }
        return i;
    }

    /** One page of rows: {@code total} (matching the filters), {@code offset}, {@code columns}, {@code rows}. */
    synchronized ObjectNode rows(List<Filter> filters, ScreenColumn sort, boolean descending, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequest(400, "paging: expected offset >= 0 and 1 <= limit <= " + MAX_LIMIT);
        }
        String where = where(filters);
        ObjectNode out = Json.object();
        try {
            try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM results" + where)) {
                bind(ps, filters);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put("total", rs.getLong(1));
                }
            }
            out.put("offset", offset);
            ArrayNode names = out.putArray("columns");
            for (ScreenColumn c : ScreenColumn.values()) {
                names.add(c.columnName());
            }
            // ties broken by the key, so that paging through equal values is stable
            String order = " ORDER BY \"" + sort.columnName() + "\"" + (descending ? " DESC" : " ASC")
                    + " NULLS LAST, input_sha256, block, settings_hash";
            // the page's row ids first (a sort of the key columns only), then the page's rows in full
            try (PreparedStatement ps = db.prepareStatement("SELECT * FROM results WHERE rowid IN (SELECT rowid FROM "
                    + "results" + where + order + " LIMIT ? OFFSET ?)" + order)) {
                int i = bind(ps, filters);
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                ArrayNode rows = out.putArray("rows");
                try (ResultSet rs = ps.executeQuery()) {
                    // a store of an older ionhop, opened read-only here, may lack newer columns: shown empty
                    java.util.Set<String> present = new java.util.HashSet<>();
                    for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                        present.add(rs.getMetaData().getColumnName(k));
                    }
                    while (rs.next()) {
                        ArrayNode r = rows.addArray();
                        for (ScreenColumn c : ScreenColumn.values()) {
                            if (present.contains(c.columnName())) {
                                add(r, rs, c);
                            } else {
                                r.addNull();
                            }
                        }
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new BadRequest(500, "query failed on " + file.getFileName() + ": " + Analyses.oneLine(e.getMessage()));
        }
    }

    private static void add(ArrayNode r, ResultSet rs, ScreenColumn c) throws SQLException {
        Object v = rs.getObject(c.columnName());
        if (v == null) {
            r.addNull();
        } else if (v instanceof Number n) {
            if (c.type() == ScreenColumn.Type.REAL) {
                double d = n.doubleValue();
                if (Double.isFinite(d)) {
                    r.add(d);
                } else {
                    r.addNull();
                }
            } else {
                r.add(n.longValue());
            }
        } else if (v instanceof Boolean b) {
            r.add(b);
        } else {
            r.add(v.toString());
        }
    }

    /**
     * Points (x, y, row key) of the rows matching the filters where both are numbers; a seeded sample of at most
     * {@code limit} when there are more, so that the same request gives the same picture.
     */
    synchronized ObjectNode points(List<Filter> filters, ScreenColumn x, ScreenColumn y, int limit) {
        for (ScreenColumn c : List.of(x, y)) {
            if (c.type() == ScreenColumn.Type.TEXT) {
                throw new BadRequest(400, c.columnName() + ": not a numeric column");
            }
        }
        if (limit < 1 || limit > MAX_POINTS) {
            throw new BadRequest(400, "limit: expected 1 to " + MAX_POINTS);
        }
        String where = where(filters);
        String both = "\"" + x.columnName() + "\" IS NOT NULL AND \"" + y.columnName() + "\" IS NOT NULL";
        where = where.isEmpty() ? " WHERE " + both : where + " AND " + both;
        ObjectNode out = Json.object();
        try {
            long total;
            try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM results" + where)) {
                bind(ps, filters);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            out.put("total", total);
            // hash of the key as a deterministic pseudo-random order: the sample is the same on every request
            String sql = "SELECT CAST(\"" + x.columnName() + "\" AS DOUBLE), CAST(\"" + y.columnName()
                    + "\" AS DOUBLE), input_sha256, block, formula FROM results" + where
                    + (total > limit ? " ORDER BY hash(input_sha256 || block || settings_hash) LIMIT " + limit : "");
            ArrayNode xs = out.putArray("x");
            ArrayNode ys = out.putArray("y");
            ArrayNode keys = out.putArray("key");
            ArrayNode labels = out.putArray("formula");
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                bind(ps, filters);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        xs.add(rs.getDouble(1));
                        ys.add(rs.getDouble(2));
                        keys.add(rs.getString(3) + "#" + rs.getString(4));
                        labels.add(rs.getString(5));
                    }
                }
            }
            out.put("sampled", total > limit);
            return out;
        } catch (SQLException e) {
            throw new BadRequest(500, "query failed on " + file.getFileName() + ": " + Analyses.oneLine(e.getMessage()));
        }
    }

    /** The row of a key ({@code sha256#block}): its file, mobile ion and status, or null. */
    synchronized Map<String, String> row(String key) {
        int hash = key.indexOf('#');
        if (hash < 0) {
            throw new BadRequest(400, "key: expected sha256#block");
        }
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT file, mobile_ion, status FROM results WHERE input_sha256 = ? AND block = ? LIMIT 1")) {
            ps.setString(1, key.substring(0, hash));
            ps.setString(2, key.substring(hash + 1));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String ion = rs.getString(2);
                return Map.of("file", rs.getString(1), "mobile_ion", ion == null ? "" : ion,
                        "status", String.valueOf(rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new BadRequest(500, "query failed: " + Analyses.oneLine(e.getMessage()));
        }
    }

    /** Number of rows. */
    synchronized long count() {
        try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM results");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new BadRequest(500, "query failed: " + Analyses.oneLine(e.getMessage()));
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing a read-only connection at shutdown: nothing to save, nothing to report
        }
    }
}
