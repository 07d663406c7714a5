package org.ionhop.nmr;

import org.ionhop.io.InvalidSettingException;

/**
 * Options of a Stejskal-Tanner fit ({@link NmrAnalysis#pfg}). Values left open may stand in the table's comment
 * lines: {@code # nucleus}, {@code # delta_ms}, {@code # big_delta_ms}, {@code # gradient_unit = G/cm},
 * {@code # abscissa = b}.
 *
 * @param nucleus    1H, 6Li, 7Li, 19F, 23Na, 31P (null: from the table)
 * @param deltaMs    gradient pulse length delta in ms (NaN: from the table)
 * @param bigDeltaMs diffusion time Delta in ms (NaN: from the table)
 * @param gaussPerCm the gradients are in G/cm (1 G/cm = 0.01 T/m) instead of T/m
 * @param bValues    the first column holds b in s/m^2 (no nucleus or timings needed)
 */
public record PfgSettings(String nucleus, double deltaMs, double bigDeltaMs, boolean gaussPerCm, boolean bValues) {
    /** Checks the nucleus and the timings. */
    public PfgSettings {
        if (nucleus != null) {
            try {
                Nucleus.parse(nucleus);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException("nucleus", e.getMessage());
            }
        }
        if (!Double.isNaN(deltaMs)) {
            InvalidSettingException.positive("deltaMs", deltaMs);
        }
        if (!Double.isNaN(bigDeltaMs)) {
            InvalidSettingException.positive("bigDeltaMs", bigDeltaMs);
        }
    }

    /** Everything from the table, gradients in T/m. */
    public static PfgSettings defaults() {
        return new PfgSettings(null, Double.NaN, Double.NaN, false, false);
    }

    /** With a nucleus. */
    public PfgSettings withNucleus(String n) {
        return new PfgSettings(n, deltaMs, bigDeltaMs, gaussPerCm, bValues);
    }

    /** With a gradient pulse length in ms. */
    public PfgSettings withDeltaMs(double ms) {
        return new PfgSettings(nucleus, ms, bigDeltaMs, gaussPerCm, bValues);
    }

    /** With a diffusion time in ms. */
    public PfgSettings withBigDeltaMs(double ms) {
        return new PfgSettings(nucleus, deltaMs, ms, gaussPerCm, bValues);
    }

    /** With gradients in G/cm. */
    public PfgSettings withGaussPerCm(boolean g) {
        return new PfgSettings(nucleus, deltaMs, bigDeltaMs, g, bValues);
    }

    /** With b-values in the first column. */
    public PfgSettings withBValues(boolean b) {
        return new PfgSettings(nucleus, deltaMs, bigDeltaMs, gaussPerCm, b);
    }
}
