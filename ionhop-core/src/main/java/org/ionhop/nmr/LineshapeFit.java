package org.ionhop.nmr;

import java.util.ArrayList;
import java.util.List;

import org.ionhop.fit.NonlinearLeastSquares;
import org.ionhop.io.NumericalFailureException;

/**
 * Deconvolution of an NMR line into components (Gaussian, Lorentzian, pseudo-Voigt) by Levenberg-Marquardt on
 * the intensities (unit weights): per component ln(area), centre, ln(FWHM) and, for pseudo-Voigt, a logistic
 * eta. The area fractions A_k / sum A give, for example, the fraction of ions in the interface of a composite
 * electrolyte (the mobile, narrow component). Errors of the fractions follow from the covariance of the
 * ln(areas) by first-order propagation: d f_k / d ln A_j = f_k (delta_kj - f_j).
 *
 * @param shapes          the component shapes
 * @param areas           areas A_k (intensity x axis unit)
 * @param areaErrs        their standard errors
 * @param centres         centres x0_k
 * @param centreErrs      their standard errors
 * @param widths          FWHM w_k
 * @param widthErrs       their standard errors
 * @param etas            pseudo-Voigt mixing (NaN for pure shapes)
 * @param fractions       area fractions
 * @param fractionErrs    their standard errors
 * @param chiSquare       sum of squared residuals
 * @param dof             degrees of freedom
 */
