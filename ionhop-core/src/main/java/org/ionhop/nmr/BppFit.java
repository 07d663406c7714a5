package org.ionhop.nmr;

import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

import org.ionhop.fit.NonlinearLeastSquares;
import org.ionhop.io.NumericalFailureException;
import org.ionhop.units.Constants;

/**
 * Fit of relaxation rates against temperature with the BPP model (physics.md, "NMR relaxometry"):
 * <pre>  1/T1 = C [J(omega_0) + 4 J(2 omega_0)],   tau_c = tau_0 exp(E_a / k_B T)</pre>
 * (or the T1rho form, {@link SpectralDensity#t1rhoShape}), with J symmetric (BPP, beta = 2) or asymmetric
 * (beta free in (1, 2], E_a,low = (beta - 1) E_a). Fitted: ln C, ln tau_0, E_a (and beta) by Levenberg-Marquardt
 * on ln(rate), weighted by the relative rate errors when given; standard errors from the covariance, scaled by
 * the reduced chi-squared when no errors are given ({@link NonlinearLeastSquares}). Starting values come from the
 * data: the peak temperature, and the slopes of the two flanks.
 *
 * @param data          the rates fitted
 * @param asymmetric    whether beta was fitted
 * @param prefactor     C in 1/s^2
 * @param prefactorErr  its standard error
 * @param tau0S         tau_0 in s
 * @param tau0ErrS      its standard error
 * @param eaEv          E_a (high-temperature flank) in eV
 * @param eaErrEv       its standard error
 * @param beta          spectral-density exponent (2 for BPP)
 * @param betaErr       its standard error (0 when fixed)
 * @param chiSquare     sum of squared (weighted) residuals of ln(rate)
 * @param dof           degrees of freedom
 */
