package org.ionhop.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

import org.ionhop.fit.Nnls;

/** DRT on spectra whose distribution is known, and NNLS against exhaustive enumeration. */
class DrtTest {
    @Test
    void twoArcsGiveTwoPeaksAtTheirTimeConstants() {
        // two ZARC elements (R parallel CPE, n = 0.9): symmetric distributions centred at tau_0 = (R Q)^(1/n)
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)");
        double tau1 = 1e-6;
        double tau2 = 3e-3;
        double[] p = {20, 1000, Math.pow(tau1, 0.9) / 1000, 0.9, 3000, Math.pow(tau2, 0.9) / 3000, 0.9};
        Spectrum s = Synthetic.noisy(c, p, Synthetic.frequencies(1e7, 0.1, 10), 0.001, 2);
        Drt d = Drt.compute(s);
        // GCV under-smooths a little at this low noise: small satellite peaks appear beside the slow arc; the
        // two largest peaks are the arcs and the satellites hold under 15 % of the resistance
        List<Drt.Peak> peaks = new ArrayList<>(d.peaks());
        peaks.sort(Comparator.comparingDouble(Drt.Peak::resistanceOhm).reversed());
        List<Drt.Peak> main = new ArrayList<>(peaks.subList(0, 2));
        main.sort(Comparator.comparingDouble(Drt.Peak::tauS));
        // peaks at tau_0 within a grid step (10^0.1)
        assertThat(Math.log10(main.get(0).tauS() / tau1)).isCloseTo(0, within(0.15));
        assertThat(Math.log10(main.get(1).tauS() / tau2)).isCloseTo(0, within(0.15));
        // integrated peak resistances recover the resistors to within the regularisation's spread
        assertThat(main.get(0).resistanceOhm()).isCloseTo(1000, within(100.0));
        assertThat(main.get(1).resistanceOhm()).isCloseTo(3000, within(400.0));
        double satellites = 0;
        for (Drt.Peak q : peaks.subList(2, peaks.size())) {
            satellites += q.resistanceOhm();
        }
        assertThat(satellites).isLessThan(0.15 * 4000);
        assertThat(d.rInfOhm()).isCloseTo(20, within(10.0));
        assertThat(d.relativeRms(s)).isLessThan(0.005);
        for (double g : d.gammaOhm()) {
            assertThat(g).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void blockingElectrodeGoesIntoTheSeriesCapacitance() {
        // a ZARC plus an ideal blocking capacitor: the capacitor is the model's 1/(j omega C) term, not a tail of
        // the distribution, so the ZARC's resistance is recovered and C comes back
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-C2");
        double[] p = {10, 5000, Math.pow(1e-4, 0.9) / 5000, 0.9, 2e-6};
        Spectrum s = Synthetic.noisy(c, p, Synthetic.frequencies(1e6, 0.01, 10), 0.001, 6);
        Drt d = Drt.compute(s);
        assertThat(d.seriesCapacitanceF()).isCloseTo(2e-6, within(0.05 * 2e-6));
        double total = 0;
        for (Drt.Peak q : d.peaks()) {
            total += q.resistanceOhm();
        }
        assertThat(total).isCloseTo(5000, within(250.0));
        assertThat(d.relativeRms(s)).isLessThan(0.005);
    }

    @Test
    void strongerRegularisationSmoothsTheDistribution() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)");
        Spectrum s = c.simulate(Synthetic.frequencies(1e6, 1, 10), new double[] {10, 1e4, 1e-8, 0.8});
        Drt sharp = Drt.compute(s, 1e-6);
        Drt smooth = Drt.compute(s, 1e-1);
        assertThat(max(smooth.gammaOhm())).isLessThan(max(sharp.gammaOhm()));
        assertThat(smooth.relativeRms(s)).isGreaterThan(sharp.relativeRms(s));
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    @Test
    void nnlsMatchesExhaustiveSearch() {
        // The NNLS optimum is the best least-squares solution over all supports whose solution is non-negative
        // (KKT); with 4 unknowns all 16 supports can be tried directly.
        double[][] a = {{1, 2, 0.5, 1}, {0.3, 1, 2, 0}, {2, 0.1, 1, 1}, {1, 1, 1, 3}, {0.5, 3, 0.2, 1}, {2, 2, 2, 0.1}};
        double[] b = {1, -2, 3, 0.5, -1, 2};
        double[] x = Nnls.solve(a, b, null);
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 16; mask++) {
            double[] z = subset(a, b, mask);
            boolean ok = true;
            for (double v : z) {
                ok &= v >= -1e-12;
            }
            if (ok) {
                best = Math.min(best, rss(a, b, z));
            }
        }
        assertThat(rss(a, b, x)).isCloseTo(best, within(1e-10));
        for (double v : x) {
            assertThat(v).isGreaterThanOrEqualTo(0);
        }
    }

    private static double[] subset(double[][] a, double[] b, int mask) {
        int k = Integer.bitCount(mask);
        double[] z = new double[4];
        if (k == 0) {
            return z;
        }
        RealMatrix m = new Array2DRowRealMatrix(a.length, k);
        int[] cols = new int[k];
        for (int j = 0, c = 0; j < 4; j++) {
            if ((mask & (1 << j)) != 0) {
                cols[c++] = j;
            }
        }
        for (int i = 0; i < a.length; i++) {
            for (int c = 0; c < k; c++) {
                m.setEntry(i, c, a[i][cols[c]]);
            }
        }
        double[] s = new QRDecomposition(m).getSolver().solve(new ArrayRealVector(b)).toArray();
        for (int c = 0; c < k; c++) {
            z[cols[c]] = s[c];
        }
        return z;
    }

    private static double rss(double[][] a, double[] b, double[] x) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double r = b[i];
            for (int j = 0; j < x.length; j++) {
                r -= a[i][j] * x[j];
            }
            s += r * r;
        }
        return s;
    }
}
