package org.ionhop.fit;

import java.util.Optional;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Levenberg-Marquardt minimisation of a sum of squared (already weighted) residuals with Hipparchus
 * ({@link LevenbergMarquardtOptimizer}, a port of MINPACK {@code lmder}), used by the impedance CNLS fit and
 * the NMR fits. Shared code of the domain packages: it depends on no other ionhop package. The Jacobian is taken by central differences.
 *
 * <p>Covariance of the parameters: C = s^2 (J^T J)^-1 with s^2 = chi^2 / (m - p), the residual variance,
 * because the weights used here are relative (impedance data carry no measured standard errors). This is
 * the convention of NIST StRD's certified standard deviations and of scipy's {@code curve_fit} with
 * {@code absolute_sigma=False}. (J^T J)^-1 is taken through a singular value decomposition so that a
 * parameter the data do not determine gets an infinite variance instead of an exception.
 */
public final class NonlinearLeastSquares {
    private NonlinearLeastSquares() {
    }

    /** Residuals r(u) of length m. */
    @FunctionalInterface
    public interface Residuals {
        /** Writes the m residuals at parameters u into out. */
        void evaluate(double[] u, double[] out);
    }

    /**
     * The minimum found.
     *
     * @param point      the parameters u
     * @param covariance s^2 (J^T J)^-1 (see the class comment)
     * @param chiSquare  sum of squared residuals at the minimum
     * @param dof        m - p
     * @param iterations LM iterations used
     */
    public record Result(double[] point, double[][] covariance, double chiSquare, int dof, int iterations) {
        /** Standard error of parameter i. */
        public double error(int i) {
            return Math.sqrt(covariance[i][i]);
        }

        /** chi^2 / dof. */
        public double reducedChiSquare() {
            return dof > 0 ? chiSquare / dof : Double.NaN;
        }
    }

    /**
     * Minimises |r(u)|^2 from a start point.
     *
     * @param f             the residual function
     * @param m             number of residuals
     * @param start         starting parameters
     * @param maxIterations iteration limit
     * @return the minimum, or empty if the optimiser did not converge within the limits (callers try another
     *         start or report a {@link org.ionhop.io.NumericalFailureException})
     */
    public static Optional<Result> minimize(Residuals f, int m, double[] start, int maxIterations) {
        int p = start.length;
        if (m < p) {
            throw new IllegalArgumentException("need at least as many residuals (" + m + ") as parameters (" + p + ")");
        }
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .target(new double[m])
                .model(u -> valueAndJacobian(f, m, u.toArray()))
                .maxEvaluations(Math.max(1000, 50 * maxIterations))
                .maxIterations(maxIterations)
                .build();
        LeastSquaresOptimizer.Optimum opt;
        try {
            opt = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(1e-12)
                    .withParameterRelativeTolerance(1e-12)
                    .withOrthoTolerance(1e-12)
                    .optimize(problem);
        } catch (MathIllegalStateException e) {
            return Optional.empty();
        }
        double[] u = opt.getPoint().toArray();
        for (double v : u) {
            if (!Double.isFinite(v)) {
                return Optional.empty();
            }
        }
        double[] r = new double[m];
        f.evaluate(u, r);
        double chi2 = 0;
        for (double v : r) {
            chi2 += v * v;
        }
        int dof = m - p;
        RealMatrix jac = valueAndJacobian(f, m, u).getSecond();
        double[][] cov = covariance(jac, dof > 0 ? chi2 / dof : Double.NaN);
        return Optional.of(new Result(u, cov, chi2, dof, opt.getIterations()));
    }

    /** s^2 (J^T J)^-1 by SVD: J = U S V^T, (J^T J)^-1 = V S^-2 V^T; singular values below 1e-8 s_max (the accuracy of a central-difference Jacobian) count as zero, giving infinite variance. */
    static double[][] covariance(RealMatrix jac, double s2) {
        SingularValueDecomposition svd = new SingularValueDecomposition(jac);
        double[] sv = svd.getSingularValues();
        RealMatrix v = svd.getV();
        int p = jac.getColumnDimension();
        double[][] cov = new double[p][p];
        double smax = sv.length > 0 ? sv[0] : 0;
        for (int k = 0; k < sv.length; k++) {
            boolean singular = !(sv[k] > 1e-8 * smax);
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    double vv = v.getEntry(i, k) * v.getEntry(j, k);
                    if (singular) {
                        if (vv != 0 && i == j) {
                            cov[i][j] = Double.POSITIVE_INFINITY;
                        }
                    } else if (Double.isFinite(cov[i][j])) {
                        cov[i][j] += s2 * vv / (sv[k] * sv[k]);
                    }
                }
            }
        }
        return cov;
    }

    private static Pair<RealVector, RealMatrix> valueAndJacobian(Residuals f, int m, double[] u) {
        double[] r0 = new double[m];
        f.evaluate(u, r0);
        int p = u.length;
        RealMatrix jac = new Array2DRowRealMatrix(m, p);
        double[] up = u.clone();
        double[] rp = new double[m];
        double[] rm = new double[m];
        for (int j = 0; j < p; j++) {
            // central differences; step ~ eps^(1/3) relative to the parameter's scale
            double h = 6e-6 * Math.max(Math.abs(u[j]), 1e-3);
            up[j] = u[j] + h;
            f.evaluate(up, rp);
            up[j] = u[j] - h;
            f.evaluate(up, rm);
            up[j] = u[j];
            for (int i = 0; i < m; i++) {
                jac.setEntry(i, j, (rp[i] - rm[i]) / (2 * h));
            }
        }
        return new Pair<>(new ArrayRealVector(r0, false), jac);
    }
}
