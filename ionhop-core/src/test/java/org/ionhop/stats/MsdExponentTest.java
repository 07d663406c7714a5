package org.ionhop.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The MSD exponent against analytic power laws MSD = A t^alpha and against the two estimators' common limit. */
class MsdExponentTest {
    /** Geometric sample times 1 .. 1e4 (ps), as the kMC samples its MSD curve. */
    private static double[] times(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = Math.pow(1e4, (i + 1.0) / n);
        }
        return t;
    }

    private static double[] powerLaw(double[] t, double a, double alpha) {
        double[] m = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            m[i] = a * Math.pow(t[i], alpha);
        }
        return m;
    }

    @Test
    void bothFormsRecoverTheExponentOfAPurePowerLaw() {
        double[] t = times(60);
        // diffusive, single file (Harris 1965: MSD ~ t^(1/2)), ballistic; prefactors of different units
        for (double alpha : new double[] {1.0, 0.5, 2.0, 0.8}) {
            double[] m = powerLaw(t, 3.7e-2, alpha);
            assertThat(MsdExponent.fit(t, m, 0.1)).as("fit, alpha %s", alpha).isCloseTo(alpha, within(1e-12));
            assertThat(MsdExponent.twoPoint(t[10], m[10], t[50], m[50])).as("chord, alpha %s", alpha)
                    .isCloseTo(alpha, within(1e-12));
        }
    }

    @Test
    void theFitUsesOnlyTheLateWindow() {
        // t^2 (ballistic) up to t = 100, then t^1 continuing from the same value: the last decade sees only t^1.
        double[] t = times(60);
        double[] m = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            m[i] = t[i] <= 100 ? t[i] * t[i] : 100 * t[i];
        }
        assertThat(MsdExponent.fit(t, m, 0.1)).isCloseTo(1.0, within(1e-12));
        assertThat(MsdExponent.fit(t, m, 0.0)).isBetween(1.0, 2.0);
    }

    @Test
    void theFitOfTwoSamplesIsUndefinedButTheChordEqualsTheFitOfThree() {
        double[] t = {1, 2, 4};
        double[] m = {1, 1.9, 4.2};
        assertThat(MsdExponent.fit(new double[] {1, 2}, new double[] {1, 1.9}, 0)).isNaN();
        // three collinear points in log-log space: the least-squares line is their chord
        double[] line = powerLaw(t, 2.0, 0.7);
        assertThat(MsdExponent.fit(t, line, 0)).isCloseTo(MsdExponent.twoPoint(1, line[0], 4, line[2]), within(1e-12));
        assertThat(MsdExponent.fit(t, m, 0)).isFinite();
    }

    @Test
    void noisyPowerLawGivesTheExponentWithinItsScatter() {
        // Multiplicative noise of 1 % on t^0.5: the slope of 30 log-samples over a decade scatters by about
        // 0.01 / (sd of ln t * sqrt(30)) = 0.01 / (0.66 * 5.5) ~ 0.003; five sigma is 0.015.
        double[] t = times(60);
        double[] m = powerLaw(t, 1.0, 0.5);
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < m.length; i++) {
            m[i] *= Math.exp(0.01 * rng.nextGaussian());
        }
        assertThat(MsdExponent.fit(t, m, 0.1)).isCloseTo(0.5, within(0.015));
    }

    @Test
    void nonPositiveMsdGivesNaN() {
        assertThat(MsdExponent.twoPoint(1, 0, 2, 1)).isNaN();
        assertThat(MsdExponent.fit(new double[] {1, 2, 3}, new double[] {0, 0, 0}, 0)).isNaN();
    }
}
