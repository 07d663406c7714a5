package org.ionhop.trajectory;

/** Fast whitespace tokenising and number parsing for the hot loops of the readers. */
final class Tokens {
    private Tokens() {
    }

    /**
     * Splits a line on whitespace into {@code out}; returns the number of tokens (at most out.length, the
     * rest ignored).
     */
    static int split(String line, String[] out) {
        int n = 0;
        int len = line.length();
        int i = 0;
        while (i < len && n < out.length) {
            while (i < len && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            int start = i;
            while (i < len && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            out[n++] = line.substring(start, i);
        }
        return n;
    }

    /** Splits a whole line on whitespace. */
    static String[] split(String line) {
        String t = line.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * Parses the first {@code n} whitespace-separated numbers of a line into {@code out} without creating substrings;
     * returns how many were read (fewer than n if the line ends early), or -1 - index if token {@code index} is not a
     * finite number. Plain decimals with at most 15 significant digits take the fast path m / 10^k, which is correctly
     * rounded because m and 10^k are exact doubles (Clinger, PLDI 1990); anything else goes to Double.parseDouble.
     */
    static int parseNumbers(String line, int n, double[] out) {
        int len = line.length();
        int i = 0;
        for (int k = 0; k < n; k++) {
            while (i < len && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= len) {
                return k;
            }
            int start = i;
            while (i < len && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            double v = fast(line, start, i);
            if (Double.isNaN(v)) {
                try {
                    v = Double.parseDouble(line.substring(start, i));
                } catch (NumberFormatException e) {
                    return -1 - k;
                }
                // NaN and Infinity parse, but no coordinate can be either: treat them as "not a number".
                if (!Double.isFinite(v)) {
                    return -1 - k;
                }
            }
            out[k] = v;
        }
        return n;
    }

    /** m / 10^k for [-]digits[.digits] with at most 15 digits, otherwise NaN (use the slow path). */
    private static double fast(String s, int from, int to) {
        int i = from;
        boolean neg = false;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        long m = 0;
        int digits = 0;
        int frac = -1;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                digits++;
                if (frac >= 0) {
                    frac++;
                }
            } else if (c == '.' && frac < 0) {
                frac = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 15) {
            return Double.NaN;
        }
        double v = frac > 0 ? m / POW10[frac] : m;
        return neg ? -v : v;
    }
}
