package org.ionhop.cli.screen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;
import org.ionhop.screen.ScreenSink;

/**
 * The embedded results store of a screen: one DuckDB database file with a table {@code results} (one typed column
 * per {@link ScreenColumn}, keyed by input hash, block and settings hash) and a table {@code runs} (settings,
 * version, start and end, counts). Rows are written in transactions by one thread; DuckDB's write-ahead log makes a
 * committed transaction survive a crash, and an uncommitted one vanish whole, so a row is never half-written and a
 * rerun recomputes only what was not committed. Rows under other settings are kept beside, never overwritten.
 */
public final class ResultsStore implements ScreenSink, AutoCloseable {
    /** Column list of the results table, in {@link ScreenColumn} order. */
    static final String COLUMNS = columnList();

    private final Path file;
    private final Connection db;
    private final PreparedStatement insert;
    private Set<String> storedKeys = Set.of();
    private String storedHash = "";

    private ResultsStore(Path file, Connection db) throws SQLException {
        this.file = file;
        this.db = db;
        createTables();
        db.setAutoCommit(false);
        this.insert = db.prepareStatement("INSERT INTO results (" + COLUMNS + ") VALUES ("
                + "?,".repeat(ScreenColumn.values().length - 1) + "?) ON CONFLICT DO NOTHING");
    }

