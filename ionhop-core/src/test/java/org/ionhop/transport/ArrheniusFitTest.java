package org.ionhop.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

import org.ionhop.units.Units;

class ArrheniusFitTest {
    private static final double[] T = {300, 350, 400, 450, 500};
    private static final double EA = 0.32;
    private static final double LN_A = Math.log(250.0);

    private static double truth(ArrheniusConvention c, double t) {
        return c.inverse(Math.exp(LN_A - EA / Units.kT(t)), t);
    }

    /** Exact synthetic data in both conventions: the fit returns the generating parameters to round-off. */
    @Test
    void recoversExactParametersInBothConventions() {
        for (ArrheniusConvention c : ArrheniusConvention.values()) {
            double[] y = new double[T.length];
            for (int i = 0; i < T.length; i++) {
                y[i] = truth(c, T[i]);
            }
            ArrheniusFit fit = ArrheniusFit.fit(T, y, null, c);
            assertThat(fit.activationEnergyEv()).isCloseTo(EA, within(1e-12));
            assertThat(fit.lnPrefactor()).isCloseTo(LN_A, within(1e-10));
            assertThat(fit.activationEnergyErrEv()).isLessThan(1e-12);
            assertThat(fit.valueAt(273.15)).isCloseTo(truth(c, 273.15), within(1e-10 * truth(c, 273.15)));
        }
        // The same sigma(T) fitted in the two conventions: sigma T = A exp(-E/kT) data fitted as PLAIN sees
        // d ln sigma / d(1/kT) = -E - kT, so the PLAIN E_a is smaller by k_B T (on average over the points).
        double[] sigma = new double[T.length];
        for (int i = 0; i < T.length; i++) {
            sigma[i] = truth(ArrheniusConvention.TIMES_T, T[i]);
        }
        ArrheniusFit plain = ArrheniusFit.fit(T, sigma, null, ArrheniusConvention.PLAIN);
        assertThat(plain.activationEnergyEv()).isCloseTo(EA - Units.kT(400), within(2e-3));
    }

    /** Weighted least squares against the textbook closed forms (Bevington and Robinson 2003, Eqs. 6.12, 6.21). */
    @Test
    void weightedFitMatchesClosedForms() {
        SplittableRandom rnd = new SplittableRandom(7);
        double[] y = new double[T.length];
        double[] err = new double[T.length];
        double s = 0;
        double sx = 0;
        double sxx = 0;
        double sy = 0;
        double sxy = 0;
        double[] lnY = new double[T.length];
        double[] w = new double[T.length];
        for (int i = 0; i < T.length; i++) {
            double rel = 0.02 + 0.1 * rnd.nextDouble();
            y[i] = truth(ArrheniusConvention.TIMES_T, T[i]) * Math.exp(rel * rnd.nextGaussian());
            err[i] = rel * y[i];
            double x = 1 / Units.kT(T[i]);
            w[i] = 1 / (rel * rel);
            lnY[i] = Math.log(y[i] * T[i]);
            s += w[i];
            sx += w[i] * x;
            sxx += w[i] * x * x;
            sy += w[i] * lnY[i];
            sxy += w[i] * x * lnY[i];
        }
        double delta = s * sxx - sx * sx;
        double slope = (s * sxy - sx * sy) / delta;
        double intercept = (sxx * sy - sx * sxy) / delta;
        double chi2 = 0;
        for (int i = 0; i < T.length; i++) {
            double r = lnY[i] - intercept - slope / Units.kT(T[i]);
            chi2 += w[i] * r * r;
        }
        double birge = Math.max(1, chi2 / (T.length - 2));
        ArrheniusFit fit = ArrheniusFit.fit(T, y, err, ArrheniusConvention.TIMES_T);
        assertThat(fit.activationEnergyEv()).isCloseTo(-slope, within(1e-10));
        assertThat(fit.lnPrefactor()).isCloseTo(intercept, within(1e-8));
        assertThat(fit.activationEnergyErrEv()).isCloseTo(Math.sqrt(birge * s / delta), within(1e-10));
        assertThat(fit.lnPrefactorErr()).isCloseTo(Math.sqrt(birge * sxx / delta), within(1e-8));
        // Cov(ln A, slope) = -Sx/Delta; E_a = -slope, so Cov(ln A, E_a) = +Sx/Delta.
        assertThat(fit.covLnAEa()).isCloseTo(birge * sx / delta, within(1e-9 * Math.abs(birge * sx / delta)));
        assertThat(fit.reducedChiSquare()).isCloseTo(chi2 / (T.length - 2), within(1e-9));
        // The error of ln y at T uses the full covariance: Var = Var(lnA) + x^2 Var(Ea) - 2 x Cov.
        double x = 1 / Units.kT(298.15);
        double var = birge * (sxx - 2 * x * sx + x * x * s) / delta;
        assertThat(fit.lnValueErrAt(298.15)).isCloseTo(Math.sqrt(var), within(1e-8));
    }

