package org.ionhop.landscape;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ionhop.structure.Element;

/**
 * Brown's accumulated table of bond-valence parameters, {@code bvparm2020.cif} (I. D. Brown, McMaster University,
 * 2020-11-25; bundled unchanged with its copyright notice, see {@code NOTICE-softbv.txt}): R0 and b of the bond
 * valence s = exp((R0 - R) / b) (Brown &amp; Altermatt, Acta Cryst. B 41 (1985) 244; Brown, "The Chemical Bond in
 * Inorganic Chemistry", 2002) for about 2000 cation-anion pairs, several rows per pair in decreasing order of
 * reliability, valence 9 meaning "any oxidation state".
 *
 * <p>{@link #lookup} takes, for a cation of valence q and an anion of valence qa, the first row with exactly these
 * valences that carries no condition (details {@code ?}; rows such as H-O "for s &lt; 0.5 vu" hold for one range of
 * bond lengths only), else the first row with these valences, else the first row of the cation with valence 9, else
 * the row of the nearest tabulated cation valence; the anion valence falls back likewise (O-1 of a peroxide takes
 * the O-2 row). The row used is returned with a note when it is a fallback.
 */
public final class BondValenceTable {
    private static final BondValenceTable BUNDLED = load();

    /**
     * One row of the table.
     *
     * @param cation  cation element
     * @param qc      cation valence (9 = any)
     * @param anion   anion element
     * @param qa      anion valence
     * @param r0A     R0 in Å
     * @param bA      b in Å
     * @param ref     the table's reference code
     * @param details the table's note ("?" for none)
     */
    public record Row(Element cation, int qc, Element anion, int qa, double r0A, double bA, String ref,
                      String details) {
        /** Whether the row carries no condition or warning. */
        boolean plain() {
            return "?".equals(details);
        }
    }

    /**
     * A looked-up pair.
     *
     * @param row  the row used
     * @param note empty when the row has the requested valences, else what was substituted
     */
    public record Match(Row row, String note) {
    }

    private final Map<String, List<Row>> byPair;

    private BondValenceTable(Map<String, List<Row>> byPair) {
        this.byPair = byPair;
    }

    /** The bundled table (loaded once, immutable). */
    public static BondValenceTable bundled() {
        return BUNDLED;
    }

    private static String key(Element c, Element a) {
        return c.symbol() + "|" + a.symbol();
    }

    /**
     * R0 and b of a cation (valence qc &gt; 0) bonded to an anion (valence qa &lt; 0), by the order of preference of
     * the class comment, or empty when the table has no row of the two elements.
     */
    public Optional<Match> lookup(Element cation, int qc, Element anion, int qa) {
        List<Row> rows = byPair.get(key(cation, anion));
        if (rows == null) {
            return Optional.empty();
        }
        Row exact = first(rows, qc, qa, true);
        if (exact == null) {
            exact = first(rows, qc, qa, false);
        }
        if (exact != null) {
            return Optional.of(new Match(exact, ""));
        }
        Row any = first(rows, 9, qa, true);
        if (any == null) {
            any = first(rows, 9, qa, false);
        }
        if (any != null) {
            return Optional.of(new Match(any, "row for any " + cation.symbol() + " valence"));
        }
        // nearest cation valence, then any anion valence (e.g. O-1 of a peroxide uses the O-2 row)
        Row best = null;
        for (Row r : rows) {
            if (best == null || score(r, qc, qa) < score(best, qc, qa)) {
                best = r;
            }
        }
        return Optional.of(new Match(best, "row of " + best.cation().symbol() + best.qc() + " / " + best.anion().symbol()
                + best.qa()));
    }

    private static int score(Row r, int qc, int qa) {
        int dc = r.qc() == 9 ? 0 : Math.abs(r.qc() - qc);
        return 100 * Math.abs(r.qa() - qa) + 10 * dc + (r.plain() ? 0 : 1);
    }

    private static Row first(List<Row> rows, int qc, int qa, boolean plainOnly) {
        for (Row r : rows) {
            if (r.qc() == qc && r.qa() == qa && (!plainOnly || r.plain())) {
                return r;
            }
        }
        return null;
    }

    /**
     * The eight fields of a data row of bvparm2020 (cation, its valence, anion, its valence, R0, b, reference code,
     * the rest of the line as details), or null when the line is not one: the symbols must look like element symbols
     * ("Li", "O"), the valences like integers and R0 and b like unsigned decimals. Scanned by hand rather than by a
     * regular expression, which cost a fifth of {@code info}'s start-up (issue 18, section 0); {@code
     * BondValenceTableTest} checks the two agree on every line of the file.
     */
    static String[] fields(String line) {
        String[] out = new String[8];
        int pos = 0;
        int n = line.length();
        for (int f = 0; f < 7; f++) {
            while (pos < n && Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            int start = pos;
            while (pos < n && !Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            if (start == pos || f < 6 && pos == n) {
                return null;
            }
            out[f] = line.substring(start, pos);
        }
        if (!isSymbol(out[0]) || !isInteger(out[1]) || !isSymbol(out[2]) || !isInteger(out[3])
                || !isDecimal(out[4]) || !isDecimal(out[5])) {
            return null;
        }
        out[7] = line.substring(pos).strip();
        return out;
    }

    private static boolean isSymbol(String t) {
        return (t.length() == 1 || t.length() == 2 && t.charAt(1) >= 'a' && t.charAt(1) <= 'z')
                && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z';
    }

    private static boolean isInteger(String t) {
        int i = t.startsWith("-") ? 1 : 0;
        if (i == t.length()) {
            return false;
        }
        for (; i < t.length(); i++) {
            if (!isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Digits, then at most one point followed by digits or nothing ("1.466", "2.", "3"). */
    private static boolean isDecimal(String t) {
        int i = 0;
        while (i < t.length() && isDigit(t.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i < t.length() && t.charAt(i) == '.') {
            i++;
            while (i < t.length() && isDigit(t.charAt(i))) {
                i++;
            }
        }
        return i == t.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static BondValenceTable load() {
        String resource = "/org/ionhop/landscape/bvparm2020.cif";
        InputStream in = BondValenceTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        Map<String, List<Row>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] g = fields(line);
                if (g == null) {
                    continue;
                }
                Optional<Element> c = Element.fromSymbol(g[0]);
                Optional<Element> a = Element.fromSymbol(g[2]);
                if (c.isEmpty() || a.isEmpty() || !c.get().symbol().equals(g[0]) || !a.get().symbol().equals(g[2])) {
                    continue;
                }
                int qa = Integer.parseInt(g[3]);
                if (qa >= 0) {
                    continue; // cation-cation rows and metal-metal bonds are not bond-valence rows of an anion
                }
                String details = g[7].isBlank() ? "?" : g[7].strip();
                out.computeIfAbsent(key(c.get(), a.get()), k -> new ArrayList<>()).add(new Row(c.get(),
                        Integer.parseInt(g[1]), a.get(), qa, Double.parseDouble(g[4]), Double.parseDouble(g[5]), g[6],
                        details));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Row>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new BondValenceTable(Map.copyOf(frozen));
    }
}
