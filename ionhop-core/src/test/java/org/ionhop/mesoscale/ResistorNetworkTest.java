package org.ionhop.mesoscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import org.ionhop.stats.Measured;

/** The random resistor network against exact cases, charge conservation, Bruggeman and percolation. */
class ResistorNetworkTest {
    private static final int N = 24;
    private static final int SEEDS = 4;

    @Test
    void homogeneousBoxConductsAsItsPhaseAndConservesCharge() {
        var m = ResistorNetwork.build(NetworkGeometry.SPHERES, 12, 2.5, 1.0, 0.3, 3);
        var sol = ResistorNetwork.solve(m, 2.5, 2.5, 2.5, 1e-12, 10000);
        assertThat(sol.sigma()).isCloseTo(2.5, within(1e-9));
        var bonds = ResistorNetwork.solveBonds(12, 0.7, 0.7, 0.5, 3, 1e-12, 10000);
        assertThat(bonds.sigma()).isCloseTo(0.7, within(1e-9));
        // heterogeneous box: the current entering at x = 0 leaves at x = n (Kirchhoff's law summed over the box)
        var het = ResistorNetwork.build(NetworkGeometry.SPHERES, 16, 3, 1, 0.4, 8);
        var s2 = ResistorNetwork.solve(het, 1, 20, 5, 1e-12, 10000);
        assertThat(s2.sigmaOutflow()).isCloseTo(s2.sigma(), within(1e-8 * s2.sigma()));
    }

    @Test
    void spheresAndShellsReachTheirVolumeFractions() {
        var m = ResistorNetwork.build(NetworkGeometry.SPHERES, 32, 3, 1, 0.2, 4);
        assertThat(m.fraction(ResistorNetwork.FILLER)).isBetween(0.2, 0.215);
        // shells of one voxel around radius-3 spheres: ((4/3)^3 - 1) = 1.37 per unit filler when isolated, less
        // where they overlap
        assertThat(m.fraction(ResistorNetwork.SHELL)).isBetween(0.15, 0.2 * 1.37 * 1.2);
    }

    /**
     * Kirkpatrick's random bond network follows the symmetric Bruggeman equation (identical to his effective-medium
     * equation for z = 6) away from its threshold. The tolerance is the sample-to-sample spread: Bruggeman must lie
     * within three standard deviations of single 24^3 samples from their mean. Measured (seeds 100-103, contrast
     * 10): deviations of 1.05, 0.79, 0.64 and 0.02 % at f = 0.1, 0.5, 0.7, 0.9, each below 2.1 single-sample
     * standard deviations. (The mean alone is 2 to 5 standard errors off: the effective-medium theory is itself an
     * approximation at the 1 % level, as Kirkpatrick found.)
     */
    @Test
    void bondNetworkAgreesWithBruggemanAwayFromThreshold() {
        for (double f : new double[] {0.1, 0.5, 0.7, 0.9}) {
            double[] sig = new double[SEEDS];
            for (int k = 0; k < SEEDS; k++) {
                sig[k] = ResistorNetwork.solveBonds(N, 1, 10, f, 100 + k, 1e-9, 20000).sigma();
            }
            Measured mean = Measured.mean(sig);
            double sampleSd = mean.err() * Math.sqrt(SEEDS);
            double br = EffectiveMedium.bruggeman(1, 10, f);
            assertThat(Math.abs(mean.value() - br)).as("f=%s: network %s, Bruggeman %s", f, mean, br)
                    .isLessThan(3 * sampleSd);
            // and Maxwell-Garnett is far outside the same spread in the middle of the range
            if (f == 0.5) {
                assertThat(Math.abs(mean.value() - EffectiveMedium.maxwellGarnett(1, 10, f)))
                        .isGreaterThan(20 * sampleSd);
            }
        }
    }

    /**
     * Insulating voxels in a conducting matrix: site percolation of the matrix on the simple cubic lattice stops at
     * a matrix fraction 0.3116, so at 80 % filler the network carries no current (zero to rounding), while
     * Maxwell-Garnett, whose matrix is connected at any filler fraction, predicts 1/7 of the matrix conductivity.
     * At 50 % filler the matrix (50 %) percolates and the network conducts.
     */
    @Test
    void siteNetworkShowsAPercolationThresholdWhereMaxwellGarnettHasNone() {
        double above = 0;
        double below = 0;
        for (int k = 0; k < SEEDS; k++) {
            var conducting = ResistorNetwork.build(NetworkGeometry.SITES, N, 1, 0, 0.5, 200 + k);
            above += ResistorNetwork.solve(conducting, 1, 0, 0, 1e-9, 20000).sigma() / SEEDS;
            var cut = ResistorNetwork.build(NetworkGeometry.SITES, N, 1, 0, 0.8, 200 + k);
            below += ResistorNetwork.solve(cut, 1, 0, 0, 1e-9, 20000).sigma() / SEEDS;
        }
        assertThat(above).isGreaterThan(0.05);
        assertThat(below).isLessThan(1e-10);
        assertThat(EffectiveMedium.maxwellGarnett(1, 0, 0.8)).isCloseTo(1.0 / 7, within(1e-15));
    }

    /**
     * Conducting shells around insulating cores in an insulating matrix: the shells percolate once the coated
     * spheres connect; the network conducts at a filler fraction of 0.3 (coated fraction about 0.6) and not at 0.03
     * (isolated coated spheres), while Maxwell-Garnett of the coated spheres in the insulating matrix is zero at
     * both (no connected path in that picture at any fraction).
     */
    @Test
    void conductingShellsPercolate() {
        double dilute = 0;
        double dense = 0;
        for (int k = 0; k < SEEDS; k++) {
            var low = ResistorNetwork.build(NetworkGeometry.SPHERES, N, 2.5, 1, 0.03, 300 + k);
            dilute += ResistorNetwork.solve(low, 0, 0, 1, 1e-9, 20000).sigma() / SEEDS;
            var high = ResistorNetwork.build(NetworkGeometry.SPHERES, N, 2.5, 1, 0.3, 300 + k);
            dense += ResistorNetwork.solve(high, 0, 0, 1, 1e-9, 20000).sigma() / SEEDS;
        }
        assertThat(dilute).isLessThan(1e-10);
        assertThat(dense).isGreaterThan(0.01);
    }
}
