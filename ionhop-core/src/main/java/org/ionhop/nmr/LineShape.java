package org.ionhop.nmr;

/**
 * Peak shapes of unit area with full width at half maximum w, centred at x0 (x in ppm or Hz).
 * <ul>
 * <li>Gaussian: sqrt(4 ln 2 / pi) / w exp(-4 ln 2 (x - x0)^2 / w^2)</li>
 * <li>Lorentzian: (2 / (pi w)) / (1 + 4 (x - x0)^2 / w^2)</li>
 * <li>pseudo-Voigt: eta Lorentzian + (1 - eta) Gaussian with the same w, 0 &lt;= eta &lt;= 1</li>
 * </ul>
 */
public enum LineShape {
    /** Gaussian (solid-like, dipolar broadened). */
    GAUSSIAN(0),
    /** Lorentzian (motionally narrowed). */
    LORENTZIAN(0),
    /** Pseudo-Voigt, one extra parameter eta. */
    PSEUDO_VOIGT(1);

    private static final double FOUR_LN2 = 4 * Math.log(2);

    private final int extra;

    LineShape(int extra) {
        this.extra = extra;
    }

    /** Parameters besides area, centre and width. */
    public int extraParameters() {
        return extra;
    }

    /** Value of the unit-area shape at x (eta ignored except for pseudo-Voigt). */
    public double value(double x, double x0, double fwhm, double eta) {
        return switch (this) {
            case GAUSSIAN -> gauss(x, x0, fwhm);
            case LORENTZIAN -> lorentz(x, x0, fwhm);
            case PSEUDO_VOIGT -> eta * lorentz(x, x0, fwhm) + (1 - eta) * gauss(x, x0, fwhm);
        };
    }

    private static double gauss(double x, double x0, double w) {
        double d = (x - x0) / w;
        return Math.sqrt(FOUR_LN2 / Math.PI) / w * Math.exp(-FOUR_LN2 * d * d);
    }

    private static double lorentz(double x, double x0, double w) {
        double d = (x - x0) / w;
        return 2 / (Math.PI * w) / (1 + 4 * d * d);
    }

    /** Parses "gaussian", "g", "lorentzian", "l", "pseudo-voigt", "pv", "voigt" (case-insensitive). */
    public static LineShape parse(String s) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT).replace("_", "-");
        return switch (t) {
            case "g", "gauss", "gaussian" -> GAUSSIAN;
            case "l", "lorentz", "lorentzian" -> LORENTZIAN;
            case "pv", "voigt", "pseudo-voigt", "pseudovoigt" -> PSEUDO_VOIGT;
            default -> throw new IllegalArgumentException("unknown line shape '" + s
                    + "'; expected gaussian, lorentzian or pseudo-voigt");
        };
    }
}
