package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;

import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.stats.Measured;
import org.ionhop.units.Constants;

/** Detailed balance of the rate law: equilibrium occupancies and the barrier clamp. */
class DetailedBalanceTest {

    /**
     * Rates of every hop and its reverse satisfy k_ij / k_ji = exp(-dH / k_B T) with the clamp of physics.md,
     * including hops whose energy difference exceeds 2 E_KRA (downhill barrier clamped to 0).
     */
    @Test
    void forwardAndBackwardRatesObeyDetailedBalance() {
        KmcSystem sys = new KmcSystem(BuiltinLattice.SQUARE.network(6, 3.0, 0.1, "Li"), 2);
        double[] e = KmcRunner.siteEnergies(sys, Disorder.gaussian(0.2), 3L);
        double t = 400;
        double kT = Constants.BOLTZMANN_EV_PER_K * t;
        KmcParameters p = KmcParameters.of(t, 10, 100).withEnergetics(Disorder.gaussian(0.2), 0.0);
        RateModel rates = new RateModel(sys, p, e);
        int clamped = 0;
        for (int s = 0; s < sys.sites(); s++) {
            for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
                int g = sys.hopReverse[h];
                int j = sys.hopTarget[h];
                double ratio = rates.rate(h, 0, 0) / rates.rate(g, 0, 0);
                assertThat(Math.log(ratio)).isCloseTo(-(e[j] - e[s]) / kT, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(rates.staticBarrier(h)).isGreaterThanOrEqualTo(0.0);
                clamped += rates.staticBarrier(h) == 0 ? 1 : 0;
            }
        }
        assertThat(clamped).as("some hops exercise the clamp").isPositive();
    }

    /**
     * Site occupancies of a non-interacting lattice gas with Gaussian site energies follow Fermi-Dirac statistics,
     * n_i = 1 / (1 + exp((E_i - mu) / k_B T)), in the grand-canonical ensemble. The kMC keeps N fixed, and the
     * canonical occupancies differ from that form by O(1/N) (here about 3e-4, above the statistical error, with
     * the sign of (1 - 2 n_i)), so the reference is the exact canonical average: the Fermi-Dirac (independent
     * Bernoulli) distribution conditioned on exactly N ions ({@link #canonicalOccupancies}). Sites are grouped in
     * 8 energy bins; each bin's mean occupancy must match within 4 standard errors (scatter of 6 replicas).
     */
    @Test
    void occupanciesFollowFermiDirac() {
        KmcSystem sys = new KmcSystem(BuiltinLattice.SQUARE.network(24, 3.0, 0.2, "Li"), 2);
        int m = sys.sites();
        int n = m * 4 / 10;
        double t = 300;
        double kT = Constants.BOLTZMANN_EV_PER_K * t;
        Disorder d = Disorder.gaussian(0.05);
        KmcParameters p = KmcParameters.of(t, n, 1_500_000).withEnergetics(d, 0.0).withEvents(1_500_000, 20L * m, 5);
        KmcResult r = KmcRunner.run(sys, p, 6, 42L, ProgressListener.NONE);
        double[] e = KmcRunner.siteEnergies(sys, d, 42L);
        double mu = new BrentSolver(1e-12).solve(200, x -> {
            double s = 0;
            for (double ei : e) {
                s += 1 / (1 + Math.exp((ei - x) / kT));
            }
            return s - n;
        }, -1, 1);
        double[] exact = canonicalOccupancies(e, n, mu, kT);
        double lo = -0.1;
        double w = 0.025;
        int bins = 8;
        int checked = 0;
        for (int b = 0; b < bins; b++) {
            double[] perReplica = new double[r.replicas().size()];
            double fd = 0;
            int count = 0;
            for (int s = 0; s < m; s++) {
                if (e[s] >= lo + b * w && e[s] < lo + (b + 1) * w) {
                    fd += exact[s];
                    for (int k = 0; k < perReplica.length; k++) {
                        perReplica[k] += r.replicas().get(k).siteOccupancy()[s];
                    }
                    count++;
                }
            }
            if (count < 10) {
                continue;
            }
            for (int k = 0; k < perReplica.length; k++) {
                perReplica[k] /= count;
            }
            Measured measured = Measured.mean(perReplica);
            assertThat(measured.sigmasFrom(fd / count)).as("bin %d: %s vs %f", b, measured, fd / count).isLessThan(4.0);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    /**
     * Exact canonical occupancies of N non-interacting ions on sites of energies e: with Fermi-Dirac probabilities
     * f_j at any mu, n_i = f_i P_{N-1} / (f_i P_{N-1} + (1 - f_i) P_N), where P_k is the probability that k of the
     * other sites are occupied (a Poisson-binomial distribution, built site by site). Conditioning on N removes mu;
     * choosing it so that the mean is N only keeps P_N far from underflow. O(M^2 N), exact up to rounding.
     */
    private static double[] canonicalOccupancies(double[] e, int n, double mu, double kT) {
        double[] f = new double[e.length];
        for (int j = 0; j < e.length; j++) {
            f[j] = 1 / (1 + Math.exp((e[j] - mu) / kT));
        }
        double[] occ = new double[e.length];
        double[] pk = new double[n + 1];
        for (int i = 0; i < e.length; i++) {
            java.util.Arrays.fill(pk, 0);
            pk[0] = 1;
            for (int j = 0; j < e.length; j++) {
                if (j == i) {
                    continue;
                }
                for (int k = n; k > 0; k--) {
                    pk[k] = pk[k] * (1 - f[j]) + pk[k - 1] * f[j];
                }
                pk[0] *= 1 - f[j];
            }
            double in = f[i] * pk[n - 1];
            occ[i] = in / (in + (1 - f[i]) * pk[n]);
        }
        return occ;
    }
}
