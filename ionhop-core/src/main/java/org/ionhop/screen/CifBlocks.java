package org.ionhop.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a CIF into its data blocks with a cell ({@code _cell_length_a}), each as a text of its own that keeps
 * the line numbers of the original (earlier lines are left blank), so that an error in block 7 names the line of
 * the file. A {@code data_} inside a semicolon text field is not a block start.
 */
final class CifBlocks {
    /** One data block: its name (after {@code data_}) and its text. */
    record Block(String name, String text) {
    }

    private CifBlocks() {
    }

    static List<Block> split(String cif) {
        String[] lines = cif.split("\\R", -1);
        List<int[]> ranges = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean inText = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith(";")) {
                inText = !inText;
                continue;
            }
            if (!inText && l.regionMatches(true, 0, "data_", 0, 5)) {
                if (!ranges.isEmpty()) {
                    ranges.get(ranges.size() - 1)[1] = i;
                }
                ranges.add(new int[] {i, lines.length});
                names.add(l.substring(5).strip());
            }
        }
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            int[] r = ranges.get(k);
            StringBuilder sb = new StringBuilder(cif.length() / Math.max(1, ranges.size()) + r[0]);
            boolean hasCell = false;
            for (int i = 0; i < r[0]; i++) {
                sb.append('\n');
            }
            for (int i = r[0]; i < r[1]; i++) {
                sb.append(lines[i]).append('\n');
                if (lines[i].strip().toLowerCase(Locale.ROOT).startsWith("_cell_length_a")) {
                    hasCell = true;
                }
            }
            if (hasCell) {
                out.add(new Block(names.get(k), sb.toString()));
            }
        }
        return out;
    }
}
