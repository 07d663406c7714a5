package org.ionhop.impedance;

import java.util.regex.Pattern;

import org.ionhop.io.TextSource;

/** Splitting and number parsing shared by the spectrum readers (decimal commas, mixed separators). */
final class Tokens {
    private static final Pattern TAB_OR_SEMI = Pattern.compile("\\s*[\\t;]\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Tokens() {
    }

    /**
     * Splits a data line. Tabs or semicolons, when present, are the separators and commas inside a field are
     * decimal commas (Gamry and EC-Lab in German or French locales); otherwise commas separate (CSV); otherwise
     * whitespace.
     */
    static String[] split(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return new String[0];
        }
        if (s.indexOf('\t') >= 0 || s.indexOf(';') >= 0) {
            return TAB_OR_SEMI.split(s);
        }
        if (s.indexOf(',') >= 0) {
            return COMMA.split(s);
        }
        return SPACE.split(s);
    }

    /** Parses a number, accepting a decimal comma. */
    static double number(TextSource src, String token, String what) {
        return src.parseDouble(token.strip().replace(',', '.'), what);
    }

    /** Whether a token reads as a number (with a decimal point or comma). */
    static boolean isNumber(String token) {
        String t = token.strip().replace(',', '.');
        if (t.isEmpty()) {
            return false;
        }
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Index of the column whose name (trimmed) equals this one, ignoring case; -1 if none. */
    static int column(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
