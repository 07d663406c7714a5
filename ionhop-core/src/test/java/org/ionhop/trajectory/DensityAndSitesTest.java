package org.ionhop.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.grid.PeriodicGrid;

/** Probability density, cube output and site statistics on walks with known answers. */
class DensityAndSitesTest {
    @Test
    void densityIntegratesToTheIonCountAndCubeIsWellFormed() {
        double[][] p = Walks.brownian(5, 200, 0.5, 0.1, 21);
        try (Displacements d = Displacements.fromPositions(p, Walks.species("Li", 5), Walks.cube(10), 0.1, 300)) {
            PeriodicGrid raw = DensityGrid.of(d, 0.5, 0);
            PeriodicGrid smooth = DensityGrid.of(d, 0.5, 0.7);
            assertThat(raw.na()).isEqualTo(20);
            assertThat(raw.integral()).isCloseTo(5.0, within(1e-9));
            // A normalised Gaussian kernel conserves the integral.
            assertThat(smooth.integral()).isCloseTo(5.0, within(1e-9));
            assertThat(smooth.max()).isLessThan(raw.max());
            StringWriter w = new StringWriter();
            DensityGrid.writeCube(raw, d.allSpecies(), d.firstFrameFrac(), "test", w);
            String[] lines = w.toString().split("\n");
            assertThat(lines[2].trim()).startsWith("5 ");
            assertThat(lines[3].trim().split("\\s+")[0]).isEqualTo("20");
            // Voxel vector along a: 10 Å / 20 voxels = 0.5 Å = 0.9449 bohr.
            assertThat(Double.parseDouble(lines[3].trim().split("\\s+")[1])).isCloseTo(0.5 / 0.529177210903,
                    within(1e-6));
            assertThat(lines[6].trim()).startsWith("3 ");
            // 20^3 values, 4 lines of 6 + 1 of 2 per (i, j) column of 20.
            assertThat(lines.length).isEqualTo(2 + 1 + 3 + 5 + 20 * 20 * 4);
        }
    }

    @Test
    void uncorrelatedHopsOnSitesGiveCorrelationFactorOne() {
        // Simple cubic sites 2 Å apart, hop probability 6 k dt = 0.06 per frame: the walk is uncorrelated, so
        // D* / D_jump = 1; residence times are exponential with mean dt / (6 k dt) minus frame discreteness.
        double a = 2.0;
        double k = 0.1;
        double dt = 0.1;
        int ions = 40;
        double[][] p = Walks.lattice(ions, 1500, a, k, dt, 13);
        try (Displacements d = Displacements.fromPositions(p, Walks.species("Li", ions), Walks.cube(20), dt, 300)) {
            List<SiteAnalysis.SitePosition> sites = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                for (int j = 0; j < 10; j++) {
                    for (int m = 0; m < 10; m++) {
                        sites.add(new SiteAnalysis.SitePosition(m % 2 == 0 ? "even" : "odd",
                                new double[] {i / 10.0, j / 10.0, m / 10.0}));
                    }
                }
            }
            TransportResult r = TransportAnalysis.analyse(d, AnalysisSettings.of("Li"));
            SiteAnalysis s = SiteAnalysis.analyse(d, "Li", sites, 0.8, r.tracer().diffusivityA2PerPs());
            assertThat(s.unassignedFraction()).isZero();
            // Hops along c alternate even/odd planes, so even->even jumps are the 4 in-plane directions of 6.
            long total = s.jumps()[0][0] + s.jumps()[0][1] + s.jumps()[1][0] + s.jumps()[1][1];
            assertThat(s.jumps()[0][0] / (double) total).isCloseTo(2.0 / 6, within(0.03));
            // Observed jumps: frames with at least one hop, rate (1 - exp(-6 k dt)) / dt per ion (several hops in a
            // frame look like one jump; the rare hop back within a frame, 1/6 of double hops, is neglected).
            // Tolerance: 3 Poisson standard deviations of the count.
            double rate = (1 - Math.exp(-6 * k * dt)) / dt;
            assertThat(total / (ions * (d.frames() - 1) * dt)).isCloseTo(rate, within(3 * rate / Math.sqrt(total)));
            // Error of f: the relative errors of D* and of the Poisson jump count in quadrature.
            double relErr = Math.hypot(r.tracer().diffusivityErrA2PerPs() / r.tracer().diffusivityA2PerPs(),
                    1 / Math.sqrt(total));
            assertThat(s.correlationFactor()).isCloseTo(1.0, within(3 * relErr));
            assertThat(s.timeFraction()[0]).isCloseTo(0.5, within(0.05));
            // Mean residence: geometric stays with p = 1 - exp(-6 k dt) per frame: dt / p.
            double mean = dt / (1 - Math.exp(-6 * k * dt));
            assertThat(s.meanResidencePs()[0]).isCloseTo(mean, within(0.05 * mean));
        }
    }

    /**
     * Sites from a reference structure (the LLZO POSCAR of refdata, Li56 La24 Zr16 O96): Li ions that vibrate by
     * 0.1 Å about every Li site are always assigned, never jump, and fill every site once.
     */
    @Test
    void sitesFromReferenceStructure() {
        org.ionhop.structure.Structure s = org.ionhop.structure.StructureReader.read(
                org.ionhop.testing.RefData.path("trajectories/LLZO_arrhenius/POSCAR"));
        List<SiteAnalysis.SitePosition> sites = SiteAnalysis.sitesFrom(s, "Li");
        assertThat(sites).hasSize(56);
        java.util.SplittableRandom r = new java.util.SplittableRandom(2);
        int frames = 50;
        double[][] p = new double[frames][3 * 56];
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < 56; i++) {
                double[] c = s.lattice().toCartesian(sites.get(i).frac());
                for (int k = 0; k < 3; k++) {
                    p[f][3 * i + k] = c[k] + 0.1 * Walks.gaussian(r);
                }
            }
        }
        try (Displacements d = Displacements.fromPositions(p, Walks.species("Li", 56), s.lattice(), 0.1, 300)) {
            SiteAnalysis a = SiteAnalysis.analyse(d, "Li", sites, 0.8, Double.NaN);
            assertThat(a.unassignedFraction()).isZero();
            long jumps = 0;
            for (long[] row : a.jumps()) {
                for (long x : row) {
                    jumps += x;
                }
            }
            assertThat(jumps).isZero();
            double total = 0;
            for (double x : a.timeFraction()) {
                total += x;
            }
            assertThat(total).isCloseTo(1.0, within(1e-12));
            assertThat(a.correlationFactor()).isNaN();
        }
    }
}
