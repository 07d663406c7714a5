package org.ionhop.cli.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import org.ionhop.cli.screen.ResultsStore;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;

/**
 * Results stores for the tests of the screen page, written through the CLI's {@link ResultsStore} (the same table
 * that {@code ionhop screen} writes): row 0 is a real file (so that a click leads to a runnable structure), the
 * others synthetic with seeded random values.
 */
final class StoreFixture {
    private StoreFixture() {
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code n} rows: row 0 for {@code realFile} through {@link ResultsStore#accept} (as a screen writes it),
     * the rest synthetic in one SQL statement (row-by-row inserts of 100,000 rows would take minutes), with values
     * from a hash of the row number, so that every store of the same size is the same.
     */
    static Path write(Path store, Path realFile, int n) {
        try (ResultsStore db = ResultsStore.open(store)) {
            Object[] v = new Object[ScreenColumn.values().length];
            put(v, ScreenColumn.INPUT_SHA256, sha256(realFile));
            put(v, ScreenColumn.FILE, realFile.toAbsolutePath().toString());
            put(v, ScreenColumn.BLOCK, "LiFePO4");
            put(v, ScreenColumn.SETTINGS_HASH, "fixture");
            put(v, ScreenColumn.IONHOP_VERSION, "0.1.0");
            put(v, ScreenColumn.STATUS, "ok");
            put(v, ScreenColumn.FORMULA, "LiFePO4");
            put(v, ScreenColumn.SPACE_GROUP, "Pnma");
            put(v, ScreenColumn.VOLUME_A3, 299.4);
            put(v, ScreenColumn.MOBILE_ION, "Li");
            put(v, ScreenColumn.VOLUME_PER_ANION_A3, 18.7);
            put(v, ScreenColumn.BARRIER_1D_EV, 0.3935);
            put(v, ScreenColumn.BARRIER_2D_EV, 3.403);
            put(v, ScreenColumn.BARRIER_3D_EV, 3.421);
            put(v, ScreenColumn.DIMENSIONALITY, 1);
            db.accept(ScreenRow.of(v));
            db.commit();
        }
        // u(k) in [0, 1): a hash of the row number and a salt
        String u = "((hash(i * 7919 + %d) %% 1000003) / 1000003.0)";
        String sql = "INSERT INTO results (input_sha256, file, block, settings_hash, ionhop_version, status, message, "
                + "seconds, formula, formula_units_Z, space_group, volume_A3, density_g_cm3, num_sites, mobile_ion, "
                + "mobile_ion_count, volume_per_anion_A3, partial_occupancy, barrier_1d_eV, barrier_2d_eV, barrier_3d_eV, "
                + "dimensionality, sigma_300K_S_cm, Ea_eV) SELECT printf('%064x', i), 'synthetic/s' || i || '.cif', "
                + "'b' || i, 'fixture', '0.1.0', CASE WHEN " + u.formatted(1) + " < 0.05 THEN 'error' ELSE 'ok' END, "
                + "NULL, 10 * " + u.formatted(2) + ", "
                + "['Li3PS4','Li7La3Zr2O12','Li10GeP2S12','LiCoO2','Li6PS5Cl','Na3PS4'][1 + CAST(floor(6 * " + u.formatted(3)
                + ") AS INTEGER)], 1 + CAST(floor(8 * " + u.formatted(4) + ") AS INTEGER), 'P 1', "
                + "100 + 900 * " + u.formatted(5) + ", 2 + 3 * " + u.formatted(6) + ", 10 + CAST(floor(100 * "
                + u.formatted(7) + ") AS INTEGER), 'Li', 1 + floor(16 * " + u.formatted(8) + "), 10 + 30 * "
                + u.formatted(9) + ", " + u.formatted(10) + " < 0.2, 0.1 + 1.5 * " + u.formatted(11) + ", 0.7 + 1.5 * "
                + u.formatted(12) + ", 1.2 + 1.5 * " + u.formatted(13) + ", 1 + CAST(floor(3 * " + u.formatted(14)
                + ") AS INTEGER), pow(10, -12 + 10 * " + u.formatted(15) + "), 0.1 + 1.2 * " + u.formatted(16)
                + " FROM range(1, " + n + ") t(i)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    private static void put(Object[] v, ScreenColumn c, Object value) {
        v[c.ordinal()] = value;
    }

    /** Writes a store of n rows at the path in args[0] (for measuring the screen page by hand). */
    public static void main(String[] args) {
        write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    }
}
