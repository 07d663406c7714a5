package org.ionhop.transport;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

import org.ionhop.units.Constants;

/**
 * Weighted Arrhenius fit, shared by every module (MD, kMC, impedance, NMR, theory).
 *
 * <p><b>Conventions</b> (docs/physics.md, "Defects and activation energy"; state which one a result used):
 * ln Y = ln A - E_a x with x = 1/(k_B T) and Y = y ({@link ArrheniusConvention#PLAIN}, y = A exp(-E_a/k_B T)) or
 * Y = y T ({@link ArrheniusConvention#TIMES_T}, sigma T = A exp(-E_a/k_B T), the form in which Nernst-Einstein
 * hopping conductivity is exactly Arrhenius). The same data give a PLAIN E_a smaller by about k_B T (mean over the
 * points) than the TIMES_T one, since d ln T / d(1/k_B T) = -k_B T.
 *
 * <p><b>Weighting.</b> With standard errors s_y the points are weighted by 1/s_lnY^2, s_lnY = s_y / y (first-order
 * error propagation; the same for y and y T because T is taken as exact); without them, all by 1. The weighted
 * linear least-squares problem is solved by QR (Hipparchus), which is better conditioned than the normal equations
 * when x spans a narrow range.
 *
 * <p><b>Covariance</b> of (ln A, E_a): (X^T W X)^-1 (Bevington and Robinson, Data Reduction and Error Analysis,
 * 3rd ed. 2003, ch. 6). When errors are given it is multiplied by the reduced chi-squared if that exceeds 1
 * (the Birge ratio: scatter beyond the stated errors widens the interval; it is never narrowed, so the stated
 * errors are trusted when the points scatter less than they say). Without errors it is multiplied by the residual
 * variance chi^2 / (n - 2), which needs at least three points; with exactly two points and no errors the line
 * passes through both and every error, the covariance and the intervals of {@link #predict} are NaN. Two points
 * with errors have no degree of freedom to test them: the stated errors alone give the covariance.
 *
 * <p><b>Intervals.</b> {@link #predict} propagates the full covariance to ln y at any T
 * (Var = Var(ln A) + x^2 Var(E_a) - 2 x Cov(ln A, E_a)) and gives 68 % and 95 % intervals, multiplicative in y.
 * The quantiles are Student's t with n - 2 degrees of freedom when the scale came from the residuals (no errors
 * given), the normal ones otherwise (errors given, also when widened by the Birge ratio, as with the Particle Data
 * Group's scale factor). These are confidence intervals of the fitted line, not prediction intervals of a new
 * measurement.
 *
 * @param convention        which quantity was fitted
 * @param activationEnergyEv E_a in eV
 * @param activationEnergyErrEv standard error of E_a in eV
 * @param lnPrefactor       ln A (A in the units of y, or y K for TIMES_T)
 * @param lnPrefactorErr    standard error of ln A
 * @param covLnAEa          covariance of ln A and E_a
 * @param points            number of temperatures
 * @param reducedChiSquare  chi-squared per degree of freedom (NaN with two points)
 * @param scaleFromResiduals whether the covariance came from the residual scatter (no errors given)
 */
