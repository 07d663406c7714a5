package org.ionhop.stats;

import org.hipparchus.stat.regression.SimpleRegression;

/**
 * The exponent alpha of a mean squared displacement growing as MSD ~ t^alpha: the slope d ln MSD / d ln t on
 * log-log axes. Normal diffusion gives 1, ballistic motion 2, single-file diffusion 1/2 (Harris, J. Appl. Prob. 2,
 * 323 (1965)), ions rattling in cages or held in traps less than 1 until they escape. The one estimator of both the
 * trajectory analysis (where it finds the diffusive regime) and the kinetic Monte Carlo (where it flags
 * sub-diffusive tracer motion).
 *
 * <p>Two forms of the same estimator: {@link #twoPoint} is the slope of the chord between two samples,
 * ln(MSD_2 / MSD_1) / ln(t_2 / t_1); {@link #fit} the ordinary least-squares slope of ln MSD against ln t over the
 * samples of a late window, which reduces to the chord when the window holds two samples. Both are exact for a pure
 * power law, whatever its prefactor and the spacing of the times.
 */
public final class MsdExponent {
    /** Fewest samples of a least-squares slope: with two the slope has no residual to judge it by. */
    public static final int MIN_FIT_SAMPLES = 3;

    private MsdExponent() {
    }

    /**
     * Slope of the chord between two samples of a positive MSD: ln(msd2 / msd1) / ln(t2 / t1). Times may be in any
     * unit (lags in frames, ps) as long as both share it.
     *
     * @return the exponent, or NaN if either MSD is not positive
     */
    public static double twoPoint(double t1, double msd1, double t2, double msd2) {
        if (!(msd1 > 0) || !(msd2 > 0)) {
            return Double.NaN;
        }
        return Math.log(msd2 / msd1) / Math.log(t2 / t1);
    }

    /**
     * Least-squares slope of ln MSD against ln t over the samples with t at least {@code fromFraction} of the last
     * (longest) time, skipping samples with t or MSD not positive.
     *
     * @param t            sample times, ascending (any unit)
     * @param msd          MSD at those times
     * @param fromFraction start of the window as a fraction of the last time (0.1: the last decade)
     * @return the exponent, or NaN with fewer than {@link #MIN_FIT_SAMPLES} usable samples
     */
    public static double fit(double[] t, double[] msd, double fromFraction) {
        if (t.length != msd.length) {
            throw new IllegalArgumentException("times and MSD differ in length: " + t.length + " and " + msd.length);
        }
        if (t.length == 0) {
            return Double.NaN;
        }
        double tMax = t[t.length - 1];
        SimpleRegression line = new SimpleRegression();
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= fromFraction * tMax && t[i] > 0 && msd[i] > 0) {
                line.addData(Math.log(t[i]), Math.log(msd[i]));
            }
        }
        return line.getN() < MIN_FIT_SAMPLES ? Double.NaN : line.getSlope();
    }
}
