package org.ionhop.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The reported 1-sigma errors of D cover the true D in about 68 % of independent seeded trajectories: the GLS error
 * accounts for the correlation between lags (ordinary least squares over overlapping windows would cover far less
 * often), for the single collective walker behind D_sigma, and for the non-Gaussian steps of rare hops. Each check
 * uses 300 small trajectories; the binomial standard deviation of the fraction at p = 0.683 is 0.027, so the accepted
 * 60-76 % band is about +-3 standard deviations.
 */
class CalibrationTest {
    private static final int RUNS = 300;

    @Test
    void brownianTracerAndChargeIntervalsCoverTheTruth() {
        double dTrue = 0.3;
        int tracer = 0;
        int charge = 0;
        for (int run = 0; run < RUNS; run++) {
            double[][] p = Walks.brownian(8, 120, dTrue, 0.05, 1000 + run);
            try (Displacements d = Displacements.fromPositions(p, Walks.species("Li", 8), Walks.cube(20), 0.05, 300)) {
                TransportResult r = TransportAnalysis.analyse(d, AnalysisSettings.of("Li").withWindowPs(0.05, Double.NaN));
                tracer += covers(r.tracer(), dTrue);
                // Independent walkers: D_sigma = D*.
                charge += covers(r.charge(), dTrue);
            }
        }
        assertThat(tracer / (double) RUNS).isBetween(0.60, 0.76);
        assertThat(charge / (double) RUNS).isBetween(0.60, 0.76);
    }

    @Test
    void rareLatticeHopsWithAutomaticWindowCoverTheTruth() {
        // 0.05 hops per frame along each axis: steps are far from Gaussian (a Gaussian-only covariance covers ~40 %).
        int covered = 0;
        for (int run = 0; run < RUNS; run++) {
            double[][] p = Walks.lattice(8, 120, 1.0, 0.5, 0.05, 5000 + run);
            try (Displacements d = Displacements.fromPositions(p, Walks.species("Li", 8), Walks.cube(20), 0.05, 300)) {
                covered += covers(TransportAnalysis.analyse(d, AnalysisSettings.of("Li")).tracer(), 0.5);
            }
        }
        assertThat(covered / (double) RUNS).isBetween(0.60, 0.76);
    }

    private static int covers(DiffusionFit f, double truth) {
        return Math.abs(f.diffusivityA2PerPs() - truth) <= f.diffusivityErrA2PerPs() ? 1 : 0;
    }
}