public record ArrheniusFit(ArrheniusConvention convention, double activationEnergyEv, double activationEnergyErrEv,
                           double lnPrefactor, double lnPrefactorErr, double covLnAEa, int points,
                           double reducedChiSquare, boolean scaleFromResiduals) {

    /** A predicted value at one temperature with its 68 % and 95 % intervals. */
    public record Prediction(double temperatureK, double value, double low68, double high68, double low95,
                             double high95) {
    }

    /**
     * Fits y(T).
     *
     * @param temperaturesK temperatures in K (at least two distinct)
     * @param values        positive values of y
     * @param errors        standard errors of y, or null for an unweighted fit
     * @param convention    PLAIN or TIMES_T
     * @throws IllegalArgumentException for mismatched lengths, fewer than two points, T or y not positive and
     *                                  finite, errors not positive and finite, or all temperatures equal
     */
    public static ArrheniusFit fit(double[] temperaturesK, double[] values, double[] errors,
                                   ArrheniusConvention convention) {
        int n = temperaturesK.length;
        if (values.length != n || (errors != null && errors.length != n)) {
            throw new IllegalArgumentException("temperatures, values and errors must have the same length");
        }
        if (n < 2) {
            throw new IllegalArgumentException("an Arrhenius fit needs at least two temperatures, got " + n);
        }
        validate(temperaturesK, values, errors);
        if (errors == null && n < 3) {
            // Two points and no errors: the line passes through both and says nothing about its uncertainty.
            return fitExact(temperaturesK, values, convention);
        }
        RealMatrix x = new Array2DRowRealMatrix(n, 2);
        RealVector yv = new ArrayRealVector(n);
        for (int i = 0; i < n; i++) {
            double t = temperaturesK[i];
            // Weight 1/s_lnY with s_lnY = s_y / y: the same for y and y T, since T carries no error.
            double w = errors == null ? 1.0 : values[i] / errors[i];
            double xi = 1.0 / (Constants.BOLTZMANN_EV_PER_K * t);
            x.setEntry(i, 0, w);
            x.setEntry(i, 1, -xi * w);
            yv.setEntry(i, Math.log(convention.transform(values[i], t)) * w);
        }
        DecompositionSolver solver = new QRDecomposition(x).getSolver();
        RealVector beta = solver.solve(yv);
        RealMatrix cov = solver.getInverse().multiply(solver.getInverse().transpose());
        RealVector resid = yv.subtract(x.operate(beta));
        double chi2 = resid.dotProduct(resid);
        int dof = n - 2;
        double red = dof > 0 ? chi2 / dof : Double.NaN;
        boolean fromResiduals = errors == null;
        double scale = fromResiduals ? red : (dof > 0 && red > 1 ? red : 1.0);
        cov = cov.scalarMultiply(scale);
        return new ArrheniusFit(convention, beta.getEntry(1), Math.sqrt(cov.getEntry(1, 1)), beta.getEntry(0),
                Math.sqrt(cov.getEntry(0, 0)), cov.getEntry(0, 1), n, red, fromResiduals);
    }

    /**
     * Rejects what the fit cannot use: T and y must be positive and finite (ln y is fitted), errors positive and
     * finite, and the temperatures must not all coincide (the slope in 1/T would be undetermined; QR would return
     * a huge, meaningless E_a instead of failing).
     */
    private static void validate(double[] temperaturesK, double[] values, double[] errors) {
        double tMin = Double.POSITIVE_INFINITY;
        double tMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < temperaturesK.length; i++) {
            double t = temperaturesK[i];
            if (!(t > 0) || !(values[i] > 0) || !Double.isFinite(t) || !Double.isFinite(values[i])) {
                throw new IllegalArgumentException("Arrhenius fit needs T > 0 and y > 0, got T=" + t + " y=" + values[i]);
            }
            if (errors != null && (!(errors[i] > 0) || !Double.isFinite(errors[i]))) {
                throw new IllegalArgumentException("standard errors must be positive and finite, got " + errors[i]
                        + " at T=" + t);
            }
            tMin = Math.min(tMin, t);
            tMax = Math.max(tMax, t);
        }
        if (tMax - tMin <= 1e-9 * tMax) {
            throw new IllegalArgumentException("an Arrhenius fit needs at least two distinct temperatures, all are "
                    + tMax + " K");
        }
    }

    private static ArrheniusFit fitExact(double[] t, double[] y, ArrheniusConvention c) {
        double x0 = 1 / (Constants.BOLTZMANN_EV_PER_K * t[0]);
        double x1 = 1 / (Constants.BOLTZMANN_EV_PER_K * t[1]);
        double l0 = Math.log(c.transform(y[0], t[0]));
        double l1 = Math.log(c.transform(y[1], t[1]));
        double ea = -(l1 - l0) / (x1 - x0);
        double lnA = l0 + ea * x0;
        return new ArrheniusFit(c, ea, Double.NaN, lnA, Double.NaN, Double.NaN, 2, Double.NaN, true);
    }

    /** Prefactor A (units of y, or y K for TIMES_T). */
    public double prefactor() {
        return Math.exp(lnPrefactor);
    }

    /** The fitted y at temperature T. */
    public double valueAt(double temperatureK) {
        double x = 1 / (Constants.BOLTZMANN_EV_PER_K * temperatureK);
        return convention.inverse(Math.exp(lnPrefactor - activationEnergyEv * x), temperatureK);
    }

    /** Standard error of ln y at temperature T, from the full covariance of (ln A, E_a). */
    public double lnValueErrAt(double temperatureK) {
        double x = 1 / (Constants.BOLTZMANN_EV_PER_K * temperatureK);
        double var = lnPrefactorErr * lnPrefactorErr + x * x * activationEnergyErrEv * activationEnergyErrEv
                - 2 * x * covLnAEa;
        return Math.sqrt(Math.max(var, 0));
    }

    /** Extrapolated (or interpolated) y at T with 68 % and 95 % confidence intervals. */
    public Prediction predict(double temperatureK) {
        double v = valueAt(temperatureK);
        double s = lnValueErrAt(temperatureK);
        double z68;
        double z95;
        if (scaleFromResiduals && points > 2) {
            TDistribution t = new TDistribution(points - 2);
            z68 = t.inverseCumulativeProbability(0.5 + 0.6826894921370859 / 2);
            z95 = t.inverseCumulativeProbability(0.975);
        } else {
            z68 = 1.0;
            z95 = 1.959963984540054;
        }
        return new Prediction(temperatureK, v, v * Math.exp(-z68 * s), v * Math.exp(z68 * s), v * Math.exp(-z95 * s),
                v * Math.exp(z95 * s));
    }
}
