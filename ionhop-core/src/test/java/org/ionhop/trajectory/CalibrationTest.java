package org.ionhop.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The reported 1-sigma error of D covers the true D in about 68 % of independent random-walk trajectories: the
 * GLS error accounts for the correlation between lags (ordinary least squares over overlapping windows would cover
 * far less often).
 */
class CalibrationTest {
    @Test
    void oneSigmaIntervalCoversTruthInAboutTwoThirdsOfWalks() {
        int runs = 300;
        double dTrue = 0.3;
        int covered = 0;
        for (int run = 0; run < runs; run++) {
            double[][] p = Walks.brownian(8, 120, dTrue, 0.05, 1000 + run);
            try (Displacements d = Displacements.fromPositions(p, Walks.species("Li", 8), Walks.cube(20), 0.05, 300)) {
                TransportResult r = TransportAnalysis.analyse(d, AnalysisSettings.of("Li").withWindowPs(0.05, Double.NaN));
                if (Math.abs(r.tracer().diffusivityA2PerPs() - dTrue) <= r.tracer().diffusivityErrA2PerPs()) {
                    covered++;
                }
            }
        }
        double fraction = covered / (double) runs;
        // Binomial sd of the fraction at p = 0.683 with 300 runs is 0.027; 60-76 % is about +-3 sd.
        assertThat(fraction).isBetween(0.60, 0.76);
    }
}
