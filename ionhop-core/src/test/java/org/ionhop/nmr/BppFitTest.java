package org.ionhop.nmr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.ionhop.units.Constants;

/** BPP: the rate maximum, the flank slopes, and fits of synthetic rate curves with seeded noise. */
class BppFitTest {
    static final double LARMOR = 116.6e6; // 7Li at 7 T
    static final double KB = Constants.BOLTZMANN_EV_PER_K;

    @Test
    void rateMaximumSitsAtOmegaTau0p6158() {
        RelaxationData d = new RelaxationData(RelaxationKind.T1, new double[] {300}, new double[] {1}, null, LARMOR,
                Double.NaN);
        double tau = BppFit.peakTau(d, SpectralDensity.BPP);
        double w = d.omega0();
        assertThat(w * tau).isCloseTo(0.6158, within(1e-4));
        // independent route: a dense grid over ln(omega tau) in [-3, 3]
        double best = 0;
        double bestX = 0;
        for (double x = -3; x <= 3; x += 1e-5) {
            double v = SpectralDensity.BPP.t1Shape(w, Math.exp(x) / w);
            if (v > best) {
                best = v;
                bestX = x;
            }
        }
        assertThat(w * tau).isCloseTo(Math.exp(bestX), within(2e-5));
        // T1rho: the 3/2 J(2 omega_1) term dominates when omega_0 >> omega_1: maximum near omega_1 tau = 1/2
        RelaxationData rho = new RelaxationData(RelaxationKind.T1RHO, new double[] {300}, new double[] {1}, null, LARMOR,
                20e3);
        assertThat(BppFit.peakTau(rho, SpectralDensity.BPP) * rho.omega1()).isCloseTo(0.5, within(1e-3));
    }

    @Test
    void flanksHaveTheirActivationEnergies() {
        // high T (omega tau << 1): rate ~ tau -> d ln R / d(1/kT) = E_a; low T: rate ~ tau^(1-beta) -> -(beta-1) E_a
        double ea = 0.4;
        double tau0 = 1e-14;
        for (double beta : new double[] {2.0, 1.5}) {
            SpectralDensity j = new SpectralDensity(beta);
            double w = 2 * Math.PI * LARMOR;
            double hi = slope(j, w, tau0, ea, 1500, 1600);
            double lo = slope(j, w, tau0, ea, 100, 105);
            assertThat(hi).isCloseTo(ea, within(0.005));
            assertThat(lo).isCloseTo(-(beta - 1) * ea, within(0.005));
        }
    }

    private static double slope(SpectralDensity j, double w, double tau0, double ea, double t1, double t2) {
        double r1 = Math.log(j.t1Shape(w, tau0 * Math.exp(ea / (KB * t1))));
        double r2 = Math.log(j.t1Shape(w, tau0 * Math.exp(ea / (KB * t2))));
        return (r1 - r2) / (1 / (KB * t1) - 1 / (KB * t2));
    }

    static RelaxationData synthetic(SpectralDensity j, double c, double tau0, double ea, double noise, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 25;
        double[] t = new double[n];
        double[] r = new double[n];
        double[] e = new double[n];
        RelaxationData shape = new RelaxationData(RelaxationKind.T1, new double[] {1}, new double[] {1}, null, LARMOR,
                Double.NaN);
        for (int i = 0; i < n; i++) {
            t[i] = 220 + 12 * i;
            double tau = tau0 * Math.exp(ea / (KB * t[i]));
            double clean = c * shape.shape(j, tau);
            double g = Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
            r[i] = clean * (1 + noise * g);
            e[i] = noise * clean;
        }
        return new RelaxationData(RelaxationKind.T1, t, r, e, LARMOR, Double.NaN);
    }

    @Test
    void symmetricFitRecoversParametersWithinErrors() {
        double c = 2e9;
        double tau0 = 5e-14;
        double ea = 0.35;
        // Coverage over 40 seeds for E_a and ln tau_0 (80 trials): with right errors ~68 % within 1 sigma (binomial
        // sd 5 %) and ~99.7 % within 3 sigma; the bands below are > 3 sd wide and fail for errors off by 1.5x.
        int within1 = 0;
        int within3 = 0;
        for (long seed = 1; seed <= 40; seed++) {
            BppFit f = BppFit.symmetric(synthetic(SpectralDensity.BPP, c, tau0, ea, 0.03, seed));
            double[] z = {(f.eaEv() - ea) / f.eaErrEv(), Math.log(f.tau0S() / tau0) / (f.tau0ErrS() / f.tau0S())};
            for (double v : z) {
                within1 += Math.abs(v) <= 1 ? 1 : 0;
                within3 += Math.abs(v) <= 3 ? 1 : 0;
            }
            assertThat(Math.abs(Math.log(f.prefactor() / c))).isLessThan(4 * f.prefactorErr() / f.prefactor());
            // at the peak the jump rate is omega_0 / 0.6158
            double peakRate = 2 * Math.PI * LARMOR / 0.6158;
            assertThat(f.jumpRateAtPeakPerS()).isCloseTo(peakRate, within(1e-4 * peakRate));
            // the peak temperature solves omega_0 tau_0 exp(E_a / k T) = 0.6158 for the true parameters
            double tPeak = ea / (KB * Math.log(0.6158 / (2 * Math.PI * LARMOR * tau0)));
            assertThat(f.peakTemperatureK()).isCloseTo(tPeak, within(3.0));
        }
        assertThat(within1 / 80.0).isBetween(0.5, 0.9);
        assertThat(within3 / 80.0).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void asymmetricFitFindsTheShallowLowTemperatureFlank() {
        SpectralDensity j = new SpectralDensity(1.6);
        BppFit f = BppFit.asymmetric(synthetic(j, 2e9, 5e-14, 0.35, 0.02, 9));
        assertThat(Math.abs(f.beta() - 1.6)).isLessThan(3 * f.betaErr());
        assertThat(Math.abs(f.eaLowEv() - 0.6 * 0.35)).isLessThan(3 * f.eaLowErrEv());
        // the symmetric model cannot follow it: larger chi^2
        BppFit sym = BppFit.symmetric(synthetic(j, 2e9, 5e-14, 0.35, 0.02, 9));
        assertThat(sym.chiSquare()).isGreaterThan(4 * f.chiSquare());
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> new SpectralDensity(2.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RelaxationData(RelaxationKind.T1RHO, new double[] {1}, new double[] {1}, null,
                1e8, Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spin-lock");
        assertThatThrownBy(() -> BppFit.symmetric(new RelaxationData(RelaxationKind.T1, new double[] {300, 310},
                new double[] {1, 2}, null, 1e8, Double.NaN))).isInstanceOf(IllegalArgumentException.class);
    }
}
