package org.ionhop.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.ionhop.structure.Element;

/** The hand-written row scanner of {@link BondValenceTable} against a regular expression of the same grammar. */
class BondValenceTableTest {
    /** The grammar of a bvparm2020 data row as a regular expression (the reader's former implementation). */
    private static final Pattern ROW = Pattern.compile(
            "^([A-Z][a-z]?)\\s+(-?\\d+)\\s+([A-Z][a-z]?)\\s+(-?\\d+)\\s+(\\d+\\.?\\d*)\\s+(\\d+\\.?\\d*)\\s+(\\S+)\\s*(.*)$");

    @Test
    void scannerAgreesWithTheRegularExpressionOnEveryLineOfTheBundledTable() throws IOException {
        int rows = 0;
        int lines = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                BondValenceTable.class.getResourceAsStream("/org/ionhop/landscape/bvparm2020.cif"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines++;
                Matcher m = ROW.matcher(line.strip());
                String[] f = BondValenceTable.fields(line);
                if (!m.matches()) {
                    assertNull(f, () -> "scanner accepted a line the grammar rejects");
                    continue;
                }
                rows++;
                String[] expected = new String[8];
                for (int g = 1; g <= 8; g++) {
                    expected[g - 1] = m.group(g);
                }
                expected[7] = expected[7].strip();
                assertArrayEquals(expected, f, line);
            }
        }
        // bvparm2020 has a few thousand parameter rows among its header lines
        assertTrue(rows > 1000 && lines > rows, rows + " rows of " + lines + " lines");
    }

    @Test
    void scannerRejectsMalformedRows() {
        assertNull(BondValenceTable.fields("Li 1 O -2 1.466"));
        assertNull(BondValenceTable.fields("LI 1 O -2 1.466 0.37 a"));
        assertNull(BondValenceTable.fields("Li one O -2 1.466 0.37 a"));
        assertNull(BondValenceTable.fields("Li 1 O -2 -1.466 0.37 a"));
        assertNull(BondValenceTable.fields("Li 1 O -2 1.4.6 0.37 a"));
        assertNull(BondValenceTable.fields("_valence_param_atom_1"));
        assertArrayEquals(new String[] {"Li", "1", "O", "-2", "1.466", "0.37", "a", ""},
                BondValenceTable.fields("  Li 1 O -2 1.466 0.37 a  "));
    }

    @Test
    void lithiumOxygenRowIsBrownsValue() {
        // I. D. Brown, bvparm2020.cif: Li+ - O2- R0 = 1.466 Å, b = 0.37 Å (Brown and Altermatt 1985)
        BondValenceTable.Row row = BondValenceTable.bundled().lookup(Element.Li, 1, Element.O, -2).orElseThrow().row();
        assertEquals(1.466, row.r0A(), 1e-12);
        assertEquals(0.37, row.bA(), 1e-12);
    }
}
