package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import org.ionhop.io.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tracer correlation factor of a single vacancy, against the exact values of the vacancy mechanism:
 * simple cubic 0.65311, bcc 0.72722, fcc 0.78146 (K. Compaan and Y. Haven, Trans. Faraday Soc. 52, 786 (1956)
 * and 54, 1498 (1958)) and diamond 1/2 exactly (same papers; tabulated with the others in J. R. Manning,
 * Diffusion Kinetics for Atoms in Crystals, Van Nostrand 1968). The lattices are periodic cells of a few hundred
 * sites; the single-vacancy f differs from the infinite-lattice value by O(1/N), below the run's error bar here.
 */
class CorrelationFactorTest {

    /**
     * Blocks hold about 2000 jumps per tracer, so the finite-length bias of the estimator (about 0.3/jumps,
     * docs/kmc.md) is below 2e-4; the tolerance is 3.5 standard errors of the run (from 4 x 10 blocks) plus that bias.
     */
    @ParameterizedTest
    @CsvSource({"SIMPLE_CUBIC, 8, 0.65311", "BCC, 6, 0.72722", "FCC, 5, 0.78146", "DIAMOND, 4, 0.5"})
    void singleVacancyMatchesCompaanHaven(BuiltinLattice lattice, int size, double exact) {
        KmcSystem sys = new KmcSystem(lattice.network(size, 3.0, 0.3, "Li"), lattice.dimension());
        int n = sys.sites();
        long events = 2000L * n * 10;
        KmcParameters p = KmcParameters.of(600, n - 1, events).withEvents(events, 10L * n, 10);
        KmcResult r = KmcRunner.run(sys, p, 4, 20261122L, ProgressListener.NONE);
        Estimate f = r.correlationFactor();
        assertThat(f.err()).isLessThan(0.01);
        assertThat(Math.abs(f.value() - exact)).isLessThan(3.5 * f.err() + 2e-4);
    }
}