public record LineshapeFit(List<LineShape> shapes, double[] areas, double[] areaErrs, double[] centres,
                           double[] centreErrs, double[] widths, double[] widthErrs, double[] etas, double[] fractions,
                           double[] fractionErrs, double chiSquare, int dof) {

    /** Copies. */
    public LineshapeFit {
        shapes = List.copyOf(shapes);
        areas = areas.clone();
        areaErrs = areaErrs.clone();
        centres = centres.clone();
        centreErrs = centreErrs.clone();
        widths = widths.clone();
        widthErrs = widthErrs.clone();
        etas = etas.clone();
        fractions = fractions.clone();
        fractionErrs = fractionErrs.clone();
    }

    /** The fitted sum at x. */
    public double valueAt(double x) {
        double s = 0;
        for (int k = 0; k < shapes.size(); k++) {
            s += componentAt(k, x);
        }
        return s;
    }

    /** Component k at x. */
    public double componentAt(int k, double x) {
        return areas[k] * shapes.get(k).value(x, centres[k], widths[k], etas[k]);
    }

    /**
     * Fits components to a line.
     *
     * @param x          abscissae (ppm or Hz)
     * @param y          intensities
     * @param shapes     one shape per component
     * @param centreGuesses starting centres (null or shorter: the largest local maxima of y are used)
     */
    public static LineshapeFit fit(double[] x, double[] y, List<LineShape> shapes, double[] centreGuesses) {
        int n = x.length;
        int k = shapes.size();
        if (k == 0 || y.length != n) {
            throw new IllegalArgumentException("need at least one component and equal-length x, y");
        }
        int[] offset = new int[k + 1];
        for (int c = 0; c < k; c++) {
            offset[c + 1] = offset[c] + 3 + shapes.get(c).extraParameters();
        }
        int p = offset[k];
        if (n <= p) {
            throw new IllegalArgumentException("a fit of " + p + " parameters needs more than " + p + " points, got " + n);
        }
        double[] u0 = start(x, y, shapes, centreGuesses, offset);
        NonlinearLeastSquares.Result r = NonlinearLeastSquares.minimize((u, out) -> {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int c = 0; c < k; c++) {
                    int o = offset[c];
                    double eta = shapes.get(c).extraParameters() > 0 ? logistic(u[o + 3]) : 0;
                    s += Math.exp(u[o]) * shapes.get(c).value(x[i], u[o + 1], Math.exp(u[o + 2]), eta);
                }
                out[i] = s - y[i];
            }
        }, n, u0, 1000).orElseThrow(() -> new NumericalFailureException("the lineshape fit did not converge"));
        return result(r, shapes, offset);
    }

    private static LineshapeFit result(NonlinearLeastSquares.Result r, List<LineShape> shapes, int[] offset) {
        int k = shapes.size();
        double[] u = r.point();
        double[] a = new double[k];
        double[] ae = new double[k];
        double[] c = new double[k];
        double[] ce = new double[k];
        double[] w = new double[k];
        double[] we = new double[k];
        double[] eta = new double[k];
        double total = 0;
        for (int j = 0; j < k; j++) {
            int o = offset[j];
            a[j] = Math.exp(u[o]);
            ae[j] = a[j] * r.error(o);
            c[j] = u[o + 1];
            ce[j] = r.error(o + 1);
            w[j] = Math.exp(u[o + 2]);
            we[j] = w[j] * r.error(o + 2);
            eta[j] = shapes.get(j).extraParameters() > 0 ? logistic(u[o + 3]) : Double.NaN;
            total += a[j];
        }
        double[] f = new double[k];
        double[] fe = new double[k];
        double[][] cov = r.covariance();
        for (int j = 0; j < k; j++) {
            f[j] = a[j] / total;
        }
        for (int j = 0; j < k; j++) {
            double var = 0;
            for (int l = 0; l < k; l++) {
                double gl = f[j] * ((j == l ? 1 : 0) - f[l]);
                for (int m = 0; m < k; m++) {
                    double gm = f[j] * ((j == m ? 1 : 0) - f[m]);
                    var += gl * gm * cov[offset[l]][offset[m]];
                }
            }
            fe[j] = Math.sqrt(Math.max(var, 0));
        }
        return new LineshapeFit(shapes, a, ae, c, ce, w, we, eta, f, fe, r.chiSquare(), r.dof());
    }

    private static double logistic(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    private static double[] start(double[] x, double[] y, List<LineShape> shapes, double[] guesses, int[] offset) {
        int k = shapes.size();
        List<Integer> maxima = localMaxima(y);
        double xmin = Double.POSITIVE_INFINITY;
        double xmax = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            xmin = Math.min(xmin, v);
            xmax = Math.max(xmax, v);
        }
        double span = xmax - xmin;
        double[] u = new double[offset[k]];
        int stacked = 0;
        for (int c = 0; c < k; c++) {
            int at;
            double factor = 1;
            if (guesses != null && c < guesses.length) {
                at = nearest(x, guesses[c]);
            } else if (c < maxima.size()) {
                at = maxima.get(c);
            } else {
                // more components than peaks: stack them on the highest peak, each 3 times wider and lower
                stacked++;
                at = maxima.isEmpty() ? nearest(x, xmin + span / 2) : maxima.get(0);
                factor = Math.pow(3, stacked);
            }
            double w = halfWidth(x, y, at, span) * factor;
            double height = Math.max(y[at], 1e-6 * maxAbs(y)) / factor;
            int o = offset[c];
            u[o] = Math.log(height * w * 1.064);
            u[o + 1] = guesses != null && c < guesses.length ? guesses[c] : x[at];
            u[o + 2] = Math.log(w);
            if (shapes.get(c).extraParameters() > 0) {
                u[o + 3] = 0;
            }
        }
        return u;
    }

    /**
     * Indices of the peaks of y (smoothed over about 1 % of the points to ignore noise), largest first; a peak counts
     * when it rises at least 5 % of the largest value above the deeper of its neighbouring minima.
     */
    private static List<Integer> localMaxima(double[] y) {
        int n = y.length;
        int half = Math.max(1, n / 200);
        double[] sm = new double[n];
        double top = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            int c = 0;
            for (int j = Math.max(0, i - half); j <= Math.min(n - 1, i + half); j++) {
                s += y[j];
                c++;
            }
            sm[i] = s / c;
            top = Math.max(top, sm[i]);
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 1; i < n - 1; i++) {
            if (!(sm[i] > sm[i - 1] && sm[i] >= sm[i + 1])) {
                continue;
            }
            double left = sm[i];
            for (int j = i - 1; j >= 0 && sm[j] <= left + 1e-300; j--) {
                left = Math.min(left, sm[j]);
            }
            double right = sm[i];
            for (int j = i + 1; j < n && sm[j] <= right + 1e-300; j++) {
                right = Math.min(right, sm[j]);
            }
            if (sm[i] - Math.max(left, right) >= 0.05 * top) {
                idx.add(i);
            }
        }
        idx.sort((a, b) -> Double.compare(y[b], y[a]));
        return idx;
    }

    private static int nearest(double[] x, double x0) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i] - x0) < Math.abs(x[best] - x0)) {
                best = i;
            }
        }
        return best;
    }

    /** FWHM estimate: distance between the half-height crossings around index i (x sorted either way). */
    private static double halfWidth(double[] x, double[] y, int i, double span) {
        double half = y[i] / 2;
        int lo = i;
        while (lo > 0 && y[lo] > half) {
            lo--;
        }
        int hi = i;
        while (hi < y.length - 1 && y[hi] > half) {
            hi++;
        }
        double w = Math.abs(x[hi] - x[lo]);
        return w > 0 ? w : span / 20;
    }

    private static double maxAbs(double[] y) {
        double m = 0;
        for (double v : y) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
