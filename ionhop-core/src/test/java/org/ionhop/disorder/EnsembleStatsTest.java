package org.ionhop.disorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The ensemble statistics against hand-computed values. */
class EnsembleStatsTest {
    @Test
    void meanSpreadStandardErrorAndConvergence() {
        // 1, 2, 3, 4 and a failed ordering (NaN, skipped): mean 2.5, sample sd sqrt(5/3), se sd / 2
        EnsembleResult.DescriptorStats s = DisorderEnsemble.stats("x", new double[] {1, 2, Double.NaN, 3, 4});
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.mean()).isCloseTo(2.5, within(1e-15));
        assertThat(s.sd()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
        assertThat(s.se()).isCloseTo(Math.sqrt(5.0 / 3) / 2, within(1e-15));
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(4);
        assertThat(s.convergence()).hasSize(4);
        assertThat(s.convergence().get(0).se()).isNaN();
        // after two: mean 1.5, sd sqrt(1/2), se 1/2
        assertThat(s.convergence().get(1).mean()).isCloseTo(1.5, within(1e-15));
        assertThat(s.convergence().get(1).se()).isCloseTo(0.5, within(1e-12));
        assertThat(s.convergence().get(3).se()).isCloseTo(s.se(), within(1e-12));
    }

    @Test
    void quantilesInterpolateLinearly() {
        double[] v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(DisorderEnsemble.quantile(v, 0.1)).isCloseTo(1, within(1e-12));
        assertThat(DisorderEnsemble.quantile(v, 0.5)).isCloseTo(5, within(1e-12));
        assertThat(DisorderEnsemble.quantile(new double[] {0, 1}, 0.25)).isCloseTo(0.25, within(1e-12));
    }
}