    /** Opens (creating if needed) a store file. */
    public static ResultsStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new ResultsStore(file, DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalArgumentException(file + ": cannot open as a results store (" + oneLine(e) + ")", e);
        }
    }

    /** Opens an existing store read-only (show, export, report). */
    public static ResultsStore openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such results store");
        }
        return open(file);
    }

    private static String columnList() {
        StringJoiner j = new StringJoiner(", ");
        for (ScreenColumn c : ScreenColumn.values()) {
            j.add(quote(c.columnName()));
        }
        return j.toString();
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private void createTables() throws SQLException {
        StringJoiner cols = new StringJoiner(", ");
        for (ScreenColumn c : ScreenColumn.values()) {
            cols.add(quote(c.columnName()) + " " + sqlType(c.type()));
        }
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS results (" + cols
                    + ", PRIMARY KEY (input_sha256, block, settings_hash))");
            // a store made by an older ionhop lacks the columns added since: add them, empty (SQL NULL)
            Set<String> present = columnsOf(st, "SELECT * FROM results LIMIT 0");
            for (ScreenColumn c : ScreenColumn.values()) {
                if (!present.contains(c.columnName())) {
                    st.execute("ALTER TABLE results ADD COLUMN IF NOT EXISTS " + quote(c.columnName()) + " "
                            + sqlType(c.type()));
                }
            }
            st.execute("CREATE TABLE IF NOT EXISTS runs (run_id VARCHAR PRIMARY KEY, settings_hash VARCHAR, "
                    + "settings VARCHAR, ionhop_version VARCHAR, inputs VARCHAR, started TIMESTAMP, finished TIMESTAMP, "
                    + "total BIGINT, skipped BIGINT, ok BIGINT, errors BIGINT, timeouts BIGINT)");
        }
    }

    /** The column names a query returns (run with {@code LIMIT 0} to read only the schema). */
    private static Set<String> columnsOf(Statement st, String query) throws SQLException {
        Set<String> out = new HashSet<>();
        try (ResultSet rs = st.executeQuery(query)) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.add(md.getColumnName(i));
            }
        }
        return out;
    }

    /**
     * The select list of every {@link ScreenColumn}, in order, from a source that has the columns {@code present}:
     * a column the source lacks (a store or Parquet output of an older ionhop) is selected as a typed NULL.
     */
    static String selectList(Set<String> present) {
        StringJoiner j = new StringJoiner(", ");
        for (ScreenColumn c : ScreenColumn.values()) {
            j.add(present.contains(c.columnName()) ? quote(c.columnName())
                    : "CAST(NULL AS " + sqlType(c.type()) + ") AS " + quote(c.columnName()));
        }
        return j.toString();
    }

    private static String sqlType(ScreenColumn.Type t) {
        return switch (t) {
            case TEXT -> "VARCHAR";
            case REAL -> "DOUBLE";
            case INTEGER -> "INTEGER";
            case BOOLEAN -> "BOOLEAN";
        };
    }

    /** The store's file. */
    public Path file() {
        return file;
    }

    /** The connection, for queries of the show/export/report commands (read from one thread). */
    Connection connection() {
        return db;
    }

    @Override
    public synchronized boolean has(String inputKey, String settingsHash) {
        if (!settingsHash.equals(storedHash)) {
            storedKeys = keys(settingsHash);
            storedHash = settingsHash;
        }
        return storedKeys.contains(inputKey);
    }

    private Set<String> keys(String settingsHash) {
        Set<String> out = new HashSet<>();
        try (PreparedStatement q = db.prepareStatement(
                "SELECT input_sha256, block FROM results WHERE settings_hash = ?")) {
            q.setString(1, settingsHash);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "#" + rs.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store " + file + ": " + oneLine(e), e);
        }
    }

    @Override
    public synchronized void accept(ScreenRow row) {
        try {
            ScreenColumn[] cols = ScreenColumn.values();
            for (int i = 0; i < cols.length; i++) {
                bind(insert, i + 1, cols[i], row.get(cols[i]));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write to the store " + file + ": " + oneLine(e), e);
        }
    }

    private static void bind(PreparedStatement p, int i, ScreenColumn c, Object v) throws SQLException {
        if (v == null) {
            p.setNull(i, switch (c.type()) {
                case TEXT -> Types.VARCHAR;
                case REAL -> Types.DOUBLE;
                case INTEGER -> Types.INTEGER;
                case BOOLEAN -> Types.BOOLEAN;
            });
            return;
        }
        switch (c.type()) {
            case TEXT -> p.setString(i, (String) v);
            case REAL -> p.setDouble(i, (Double) v);
            case INTEGER -> p.setInt(i, (Integer) v);
            case BOOLEAN -> p.setBoolean(i, (Boolean) v);
        }
    }

    @Override
    public synchronized void commit() {
        try {
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot commit to the store " + file + ": " + oneLine(e), e);
        }
    }

    /** Records a run (settings, version, inputs, times, counts) in one transaction. */
    public synchronized void recordRun(String runId, String settingsHash, String settings, String version,
                                       String inputs, Instant started, Instant finished, long[] counts) {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO runs VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, runId);
            p.setString(2, settingsHash);
            p.setString(3, settings);
            p.setString(4, version);
            p.setString(5, inputs);
            p.setTimestamp(6, Timestamp.from(started));
            p.setTimestamp(7, finished == null ? null : Timestamp.from(finished));
            for (int k = 0; k < 5; k++) {
                p.setLong(8 + k, counts[k]);
            }
            p.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the run in " + file + ": " + oneLine(e), e);
        }
    }

    /** Every row, ordered by file and block (for tests and exports). */
    public List<ScreenRow> rows(String where, String orderBy, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM results" + (where == null || where.isBlank() ? "" : " WHERE " + where)
                + " ORDER BY " + (orderBy == null || orderBy.isBlank() ? "file, block, settings_hash" : orderBy)
                + (limit > 0 ? " LIMIT " + limit : "");
        List<ScreenRow> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ScreenColumn[] cols = ScreenColumn.values();
            while (rs.next()) {
                Object[] v = new Object[cols.length];
                for (int i = 0; i < cols.length; i++) {
                    Object o = rs.getObject(i + 1);
                    v[i] = o instanceof Number n && cols[i].type() == ScreenColumn.Type.INTEGER ? n.intValue() : o;
                }
                out.add(ScreenRow.of(v));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalArgumentException("query failed on " + file + ": " + oneLine(e), e);
        }
    }

    /** Copies the rows (and runs) of other stores into this one; rows already here are kept. */
    public synchronized long merge(List<Path> others) {
        long before = count();
        try (Statement st = db.createStatement()) {
            int k = 0;
            for (Path o : others) {
                if (!Files.isRegularFile(o)) {
                    throw new IllegalArgumentException(o + ": no such results store");
                }
                String alias = "m" + k++;
                db.commit();
                db.setAutoCommit(true);
                st.execute("ATTACH " + literal(o.toAbsolutePath().toString()) + " AS " + alias + " (READ_ONLY)");
                db.setAutoCommit(false);
                String cols = selectList(columnsOf(st, "SELECT * FROM " + alias + ".results LIMIT 0"));
                st.execute("INSERT INTO results (" + COLUMNS + ") SELECT " + cols + " FROM " + alias
                        + ".results ON CONFLICT DO NOTHING");
                st.execute("INSERT INTO runs SELECT * FROM " + alias + ".runs ON CONFLICT DO NOTHING");
                db.commit();
                db.setAutoCommit(true);
                st.execute("DETACH " + alias);
                db.setAutoCommit(false);
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot merge into " + file + ": " + oneLine(e), e);
        }
        return count() - before;
    }

    /**
     * Loads the output of the Spark screen ({@code DIR/results} and {@code DIR/runs}, Parquet datasets with the
     * columns of this store's tables) with DuckDB's Parquet reader; rows and runs already here are kept.
     *
     * @return rows added
     */
    public synchronized long importParquet(Path dir) {
        Path results = dir.resolve("results");
        if (!hasParquet(results)) {
            throw new IllegalArgumentException(dir + ": expected the output folder of the Spark screen, with Parquet "
                    + "files in results/");
        }
        long before = count();
        try (Statement st = db.createStatement()) {
            String source = "read_parquet(" + literal(results.toAbsolutePath() + "/*.parquet") + ")";
            String cols = selectList(columnsOf(st, "SELECT * FROM " + source + " LIMIT 0"));
            st.execute("INSERT INTO results (" + COLUMNS + ") SELECT " + cols + " FROM " + source
                    + " ON CONFLICT DO NOTHING");
            Path runs = dir.resolve("runs");
            if (hasParquet(runs)) {
                st.execute("INSERT INTO runs SELECT run_id, settings_hash, settings, ionhop_version, inputs, started, "
                        + "finished, total, skipped, ok, errors, timeouts FROM read_parquet("
                        + literal(runs.toAbsolutePath() + "/*.parquet") + ") ON CONFLICT DO NOTHING");
            }
            db.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IllegalArgumentException(dir + ": cannot import (" + oneLine(e) + ")", e);
        }
        return count() - before;
    }

    private static boolean hasParquet(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var s = Files.list(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the import's error is the one to report
        }
    }

    /** Number of rows. */
    public long count() {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM results")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows of " + file + ": " + oneLine(e), e);
        }
    }

    /**
     * Exports the results table with DuckDB's own writers (Parquet with zstd, CSV with a header, JSON lines), to a
     * temporary file renamed into place, so a failed export leaves no half-written file.
     */
    public void export(Path target, String format) {
        String options = switch (format) {
            case "parquet" -> "(FORMAT parquet, COMPRESSION zstd)";
            case "csv" -> "(FORMAT csv, HEADER true)";
            case "jsonl" -> "(FORMAT json)";
            default -> throw new IllegalArgumentException("unknown export format " + format
                    + "; expected parquet, csv or jsonl");
        };
        try {
            Path abs = target.toAbsolutePath();
            Path up = abs.getParent();
            Path parent = up == null ? Path.of(".") : up;
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".ionhop-export", "." + format);
            Files.delete(tmp);
            try (Statement st = db.createStatement()) {
                st.execute("COPY (SELECT " + COLUMNS + " FROM results ORDER BY file, block, settings_hash) TO "
                        + literal(tmp.toString()) + " " + options);
            }
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot export to " + target + ": " + oneLine(e), e);
        }
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public synchronized void close() {
        try {
            if (!db.getAutoCommit()) {
                db.commit();
            }
            insert.close();
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the store " + file + ": " + oneLine(e), e);
        }
    }
}
