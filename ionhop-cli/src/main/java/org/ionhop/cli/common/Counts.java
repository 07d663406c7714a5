package org.ionhop.cli.common;

import java.math.BigDecimal;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picocli converters for count options (events, steps, sizes) that accept the notations people write counts in:
 * {@code 2000000}, {@code 2_000_000}, {@code 2e6}, {@code 2.5E6}. The value must be a whole number in the type's
 * range; anything else is refused in one line saying what was expected.
 */
public final class Counts {
    private Counts() {
    }

    /** The whole number a count string denotes, or a one-line {@link TypeConversionException}. */
    static long parse(String text, long max) {
        String s = text.strip().replace("_", "");
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expected a whole number such as 2000000 or 2e6, got '" + text + "'");
        }
        BigDecimal whole;
        try {
            whole = new BigDecimal(v.toBigIntegerExact());
        } catch (ArithmeticException e) {
            throw new TypeConversionException("expected a whole number, got '" + text + "'");
        }
        if (whole.compareTo(BigDecimal.valueOf(max)) > 0 || whole.compareTo(BigDecimal.valueOf(-max)) < 0) {
            throw new TypeConversionException("expected a number of magnitude at most " + max + ", got '" + text + "'");
        }
        return whole.longValueExact();
    }

    /** A {@code long} count ({@code --steps 1e12}). */
    public static final class LongCount implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parse(value, Long.MAX_VALUE);
        }
    }

    /** An {@code int} count ({@code --replicas 1e2}). */
    public static final class IntCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) parse(value, Integer.MAX_VALUE);
        }
    }
}