    /**
     * Coverage of the extrapolation intervals on seeded noisy data. Unweighted fits use Student's t with n - 2
     * degrees of freedom, so their 68 % and 95 % intervals cover the true value at these rates exactly for Gaussian
     * noise in ln y; with 4000 trials the binomial standard error is 0.0034 (95 %) and 0.0074 (68 %), and the test
     * allows three of them. Weighted fits with correct errors use the normal quantile 1.96 widened by the Birge
     * factor max(1, sqrt(chi^2/3)); in a Gaussian linear model the estimate is independent of chi^2 ~ chi^2_3, so
     * their coverage is E[2 Phi(1.96 max(1, sqrt(chi^2_3/3))) - 1] = 0.9626, computed here by quadrature
     * (binomial standard error 0.0030).
     */
    @Test
    void extrapolationIntervalsHaveTheirNominalCoverage() {
        SplittableRandom rnd = new SplittableRandom(20261122L);
        int trials = 4000;
        double tExtrap = 250;
        double exact = truth(ArrheniusConvention.TIMES_T, tExtrap);
        int in95 = 0;
        int in68 = 0;
        int in95w = 0;
        double noise = 0.1;
        for (int k = 0; k < trials; k++) {
            double[] y = new double[T.length];
            double[] err = new double[T.length];
            for (int i = 0; i < T.length; i++) {
                y[i] = truth(ArrheniusConvention.TIMES_T, T[i]) * Math.exp(noise * rnd.nextGaussian());
                err[i] = noise * y[i];
            }
            ArrheniusFit.Prediction p = ArrheniusFit.fit(T, y, null, ArrheniusConvention.TIMES_T).predict(tExtrap);
            in95 += p.low95() <= exact && exact <= p.high95() ? 1 : 0;
            in68 += p.low68() <= exact && exact <= p.high68() ? 1 : 0;
            ArrheniusFit.Prediction pw = ArrheniusFit.fit(T, y, err, ArrheniusConvention.TIMES_T).predict(tExtrap);
            in95w += pw.low95() <= exact && exact <= pw.high95() ? 1 : 0;
        }
        assertThat(in95 / (double) trials).isCloseTo(0.95, within(3 * 0.0034));
        assertThat(in68 / (double) trials).isCloseTo(0.6827, within(3 * 0.0074));
        assertThat(in95w / (double) trials).isCloseTo(birgeWidenedCoverage(1.959963984540054, T.length - 2),
                within(3 * 0.0030));
    }

    /** P(|Z| &lt;= z max(1, sqrt(X/dof))) for Z normal and X ~ chi^2_dof independent, by Gauss-Legendre quadrature. */
    private static double birgeWidenedCoverage(double z, int dof) {
        ChiSquaredDistribution chi2 = new ChiSquaredDistribution(dof);
        NormalDistribution normal = new NormalDistribution(0, 1);
        IterativeLegendreGaussIntegrator quad = new IterativeLegendreGaussIntegrator(16, 1e-10, 1e-12);
        // Below X = dof the interval is not widened: that part contributes P(X < dof) (2 Phi(z) - 1).
        double narrow = chi2.cumulativeProbability(dof) * (2 * normal.cumulativeProbability(z) - 1);
        double wide = quad.integrate(100000, x -> chi2.density(x)
                * (2 * normal.cumulativeProbability(z * Math.sqrt(x / dof)) - 1), dof, 200);
        return narrow + wide;
    }

    @Test
    void twoPointsWithoutErrorsPassThroughBoth() {
        double[] t = {300, 400};
        double[] y = {truth(ArrheniusConvention.PLAIN, 300), truth(ArrheniusConvention.PLAIN, 400)};
        ArrheniusFit fit = ArrheniusFit.fit(t, y, null, ArrheniusConvention.PLAIN);
        assertThat(fit.activationEnergyEv()).isCloseTo(EA, within(1e-12));
        assertThat(fit.activationEnergyErrEv()).isNaN();
    }

    /**
     * Errors given and exact data (chi^2 = 0): the stated errors are kept, not narrowed by the Birge ratio, so the
     * covariance is the unscaled (X^T W X)^-1 of the closed form (Bevington and Robinson, ch. 6) and the
     * intervals use the normal quantiles 1 and 1.96.
     */
    @Test
    void statedErrorsAreNotNarrowedByASmallChiSquare() {
        double[] y = new double[T.length];
        double[] err = new double[T.length];
        double s = 0;
        double sx = 0;
        double sxx = 0;
        for (int i = 0; i < T.length; i++) {
            y[i] = truth(ArrheniusConvention.PLAIN, T[i]);
            double rel = 0.05 * (i + 1);
            err[i] = rel * y[i];
            double x = 1 / Units.kT(T[i]);
            s += 1 / (rel * rel);
            sx += x / (rel * rel);
            sxx += x * x / (rel * rel);
        }
        double delta = s * sxx - sx * sx;
        ArrheniusFit fit = ArrheniusFit.fit(T, y, err, ArrheniusConvention.PLAIN);
        assertThat(fit.reducedChiSquare()).isLessThan(1e-20);
        assertThat(fit.scaleFromResiduals()).isFalse();
        assertThat(fit.activationEnergyErrEv()).isCloseTo(Math.sqrt(s / delta), within(1e-9 * Math.sqrt(s / delta)));
        assertThat(fit.lnPrefactorErr()).isCloseTo(Math.sqrt(sxx / delta), within(1e-9 * Math.sqrt(sxx / delta)));
        ArrheniusFit.Prediction p = fit.predict(600);
        double sLn = fit.lnValueErrAt(600);
        assertThat(Math.log(p.high68() / p.value())).isCloseTo(sLn, within(1e-12));
        assertThat(Math.log(p.value() / p.low95())).isCloseTo(1.959963984540054 * sLn, within(1e-12));
    }

