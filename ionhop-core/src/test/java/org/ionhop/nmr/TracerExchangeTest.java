package org.ionhop.nmr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.TextSource;

/** Tracer exchange: closed forms against numerical integration, conservation, and recovery of known rates. */
class TracerExchangeTest {
    private static final double NAT = 0.0759;

    /** Classical fourth-order Runge-Kutta of w_i dx_i/dt = sum_j r_ij (x_j - x_i), an independent route. */
    private static double[] rk4(double[] w, double[][] r, double[] x0, double tEnd, int steps) {
        double[] x = x0.clone();
        double h = tEnd / steps;
        for (int s = 0; s < steps; s++) {
            double[] k1 = rhs(w, r, x);
            double[] k2 = rhs(w, r, axpy(x, k1, h / 2));
            double[] k3 = rhs(w, r, axpy(x, k2, h / 2));
            double[] k4 = rhs(w, r, axpy(x, k3, h));
            for (int i = 0; i < x.length; i++) {
                x[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        return x;
    }

    private static double[] rhs(double[] w, double[][] r, double[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                if (i != j) {
                    d[i] += r[i][j] * (x[j] - x[i]) / w[i];
                }
            }
        }
        return d;
    }

    private static double[] axpy(double[] x, double[] k, double h) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] += h * k[i];
        }
        return y;
    }

    @Test
    void eigenSolutionMatchesRungeKuttaAndConservesTracer() {
        double[] w = {0.5, 0.2, 0.3};
        double[] x0 = {0.95, NAT, NAT};
        for (double[][] r : List.of(new double[][] {{0, 1e-4, 0}, {1e-4, 0, 3e-5}, {0, 3e-5, 0}},
                new double[][] {{0, 1e-4, 2e-5}, {1e-4, 0, 3e-5}, {2e-5, 3e-5, 0}})) {
            double[] times = {0, 3600, 7200, 36000, 200000};
            double[][] x = TracerExchangeKinetics.pools(w, r, x0, times);
            double total0 = w[0] * x0[0] + w[1] * x0[1] + w[2] * x0[2];
            for (int k = 0; k < times.length; k++) {
                double[] ref = rk4(w, r, x0, times[k], 20_000);
                double total = 0;
                for (int i = 0; i < 3; i++) {
                    assertThat(x[i][k]).isCloseTo(ref[i], within(1e-10));
                    total += w[i] * x[i][k];
                }
                assertThat(total).isCloseTo(total0, within(1e-13));
            }
        }
    }

    @Test
    void twoPoolClosedFormEqualsTheEigenSolution() {
        double[] times = {0, 1000, 5000, 20000};
        double[][] a = TracerExchangeKinetics.twoPool(0.3, 2e-5, 0.95, NAT, times);
        double[][] b = TracerExchangeKinetics.pools(new double[] {0.3, 0.7},
                new double[][] {{0, 2e-5}, {2e-5, 0}}, new double[] {0.95, NAT}, times);
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < times.length; k++) {
                assertThat(a[i][k]).isCloseTo(b[i][k], within(1e-14));
            }
        }
        // both tend to the amount-weighted mean
        assertThat(a[1][3]).isCloseTo(0.3 * 0.95 + 0.7 * NAT, within(0.05));
    }

    @Test
    void crankSeriesAgreesWithItsShortTimeFormAndLimits() {
        for (double tau : new double[] {2e-4, 1e-3, 3e-3, 0.01, 0.03}) {
            // the series itself (not the short-time branch below 1e-3): evaluated here by summing directly
            double sum = 0;
            for (int n = 1; n < 20_000; n++) {
                sum += Math.exp(-n * n * Math.PI * Math.PI * tau) / ((double) n * n);
            }
            double series = 1 - 6 / (Math.PI * Math.PI) * sum;
            // the ierfc terms of Crank Eq. 6.21 are below 12 sqrt(tau) ierfc(1/sqrt(tau)) < exp(-1/tau)
            assertThat(TracerExchangeKinetics.shortTimeUptake(tau)).isCloseTo(series,
                    within(Math.exp(-1 / tau) + 1e-9));
            assertThat(TracerExchangeKinetics.sphereUptake(tau)).isCloseTo(series, within(1e-9));
        }
        // long times: one term, 1 - 6/pi² exp(-pi² tau)
        assertThat(TracerExchangeKinetics.sphereUptake(1.0))
                .isCloseTo(1 - 6 / (Math.PI * Math.PI) * Math.exp(-Math.PI * Math.PI), within(1e-15));
        assertThat(TracerExchangeKinetics.sphereUptake(0)).isZero();
    }

    private static TracerExchangeData synthetic(List<String> names, double[] times, double[][] truth, double sigma,
                                                long seed) {
        Random rnd = new Random(seed);
        double[][] y = new double[truth.length][times.length];
        for (int i = 0; i < truth.length; i++) {
            for (int k = 0; k < times.length; k++) {
                y[i][k] = truth[i][k] + sigma * rnd.nextGaussian();
            }
        }
        return new TracerExchangeData("synthetic", names, times, y);
    }

    private static double[] hours(int n, double last) {
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = 3600 * last * k / (n - 1);
        }
        return t;
    }

    @Test
    void twoPoolRatesAreRecoveredWithHonestErrors() {
        double[] t = hours(25, 48);
        double r = 2e-5;
        double w1 = 0.3;
        double[][] truth = TracerExchangeKinetics.twoPool(w1, r, 0.95, NAT, t);
        int within1 = 0;
        int withinW = 0;
        int seeds = 50;
        for (int seed = 0; seed < seeds; seed++) {
            TracerExchangeResult res = TracerExchange.run(synthetic(List.of("electrolyte", "electrode"), t, truth,
                    0.005, seed), TracerExchangeSettings.defaults());
            TracerExchangeRate rate = res.rates().get(0);
            within1 += rate.ratePerS().sigmasFrom(r) <= 1 ? 1 : 0;
            withinW += res.pools().get(0).amountFraction().sigmasFrom(w1) <= 1 ? 1 : 0;
            assertThat(rate.ratePerS().sigmasFrom(r)).as("seed %d", seed).isLessThan(4.5);
            assertThat(res.donor()).isEqualTo("electrolyte");
            assertThat(res.firstReceiver()).isEqualTo("electrode");
        }
        // 68 % expected; the binomial sd over 50 seeds is 6.6 %: accept 3 sd either side
        assertThat(within1 / (double) seeds).isBetween(0.48, 0.88);
        assertThat(withinW / (double) seeds).isBetween(0.48, 0.88);
    }

    @Test
    void threePoolChainIsPickedAndItsMiddleReceivesFirst() {
        double[] t = hours(31, 60);
        double[] w = {0.5, 0.1, 0.4};
        double[][] r = {{0, 4e-5, 0}, {4e-5, 0, 1.5e-5}, {0, 1.5e-5, 0}};
        double[][] truth = TracerExchangeKinetics.pools(w, r, new double[] {0.95, NAT, NAT}, t);
        TracerExchangeResult res = TracerExchange.run(synthetic(List.of("electrolyte", "SEI", "electrode"), t, truth,
                0.003, 7), TracerExchangeSettings.defaults().withModel(TracerExchangeModel.THREE_POOL));
        assertThat(res.topology()).isEqualTo("electrolyte-SEI-electrode");
        assertThat(res.candidates()).hasSize(4);
        assertThat(res.firstReceiver()).isEqualTo("SEI");
        assertThat(res.rates()).hasSize(2);
        assertThat(res.rates().get(0).ratePerS().sigmasFrom(4e-5)).isLessThan(3);
        assertThat(res.rates().get(1).ratePerS().sigmasFrom(1.5e-5)).isLessThan(3);
        assertThat(res.pools().get(1).amountFraction().sigmasFrom(0.1)).isLessThan(3);
    }

    @Test
    void sphereDiffusivityIsRecoveredWithinErrors() {
        double[] t = hours(25, 12);
        double aUm = 2.0;
        double d = 5e-12;
        double rate = d / (aUm * 1e-4 * aUm * 1e-4);
        double[][] truth = new double[1][t.length];
        for (int k = 0; k < t.length; k++) {
            truth[0][k] = NAT + (0.5 - NAT) * TracerExchangeKinetics.sphereUptake(rate * t[k]);
        }
        int within1 = 0;
        int seeds = 50;
        TracerExchangeSettings s = TracerExchangeSettings.defaults().withModel(TracerExchangeModel.SPHERE_DIFFUSION)
                .withRadiusUm(aUm);
        for (int seed = 0; seed < seeds; seed++) {
            TracerExchangeResult res = TracerExchange.run(synthetic(List.of("cathode"), t, truth, 0.004, 100 + seed),
                    s);
            double sig = res.pools().get(0).diffusivityCm2S().sigmasFrom(d);
            assertThat(sig).as("seed %d", seed).isLessThan(4.5);
            within1 += sig <= 1 ? 1 : 0;
        }
        assertThat(within1 / (double) seeds).isBetween(0.48, 0.88);
    }

    @Test
    void tableReaderConvertsHoursAndNamesBadRows() {
        TracerExchangeData d = TracerExchangeData.read(TextSource.fromString("x.txt",
                "# time_unit = h\ntime electrolyte electrode\n0 0.95 0.0759\n1.5 0.9 0.1\n"));
        assertThat(d.components()).containsExactly("electrolyte", "electrode");
        assertThat(d.timesS()).containsExactly(0, 5400);
        assertThatThrownBy(() -> TracerExchangeData.read(TextSource.fromString("y.txt",
                "time a b\n0 0.95 0.0759\n1 1.2 0.1\n"))).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("y.txt, line 3").hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> TracerExchange.run(d, TracerExchangeSettings.defaults()
                .withModel(TracerExchangeModel.SPHERE_DIFFUSION))).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("radiusUm");
    }
}
