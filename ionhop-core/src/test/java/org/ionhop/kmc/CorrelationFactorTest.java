package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.stats.Measured;
import org.ionhop.units.Constants;

/**
 * Tracer correlation factor of a single vacancy, against the exact values of the vacancy mechanism:
 * simple cubic 0.65311, bcc 0.72722, fcc 0.78146 (K. Compaan and Y. Haven, Trans. Faraday Soc. 52, 786 (1956)
 * and 54, 1498 (1958)) and diamond 1/2 exactly (same papers; tabulated with the others in J. R. Manning,
 * Diffusion Kinetics for Atoms in Crystals, Van Nostrand 1968). The lattices are periodic cells of a few hundred
 * sites; the single-vacancy f differs from the infinite-lattice value by O(1/N), below the run's error bar here.
 */
class CorrelationFactorTest {

    /**
     * Blocks hold about 600 jumps per tracer, so the finite-length bias of the estimator (about 0.3/jumps,
     * docs/kmc.md) is below 5e-4; the tolerance is 3.5 standard errors of the run (from 4 x 10 blocks) plus that
     * bias. (The error of a block does not shrink with its length: it is set by the number of tracers.)
     */
    @ParameterizedTest
    @CsvSource({"SIMPLE_CUBIC, 8, 0.65311", "BCC, 6, 0.72722", "FCC, 5, 0.78146", "DIAMOND, 4, 0.5"})
    void singleVacancyMatchesCompaanHaven(BuiltinLattice lattice, int size, double exact) {
        KmcSystem sys = new KmcSystem(lattice.network(size, 3.0, 0.3, "Li"), lattice.dimension());
        int n = sys.sites();
        long events = 600L * n * 10;
        KmcParameters p = KmcParameters.of(600, n - 1, events).withEvents(events, 10L * n, 10);
        KmcResult r = KmcRunner.run(sys, p, 4, 20261122L, ProgressListener.NONE);
        Measured f = r.correlationFactor();
        assertThat(f.err()).isLessThan(0.01);
        assertThat(Math.abs(f.value() - exact)).isLessThan(3.5 * f.err() + 5e-4);
    }

    /**
     * H_R = f for a single vacancy (docs/kmc.md 4.1): D_sigma = z Gamma a^2 / (2 d N) exactly (the vacancy's walk
     * is uncorrelated), checked with many short blocks (the collective displacement has no memory, so short
     * blocks carry no bias); D* = f z Gamma a^2 / (2 d N) with long blocks; their ratio must equal the
     * Compaan-Haven f within the combined standard errors (3.5 of them).
     */
    @Test
    void havenRatioEqualsCorrelationFactorForSingleVacancy() {
        double t = 600;
        double a = 3.0;
        KmcSystem sys = new KmcSystem(BuiltinLattice.SIMPLE_CUBIC.network(6, a, 0.3, "Li"), 3);
        int n = sys.sites() - 1;
        double gamma = 10.0 * Math.exp(-0.3 / (Constants.BOLTZMANN_EV_PER_K * t));
        double dVacPerIon = 6 * gamma * a * a / (2 * 3 * n);
        KmcParameters shortBlocks = KmcParameters.of(t, n, 400_000).withEvents(400_000, 1000, 400);
        Measured ds = KmcRunner.run(sys, shortBlocks, 4, 31L, ProgressListener.NONE).chargeDiffusivity();
        assertThat(ds.err() / ds.value()).isLessThan(0.05);
        assertThat(ds.sigmasFrom(dVacPerIon)).isLessThan(3.5);
        long events = 600L * sys.sites() * 10;
        KmcParameters longBlocks = KmcParameters.of(t, n, events).withEvents(events, 1000, 10);
        Measured dt = KmcRunner.run(sys, longBlocks, 4, 32L, ProgressListener.NONE).tracerDiffusivity();
        assertThat(dt.sigmasFrom(0.65311 * dVacPerIon)).isLessThan(3.5);
        double h = dt.value() / ds.value();
        double hErr = h * Math.hypot(dt.err() / dt.value(), ds.err() / ds.value());
        assertThat(Math.abs(h - 0.65311)).as("H_R %f ± %f", h, hErr).isLessThan(3.5 * hErr);
    }
}
