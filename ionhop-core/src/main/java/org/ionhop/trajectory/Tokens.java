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
}
