package org.ionhop.cli.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;

/** Plain-text table of screen rows: numbers with four significant digits, empty cells as "-". */
final class ScreenTable {
    private static final int MAX_WIDTH = 48;

    private ScreenTable() {
    }

    static String format(List<ScreenRow> rows, List<ScreenColumn> cols) {
        List<String[]> cells = new ArrayList<>();
        cells.add(cols.stream().map(ScreenColumn::columnName).toArray(String[]::new));
        for (ScreenRow r : rows) {
            cells.add(cols.stream().map(c -> cell(r.get(c))).toArray(String[]::new));
        }
        int[] w = new int[cols.size()];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                w[i] = Math.min(MAX_WIDTH, Math.max(w[i], row[i].length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                String v = row[i].length() > MAX_WIDTH ? row[i].substring(0, MAX_WIDTH - 1) + "…" : row[i];
                sb.append(String.format(Locale.ROOT, "%-" + w[i] + "s", v)).append(i + 1 < row.length ? "  " : "");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String cell(Object v) {
        if (v == null) {
            return "-";
        }
        if (v instanceof Double d) {
            double a = Math.abs(d);
            return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.3e", d)
                    : String.format(Locale.ROOT, "%.4g", d);
        }
        return v.toString();
    }
}
