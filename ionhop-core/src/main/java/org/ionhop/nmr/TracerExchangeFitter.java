package org.ionhop.nmr;

import java.util.function.ToDoubleFunction;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

import org.ionhop.io.NumericalFailureException;
import org.ionhop.stats.Measured;

/**
 * Unweighted Levenberg-Marquardt least squares (Hipparchus, a port of MINPACK lmder) with a central-difference
 * Jacobian, and the parameter covariance (J^T J)^-1 scaled by the reduced chi-squared RSS / (n - p), the usual
 * estimate when the noise level is not known beforehand (Bevington and Robinson, 3rd ed., 2003, Sec. 8.5).
 */
final class TracerExchangeFitter {
    private TracerExchangeFitter() {
    }

    /** A model: parameters to the predicted values, in the order of the observations. */
    @FunctionalInterface
    interface Model {
        double[] predict(double[] p);
    }

    /**
     * A fit.
     *
     * @param p   best parameters
     * @param cov their covariance (scaled by the reduced chi-squared; NaN where singular)
     * @param rss residual sum of squares
     * @param n   observations
     */
    record Fit(double[] p, double[][] cov, double rss, int n) {
        double chi2Reduced() {
            return n > p.length ? rss / (n - p.length) : Double.NaN;
        }

        /** Bayesian information criterion for Gaussian errors of unknown variance: n ln(RSS/n) + k ln n. */
        double bic() {
            return n * Math.log(rss / n) + p.length * Math.log(n);
        }

        /** A derived quantity with its first-order error g^T C g (numerical gradient g). */
        Measured derived(ToDoubleFunction<double[]> f) {
            double v = f.applyAsDouble(p);
            double[] g = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                double h = 1e-6 * Math.max(1, Math.abs(p[j]));
                double[] a = p.clone();
                double[] b = p.clone();
                a[j] += h;
                b[j] -= h;
                g[j] = (f.applyAsDouble(a) - f.applyAsDouble(b)) / (2 * h);
            }
            double var = 0;
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < p.length; j++) {
                    if (g[i] != 0 && g[j] != 0) {
                        var += g[i] * cov[i][j] * g[j];
                    }
                }
            }
            return Measured.of(v, var >= 0 ? Math.sqrt(var) : Double.NaN);
        }
    }

    /** Fits {@code model} to {@code y} from {@code p0}. */
    static Fit fit(Model model, double[] y, double[] p0, String what) {
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(p0)
                .target(y)
                .model(point -> {
                    double[] p = point.toArray();
                    double[] f = model.predict(p);
                    double[][] jac = new double[f.length][p.length];
                    for (int j = 0; j < p.length; j++) {
                        double h = 1e-7 * Math.max(1, Math.abs(p[j]));
                        double[] a = p.clone();
                        double[] b = p.clone();
                        a[j] += h;
                        b[j] -= h;
                        double[] fa = model.predict(a);
                        double[] fb = model.predict(b);
                        for (int i = 0; i < f.length; i++) {
                            jac[i][j] = (fa[i] - fb[i]) / (2 * h);
                        }
                    }
                    return new Pair<>(new ArrayRealVector(f, false), new Array2DRowRealMatrix(jac, false));
                })
                .maxEvaluations(20_000)
                .maxIterations(2_000)
                .build();
        LeastSquaresOptimizer.Optimum opt;
        try {
            opt = new LevenbergMarquardtOptimizer().optimize(problem);
        } catch (MathIllegalStateException e) {
            throw new NumericalFailureException("the " + what + " fit did not converge (" + e.getMessage() + ")", e);
        }
        double[] p = opt.getPoint().toArray();
        double[] f = model.predict(p);
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            rss += (y[i] - f[i]) * (y[i] - f[i]);
        }
        int k = p.length;
        double[][] cov = new double[k][k];
        double scale = y.length > k ? rss / (y.length - k) : Double.NaN;
        try {
            RealMatrix c = opt.getCovariances(1e-14);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    cov[i][j] = c.getEntry(i, j) * scale;
                }
            }
        } catch (MathRuntimeException e) {
            for (double[] row : cov) {
                java.util.Arrays.fill(row, Double.NaN);
            }
        }
        return new Fit(p, cov, rss, y.length);
    }
}
