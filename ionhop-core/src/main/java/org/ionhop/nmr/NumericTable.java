package org.ionhop.nmr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;

/**
 * The NMR input format: a text table of numbers separated by commas, semicolons, tabs or spaces. Lines starting
 * with '#' are comments; non-numeric lines before the first row are a header (the last one gives column names);
 * every data row must have at least the columns of the first. Streamed through {@link TextSource}; a bad row is an
 * {@link InputFormatException} with its line number.
 *
 * @param source  file name
 * @param names   column names (from the header, or "c1", "c2", ...)
 * @param columns values, columns[j][i] = column j of row i
 * @param metadata settings stated in comment lines as {@code # key = value} (keys lower-case), e.g.
 *                 {@code # larmor_mhz = 116.6}
 */
public record NumericTable(String source, List<String> names, double[][] columns, Map<String, String> metadata) {
    private static final Pattern SEP = Pattern.compile("[,;\\s]+");

    /** A metadata value as a number, or NaN when absent. */
    public double number(String key) {
        String v = metadata.get(key);
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new InputFormatException(source, 0, "expected a number for '" + key + "', found '" + v + "'");
        }
    }

    /** Number of rows. */
    public int rows() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    /** Column j (a copy). */
    public double[] column(int j) {
        if (j >= columns.length) {
            throw new InputFormatException(source, 0, "expected at least " + (j + 1) + " columns, found "
                    + columns.length);
        }
        return columns[j].clone();
    }

    /** Reads a file. */
    public static NumericTable read(Path path) {
        try (TextSource src = TextSource.open(path)) {
            return read(src);
        }
    }

    /** Reads from a source. */
    public static NumericTable read(TextSource src) {
        List<String> names = null;
        Map<String, String> meta = new LinkedHashMap<>();
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        for (String line = src.nextLine(); line != null; line = src.nextLine()) {
            String s = line.strip();
            if (s.startsWith("#")) {
                int eq = s.indexOf('=');
                if (eq > 1) {
                    meta.put(s.substring(1, eq).strip().toLowerCase(Locale.ROOT), s.substring(eq + 1).strip());
                }
                continue;
            }
            if (s.isEmpty()) {
                continue;
            }
            String[] tok = SEP.split(s);
            if (width < 0 && !isNumber(tok[0])) {
                names = List.of(tok);
                continue;
            }
            if (width < 0) {
                width = tok.length;
            }
            if (tok.length < width) {
                throw src.error("expected " + width + " numbers, found " + tok.length);
            }
            double[] row = new double[width];
            for (int j = 0; j < width; j++) {
                row[j] = src.parseDouble(tok[j], "column " + (j + 1));
                if (!Double.isFinite(row[j])) {
                    throw src.error("expected a finite number in column " + (j + 1) + ", found '" + tok[j] + "'");
                }
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new InputFormatException(src.name(), src.lineNumber(), "expected rows of numbers, found none");
        }
        double[][] cols = new double[width][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < width; j++) {
                cols[j][i] = rows.get(i)[j];
            }
        }
        List<String> n = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            n.add(names != null && j < names.size() ? names.get(j) : "c" + (j + 1));
        }
        return new NumericTable(src.name(), n, cols, Map.copyOf(meta));
    }

    private static boolean isNumber(String t) {
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