public record BppFit(RelaxationData data, boolean asymmetric, double prefactor, double prefactorErr, double tau0S,
                     double tau0ErrS, double eaEv, double eaErrEv, double beta, double betaErr, double chiSquare,
                     int dof) {

    /** The low-temperature flank's apparent activation energy (beta - 1) E_a in eV. */
    public double eaLowEv() {
        return (beta - 1) * eaEv;
    }

    /** Its standard error (first order, E_a and beta taken as uncorrelated). */
    public double eaLowErrEv() {
        return Math.hypot((beta - 1) * eaErrEv, eaEv * betaErr);
    }

    /** tau_c at T in s. */
    public double correlationTimeS(double temperatureK) {
        return tau0S * Math.exp(eaEv / (Constants.BOLTZMANN_EV_PER_K * temperatureK));
    }

    /** The model rate at T in 1/s. */
    public double rateAt(double temperatureK) {
        return prefactor * data.shape(new SpectralDensity(beta), correlationTimeS(temperatureK));
    }

    /** omega tau_c at the rate maximum (0.6158 for BPP T1), for this fit's kind and beta. */
    public double peakOmegaTau() {
        return peakTau(data, new SpectralDensity(beta)) * (data.kind() == RelaxationKind.T1 ? data.omega0() : data.omega1());
    }

    /** Temperature of the rate maximum in K. */
    public double peakTemperatureK() {
        double tau = peakTau(data, new SpectralDensity(beta));
        return eaEv / (Constants.BOLTZMANN_EV_PER_K * Math.log(tau / tau0S));
    }

    /** The jump rate 1/tau_c at the rate maximum in 1/s. */
    public double jumpRateAtPeakPerS() {
        return 1 / peakTau(data, new SpectralDensity(beta));
    }

    /**
     * The correlation time that maximises the rate shape, by Brent's method on ln tau. For BPP T1 the maximum
     * is at omega_0 tau = 0.6158 (physics.md); for T1rho near omega_1 tau = 0.5.
     */
    public static double peakTau(RelaxationData d, SpectralDensity j) {
        double omega = d.kind() == RelaxationKind.T1 ? d.omega0() : d.omega1();
        double centre = Math.log(1 / omega);
        UnivariateObjectiveFunction f = new UnivariateObjectiveFunction(x -> d.shape(j, Math.exp(x)) * omega);
        double x = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(1000), f, GoalType.MAXIMIZE,
                new SearchInterval(centre - 5, centre + 5, centre)).getPoint();
        return Math.exp(x);
    }

    /** Fits the symmetric BPP model. */
    public static BppFit symmetric(RelaxationData d) {
        return fit(d, false);
    }

    /** Fits the asymmetric model (beta free). */
    public static BppFit asymmetric(RelaxationData d) {
        return fit(d, true);
    }

    private static BppFit fit(RelaxationData d, boolean asym) {
        int n = d.size();
        int p = asym ? 4 : 3;
        if (n <= p) {
            throw new IllegalArgumentException("a " + (asym ? "asymmetric" : "BPP") + " fit needs more than " + p
                    + " temperatures, got " + n);
        }
        double[] t = d.temperatureK();
        double[] r = d.ratePerS();
        double[] err = d.rateErrPerS();
        double[] sLn = new double[n];
        for (int i = 0; i < n; i++) {
            sLn[i] = err == null ? 1 : err[i] / r[i];
        }
        NonlinearLeastSquares.Residuals res = (u, out) -> {
            SpectralDensity j = new SpectralDensity(asym ? beta(u[3]) : 2);
            double c = Math.exp(u[0]);
            double tau0 = Math.exp(u[1]);
            for (int i = 0; i < n; i++) {
                double tau = tau0 * Math.exp(u[2] / (Constants.BOLTZMANN_EV_PER_K * t[i]));
                out[i] = (Math.log(c * d.shape(j, tau)) - Math.log(r[i])) / sLn[i];
            }
        };
        NonlinearLeastSquares.Result best = null;
        for (double scale : new double[] {1, 0.5, 2}) {
            double[] u0 = start(d, asym, scale);
            NonlinearLeastSquares.Result fit = NonlinearLeastSquares.minimize(res, n, u0, 500).orElse(null);
            if (fit != null && (best == null || fit.chiSquare() < best.chiSquare())) {
                best = fit;
            }
        }
        if (best == null) {
            throw new NumericalFailureException("the BPP fit did not converge from any of its three starts");
        }
        double[] u = best.point();
        // errors given: the covariance is absolute unless the scatter exceeds them (Birge ratio, as ArrheniusFit)
        double scale = err == null ? 1 : Math.sqrt(Math.max(1, best.reducedChiSquare())) / Math.sqrt(best.reducedChiSquare());
        double bta = asym ? beta(u[3]) : 2;
        double betaErr = asym ? best.error(3) * scale * betaDerivative(u[3]) : 0;
        return new BppFit(d, asym, Math.exp(u[0]), Math.exp(u[0]) * best.error(0) * scale, Math.exp(u[1]),
                Math.exp(u[1]) * best.error(1) * scale, u[2], best.error(2) * scale, bta, betaErr, best.chiSquare(),
                best.dof());
    }

    /** beta = 1 + 1 / (1 + exp(-v)) keeps 1 &lt; beta &lt; 2. */
    private static double beta(double v) {
        return 1 + 1 / (1 + Math.exp(-v));
    }

    private static double betaDerivative(double v) {
        double s = 1 / (1 + Math.exp(-v));
        return s * (1 - s);
    }

    /** Starting point from the peak and the flank slopes; eaScale varies E_a for the extra starts. */
    private static double[] start(RelaxationData d, boolean asym, double eaScale) {
        double[] t = d.temperatureK();
        double[] r = d.ratePerS();
        int imax = 0;
        for (int i = 1; i < r.length; i++) {
            if (r[i] > r[imax]) {
                imax = i;
            }
        }
        double tPeak = t[imax];
        double high = slope(t, r, tPeak, true);
        double low = slope(t, r, tPeak, false);
        double ea = high > 0.01 ? high : (low > 0.01 ? low : 0.3);
        ea *= eaScale;
        double b = asym && low > 0 && low < ea ? Math.min(1.9, Math.max(1.1, 1 + low / ea)) : 1.8;
        SpectralDensity j = new SpectralDensity(asym ? b : 2);
        double tauPeak = peakTau(d, j);
        double tau0 = tauPeak * Math.exp(-ea / (Constants.BOLTZMANN_EV_PER_K * tPeak));
        double c = r[imax] / d.shape(j, tauPeak);
        double[] u = {Math.log(c), Math.log(tau0), ea};
        if (!asym) {
            return u;
        }
        double s = b - 1;
        return new double[] {u[0], u[1], u[2], Math.log(s / (1 - s))};
    }

    /** |d ln r / d (1/k_B T)| over the points above (high) or below the peak temperature; NaN with fewer than 2. */
    private static double slope(double[] t, double[] r, double tPeak, boolean high) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (high ? t[i] > tPeak : t[i] < tPeak) {
                double x = 1 / (Constants.BOLTZMANN_EV_PER_K * t[i]);
                double y = Math.log(r[i]);
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        return Math.abs((n * sxy - sx * sy) / (n * sxx - sx * sx));
    }
}