    /** Without errors the intervals use Student's t with n - 2 = 3 dof: t_0.975 = 3.182446 (standard tables). */
    @Test
    void unweightedIntervalsUseStudentT() {
        SplittableRandom rnd = new SplittableRandom(11);
        double[] y = new double[T.length];
        for (int i = 0; i < T.length; i++) {
            y[i] = truth(ArrheniusConvention.PLAIN, T[i]) * Math.exp(0.05 * rnd.nextGaussian());
        }
        ArrheniusFit fit = ArrheniusFit.fit(T, y, null, ArrheniusConvention.PLAIN);
        ArrheniusFit.Prediction p = fit.predict(350);
        assertThat(Math.log(p.high95() / p.value()) / fit.lnValueErrAt(350)).isCloseTo(3.182446, within(1e-5));
    }

    /** Two points without errors: no error estimate exists, so the intervals are NaN rather than zero-width. */
    @Test
    void twoPointsWithoutErrorsHaveNoIntervals() {
        double[] t = {300, 400};
        double[] y = {truth(ArrheniusConvention.TIMES_T, 300), truth(ArrheniusConvention.TIMES_T, 400)};
        ArrheniusFit.Prediction p = ArrheniusFit.fit(t, y, null, ArrheniusConvention.TIMES_T).predict(500);
        assertThat(p.value()).isCloseTo(truth(ArrheniusConvention.TIMES_T, 500),
                within(1e-10 * truth(ArrheniusConvention.TIMES_T, 500)));
        assertThat(p.low95()).isNaN();
        assertThat(p.high68()).isNaN();
    }

    /**
     * Two points with errors: the line passes through both, and the errors propagate exactly. With x = 1/kT,
     * E_a = -(ln y1 - ln y0)/(x1 - x0), so s(E_a) = sqrt(s0^2 + s1^2) / |x1 - x0| for relative errors s0, s1.
     */
    @Test
    void twoPointsWithErrorsPropagateThem() {
        double[] t = {300, 400};
        double[] y = {truth(ArrheniusConvention.PLAIN, 300), truth(ArrheniusConvention.PLAIN, 400)};
        double[] err = {0.03 * y[0], 0.04 * y[1]};
        ArrheniusFit fit = ArrheniusFit.fit(t, y, err, ArrheniusConvention.PLAIN);
        assertThat(fit.activationEnergyEv()).isCloseTo(EA, within(1e-10));
        double dx = 1 / Units.kT(300) - 1 / Units.kT(400);
        assertThat(fit.activationEnergyErrEv()).isCloseTo(Math.hypot(0.03, 0.04) / dx, within(1e-10));
        assertThat(fit.reducedChiSquare()).isNaN();
    }

    /** The two-point shortcut validates like the general path (it used to return -Infinity or NaN silently). */
    @Test
    void rejectsBadInputInTheTwoPointPath() {
        assertThatThrownBy(() -> ArrheniusFit.fit(new double[] {300, 300}, new double[] {1e-3, 2e-3}, null,
                ArrheniusConvention.TIMES_T)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("distinct temperatures");
        assertThatThrownBy(() -> ArrheniusFit.fit(new double[] {300, 400}, new double[] {1e-3, -2e-3}, null,
                ArrheniusConvention.TIMES_T)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y > 0");
        assertThatThrownBy(() -> ArrheniusFit.fit(new double[] {300, 300, 300}, new double[] {1, 2, 3},
                new double[] {0.1, 0.1, 0.1}, ArrheniusConvention.PLAIN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("distinct temperatures");
        assertThatThrownBy(() -> ArrheniusFit.fit(new double[] {300, 400, Double.NaN}, new double[] {1, 2, 3}, null,
                ArrheniusConvention.PLAIN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> ArrheniusFit.fit(new double[] {300}, new double[] {1}, null, ArrheniusConvention.PLAIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
        assertThatThrownBy(() -> ArrheniusFit.fit(T, new double[] {1, 2, -3, 4, 5}, null, ArrheniusConvention.PLAIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y > 0");
        assertThatThrownBy(() -> ArrheniusFit.fit(T, new double[] {1, 2, 3, 4, 5}, new double[] {1, 0, 1, 1, 1},
                ArrheniusConvention.PLAIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrheniusFit.fit(T, new double[] {1, 2}, null, ArrheniusConvention.PLAIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
    }
}
