package org.ionhop.impedance;

/**
 * How residuals of the complex fit are weighted: r = (Z_model - Z_data) / w, real and imaginary parts stacked.
 * Boukamp, Solid State Ionics 20 (1986) 31 discusses the choices; modulus weighting is what EISFitpython and
 * impedance.py's {@code weight_by_modulus} use.
 */
public enum Weighting {
    /** w = 1: dominated by the largest impedances (low frequencies). */
    UNIT,
    /** w_re = |Z'|, w_im = |Z''| of the data (each floored at 1e-3 |Z| so that Z'' = 0 points stay finite). */
    PROPORTIONAL,
    /** w = |Z| for both parts: every decade of frequency counts about equally. */
    MODULUS;

    /** Weight of the real part of a data point. */
    public double real(double re, double im) {
        double mod = Math.hypot(re, im);
        return switch (this) {
            case UNIT -> 1;
            case PROPORTIONAL -> Math.max(Math.abs(re), 1e-3 * mod);
            case MODULUS -> mod;
        };
    }

    /** Weight of the imaginary part of a data point. */
    public double imag(double re, double im) {
        double mod = Math.hypot(re, im);
        return switch (this) {
            case UNIT -> 1;
            case PROPORTIONAL -> Math.max(Math.abs(im), 1e-3 * mod);
            case MODULUS -> mod;
        };
    }
}
