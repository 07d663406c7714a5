package org.ionhop.trajectory;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Diffusion coefficient from an MSD by generalised least squares with the random-walk covariance of the MSD
 * ({@link RandomWalkCovariance}), with an explicit fitted window.
 *
 * <p>Model: MSD(t) = 2 d D t + b over lags t in [start, end] (b absorbs the vibrational and ballistic offset).
 * With C the covariance of the MSD points, the estimate and its variance are
 * <pre>
 * beta = (X' C^-1 X)^-1 X' C^-1 y,    Var(beta) = (X' C^-1 X)^-1,    X = [t 1]
 * </pre>
 * C = s^4 C_0 where s^2 = 2 D dt is the step variance per axis and C_0 the unit-step matrix, so the estimate does not
 * depend on the unknown s; the variance uses s from the fitted D (from the window's mean MSD/(2 d t) if the fitted
 * slope is not positive). Up to {@link #MAX_POINTS} evenly spaced lags enter: neighbouring MSD points are almost
 * perfectly correlated and add no information, while the matrix would become numerically singular. The covariance
 * includes localisation noise (vibration about the sites) estimated from the intercept and the fourth cumulant of
 * the one-frame steps (hops are far from Gaussian), and when the residuals scatter
 * more than the model allows (reduced chi-squared above 1: ions that move together, non-Gaussian hops) the error is
 * widened by the Birge ratio sqrt(chi^2_red); it is never narrowed.
 *
 * @param diffusivityA2PerPs    D in Å²/ps
 * @param diffusivityErrA2PerPs standard error of D in Å²/ps
 * @param interceptA2           b in Å²
 * @param startPs               first fitted lag time (ps)
 * @param endPs                 last fitted lag time (ps)
 * @param points                number of lags used
 * @param dims                  d, the number of Cartesian axes in the MSD
 * @param walkers               the number of independent walkers assumed by the covariance (ions for the tracer MSD,
 *                              1 for collective MSDs)
 * @param reducedChiSquare      chi^2 / (points - 2) of the residuals under the model covariance (near 1 when the
 *                              random-walk model describes the data)
 */
public record DiffusionFit(double diffusivityA2PerPs, double diffusivityErrA2PerPs, double interceptA2, double startPs,
                           double endPs, int points, int dims, double walkers, double reducedChiSquare) {
    /** Largest number of lags in a fit. */
    public static final int MAX_POINTS = 40;

    /**
     * Fits D.
     *
     * @param msd       MSD in Å² at lags 0..n-1 (summed over {@code dims} axes)
     * @param dtPs      time between frames (ps)
     * @param startLag  first lag of the window (frames, at least 1)
     * @param endLag    last lag of the window (frames, at most n-1)
     * @param dims      number of axes summed in the MSD (3, or 1 for a component)
     * @param walkers   number of independent walkers averaged in the MSD
     */
    public static DiffusionFit fit(double[] msd, double dtPs, int startLag, int endLag, int dims, double walkers) {
        return fit(msd, dtPs, startLag, endLag, dims, walkers, 0);
    }

    /**
     * Fits D with non-Gaussian steps.
     *
     * @param cumulant4A4 fourth cumulant kappa_4 of the one-frame displacement along one axis (Å⁴), as measured by
     *                    {@link Msd}; 0 for Gaussian steps
     * @see #fit(double[], double, int, int, int, double)
     */
    public static DiffusionFit fit(double[] msd, double dtPs, int startLag, int endLag, int dims, double walkers,
                                   double cumulant4A4) {
        int n = msd.length;
        if (startLag < 1 || endLag > n - 1 || endLag - startLag < 2) {
            throw new IllegalArgumentException("the fitted window needs at least three lags within 1.." + (n - 1)
                    + ", got " + startLag + ".." + endLag + " (trajectory too short?)");
        }
        int[] lags = lags(startLag, endLag);
        int p = lags.length;
        double[] t = new double[p];
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            t[i] = lags[i] * dtPs;
            y[i] = msd[lags[i]];
        }
        // The GLS weights depend on the noise ratio r = a^2 / s^2, estimated from the fit itself: start without
        // noise, then refit with r from the intercept (b = 2 d a^2) and slope (s^2 = 2 D dt) until r settles.
        double r = 0;
        double q = 0;
        double kappa = Math.max(0, cumulant4A4);
        Gls g = null;
        for (int iter = 0; iter < 5; iter++) {
            g = gls(lags, n, dims, walkers, r, q, t, y);
            double d = g.slope / (2 * dims);
            double s2 = 2 * (d > 0 ? d : meanRatio(msd, lags, dtPs, dims)) * dtPs;
            double rNew = Math.max(0, g.intercept / (2 * dims)) / s2;
            double qNew = kappa / (s2 * s2);
            boolean settled = Math.abs(rNew - r) <= 1e-3 * Math.max(1, r) && Math.abs(qNew - q) <= 1e-3 * Math.max(1, q);
            r = rNew;
            q = qNew;
            if (settled) {
                break;
            }
        }
        double d = g.slope / (2 * dims);
        double s2 = 2 * (d > 0 ? d : meanRatio(msd, lags, dtPs, dims)) * dtPs;
        double red = p > 2 ? g.chi2Unit / (s2 * s2) / (p - 2) : Double.NaN;
        // Scatter beyond the model (ions that move together, non-Gaussian hops) widens the error by the Birge ratio;
        // it is never narrowed.
        double birge = Double.isFinite(red) && red > 1 ? Math.sqrt(red) : 1;
        double dErr = Math.sqrt(g.varSlopeUnit) * s2 / (2 * dims) * birge;
        return new DiffusionFit(d, dErr, g.intercept, startLag * dtPs, endLag * dtPs, p, dims, walkers, red);
    }

    /** One GLS solution with the unit-step covariance: slope, intercept, Var(slope) and chi^2 for s^2 = 1. */
    private record Gls(double slope, double intercept, double varSlopeUnit, double chi2Unit) {
    }

    private static Gls gls(int[] lags, int n, int dims, double walkers, double r, double q, double[] t, double[] y) {
        int p = lags.length;
        RealMatrix l = cholesky(RandomWalkCovariance.matrix(lags, n, dims, walkers, r, q));
        double[] wt = forward(l, t);
        double[] w1 = forward(l, ones(p));
        double[] wy = forward(l, y);
        double a11 = dot(wt, wt);
        double a12 = dot(wt, w1);
        double a22 = dot(w1, w1);
        double b1 = dot(wt, wy);
        double b2 = dot(w1, wy);
        double det = a11 * a22 - a12 * a12;
        double slope = (a22 * b1 - a12 * b2) / det;
        double intercept = (a11 * b2 - a12 * b1) / det;
        double[] res = new double[p];
        for (int i = 0; i < p; i++) {
            res[i] = y[i] - slope * t[i] - intercept;
        }
        double[] wr = forward(l, res);
        return new Gls(slope, intercept, a22 / det, dot(wr, wr));
    }

    /** Up to MAX_POINTS distinct, evenly spaced lags from start to end inclusive. */
    static int[] lags(int start, int end) {
        int span = end - start;
        if (span + 1 <= MAX_POINTS) {
            int[] r = new int[span + 1];
            for (int i = 0; i <= span; i++) {
                r[i] = start + i;
            }
            return r;
        }
        int[] r = new int[MAX_POINTS];
        for (int i = 0; i < MAX_POINTS; i++) {
            r[i] = start + (int) Math.round((double) i * span / (MAX_POINTS - 1));
        }
        return r;
    }

    private static double meanRatio(double[] msd, int[] lags, double dtPs, int dims) {
        double s = 0;
        for (int m : lags) {
            s += Math.abs(msd[m]) / (2 * dims * m * dtPs);
        }
        return s / lags.length;
    }

    /** Lower Cholesky factor, with a tiny diagonal load if rounding made the matrix indefinite. */
    private static RealMatrix cholesky(double[][] c) {
        double mean = 0;
        for (int i = 0; i < c.length; i++) {
            mean += c[i][i];
        }
        mean /= c.length;
        for (double load = 0; ; load = load == 0 ? 1e-12 : load * 10) {
            double[][] a = new double[c.length][];
            for (int i = 0; i < c.length; i++) {
                a[i] = c[i].clone();
                a[i][i] += load * mean;
            }
            try {
                return new CholeskyDecomposition(new Array2DRowRealMatrix(a, false), 1e-14, 1e-300).getL();
            } catch (MathIllegalArgumentException e) {
                if (load > 1e-4) {
                    throw new IllegalStateException("MSD covariance matrix is not positive definite", e);
                }
            }
        }
    }

    private static double[] forward(RealMatrix l, double[] v) {
        int n = v.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = v[i];
            for (int k = 0; k < i; k++) {
                s -= l.getEntry(i, k) * z[k];
            }
            z[i] = s / l.getEntry(i, i);
        }
        return z;
    }

    private static double[] ones(int n) {
        double[] o = new double[n];
        java.util.Arrays.fill(o, 1.0);
        return o;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
