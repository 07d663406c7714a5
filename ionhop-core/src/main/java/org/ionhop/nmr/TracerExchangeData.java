package org.ionhop.nmr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;

/**
 * A 6Li/7Li tracer-exchange table: the 6Li fraction of each component (electrolyte, electrode, interphase, ...)
 * against time. Columns separated by commas, semicolons, tabs or spaces; the first column is the time, the others
 * are 6Li fractions in [0, 1], one per component, named by a header line ({@code time electrolyte SEI electrode}).
 * Comment lines start with '#'; {@code # time_unit = s|min|h|d} sets the time unit (default s).
 *
 * @param source     file name
 * @param components component names (from the header, else "c1", "c2", ...)
 * @param timesS     times in s, increasing
 * @param fractions  6Li fractions, {@code fractions[component][row]}
 */
public record TracerExchangeData(String source, List<String> components, double[] timesS, double[][] fractions) {
    private static final Pattern SEP = Pattern.compile("[,;\\s]+");

    /** Validates shapes and copies. */
    public TracerExchangeData {
        components = List.copyOf(components);
        timesS = timesS.clone();
        double[][] c = new double[fractions.length][];
        for (int j = 0; j < fractions.length; j++) {
            if (fractions[j].length != timesS.length) {
                throw new IllegalArgumentException("component " + j + " has " + fractions[j].length + " values for "
                        + timesS.length + " times");
            }
            c[j] = fractions[j].clone();
        }
        fractions = c;
        if (components.size() != fractions.length) {
            throw new IllegalArgumentException(components.size() + " names for " + fractions.length + " components");
        }
    }

    /** Number of time points. */
    public int rows() {
        return timesS.length;
    }

    /** A copy of the times. */
    @Override
    public double[] timesS() {
        return timesS.clone();
    }

    /** A copy of component j's fractions. */
    public double[] fraction(int j) {
        return fractions[j].clone();
    }

    /** Reads a table file. */
    public static TracerExchangeData read(Path path) {
        try (TextSource src = TextSource.open(path)) {
            return read(src);
        }
    }

    /** Reads a table from an open source. */
    public static TracerExchangeData read(TextSource src) {
        double unit = 1;
        List<String> names = null;
        List<double[]> rows = new ArrayList<>();
        String line;
        while ((line = src.nextLine()) != null) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("#")) {
                String body = l.substring(1).strip();
                int eq = body.indexOf('=');
                if (eq > 0 && body.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("time_unit")) {
                    unit = unit(src, body.substring(eq + 1).strip());
                }
                continue;
            }
            String[] t = SEP.split(l);
            if (rows.isEmpty() && !isNumber(t[0])) {
                names = new ArrayList<>(List.of(t).subList(1, t.length));
                continue;
            }
            int cols = names != null ? names.size() + 1 : rows.isEmpty() ? t.length : rows.get(0).length;
            if (t.length != cols) {
                throw src.error("expected " + cols + " columns (time and one 6Li fraction per component), found "
                        + t.length);
            }
            double[] r = new double[cols];
            r[0] = src.parseDouble(t[0], "the time") * unit;
            if (!rows.isEmpty() && !(r[0] > rows.get(rows.size() - 1)[0])) {
                throw src.error("expected increasing times, found " + t[0] + " after a later or equal time");
            }
            for (int j = 1; j < cols; j++) {
                r[j] = src.parseDouble(t[j], "a 6Li fraction");
                if (r[j] < 0 || r[j] > 1) {
                    throw src.error("expected a 6Li fraction between 0 and 1, found " + t[j]);
                }
            }
            rows.add(r);
        }
        if (rows.isEmpty()) {
            throw new InputFormatException(src.name(), 0, "expected rows of time and 6Li fractions, found none");
        }
        int m = rows.get(0).length - 1;
        if (m < 1) {
            throw new InputFormatException(src.name(), 0, "expected a time column and at least one 6Li fraction "
                    + "column, found one column");
        }
        if (names == null) {
            names = new ArrayList<>();
            for (int j = 1; j <= m; j++) {
                names.add("c" + j);
            }
        }
        double[] times = new double[rows.size()];
        double[][] f = new double[m][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            times[i] = rows.get(i)[0];
            for (int j = 0; j < m; j++) {
                f[j][i] = rows.get(i)[j + 1];
            }
        }
        return new TracerExchangeData(src.name(), names, times, f);
    }

    private static double unit(TextSource src, String u) {
        return switch (u.toLowerCase(Locale.ROOT)) {
            case "s", "sec", "seconds" -> 1;
            case "min", "minutes" -> 60;
            case "h", "hours" -> 3600;
            case "d", "days" -> 86400;
            default -> throw src.error("expected time_unit = s, min, h or d, found '" + u + "'");
        };
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
