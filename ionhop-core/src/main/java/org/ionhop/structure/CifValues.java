package org.ionhop.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionhop.io.InputFormatException;

/**
 * Typed access to the values of one CIF data block, with errors that name the file and line: numbers may carry
 * standard uncertainties, {@code 5.4321(12)}, which are dropped.
 */
final class CifValues {
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)(?:\\((\\d+)\\))?");

    final String file;
    final CifBlock block;

    CifValues(String file, CifBlock block) {
        this.file = file;
        this.block = block;
    }

    /** The number under a required tag. */
    double number(String tag, String what) {
        CifBlock.Value v = block.value(tag).orElseThrow(() -> new InputFormatException(file, block.line(),
                "expected " + tag + " (" + what + ") in data block " + block.name() + ", found none"));
        return parseNumber(v, what + " (" + tag + ")");
    }

    /** A value as a finite number. */
    double parseNumber(CifBlock.Value v, String what) {
        Matcher m = NUMBER.matcher(v.text());
        if (v.isMissing() || !m.matches()) {
            throw new InputFormatException(file, v.line(), "expected " + what + " as a number, found '"
                    + v.text() + "'");
        }
        double d = Double.parseDouble(m.group(1));
        if (!Double.isFinite(d)) {
            throw new InputFormatException(file, v.line(), "expected " + what + " as a finite number, found '"
                    + v.text() + "'");
        }
        return d;
    }

    /**
     * Half the last printed decimal of a number, the bound of its rounding: 0.0005 for {@code 0.333} or
     * {@code 0.3330(2)}'s 0.00005. Integers and exponent forms count as exact (0).
     */
    static double roundingHalfWidth(CifBlock.Value v) {
        Matcher m = NUMBER.matcher(v.text());
        if (v.isMissing() || !m.matches()) {
            return 0;
        }
        String t = m.group(1);
        int dot = t.indexOf('.');
        if (dot < 0 || dot == t.length() - 1 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return 0;
        }
        return 0.5 * Math.pow(10, -(t.length() - dot - 1));
    }

    /**
     * The standard uncertainty printed in brackets after a number, in the number's units: 0.009 for
     * {@code 1.012(9)}, 0.12 for {@code 5.4(12)}; 0 when none is printed.
     */
    static double standardUncertainty(CifBlock.Value v) {
        Matcher m = NUMBER.matcher(v.text());
        if (v.isMissing() || !m.matches() || m.group(2) == null) {
            return 0;
        }
        String t = m.group(1);
        int dot = t.indexOf('.');
        int decimals = dot < 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0 ? 0 : t.length() - dot - 1;
        return Integer.parseInt(m.group(2)) * Math.pow(10, -decimals);
    }

    /** The text under a tag, unless absent or missing ({@code ?} or {@code .}). */
    Optional<String> text(String tag) {
        return block.value(tag).filter(v -> !v.isMissing()).map(CifBlock.Value::text);
    }
}
