package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import org.ionhop.io.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tracer correlation factor of a single vacancy, against the exact values of the vacancy mechanism:
 * simple cubic 0.65311, bcc 0.72722, fcc 0.78146 (K. Compaan and Y. Haven, Trans. Faraday Soc. 52, 786 (1956)
 * and 54, 1498 (1958)), diamond 1/2 exactly (the two-site ring argument: Compaan and Haven 1956), square
 * 0.46694 and triangular 0.56006 (the same method in two dimensions, as tabulated by Montet, Phys. Rev. B 7, 650
 * (1973)) and honeycomb 1/3 exactly. In the single-vacancy limit the Haven ratio equals f (docs/kmc.md).
 */
class CorrelationFactorTest {

    /**
     * Blocks hold about 2000 jumps per tracer, so the finite-length bias of the estimator (about 0.3/jumps,
     * docs/kmc.md) is below 2e-4; the tolerance is 3.5 standard errors of the run (from 4 x 10 blocks) plus that bias.
     */
    @ParameterizedTest
    @CsvSource({"SIMPLE_CUBIC, 8, 0.65311", "BCC, 6, 0.72722", "FCC, 5, 0.78146", "HONEYCOMB, 12, 0.333333"})
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
