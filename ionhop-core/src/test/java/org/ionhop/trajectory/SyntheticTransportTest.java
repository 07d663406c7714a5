package org.ionhop.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.ProgressListener;
import org.ionhop.transport.NernstEinstein;

/**
 * Diffusion coefficients, Haven ratio and conductivity on seeded synthetic walks with known D. Tolerances are
 * 3 reported standard errors (the calibration test shows that the errors are honest), and each test also requires
 * the error to be small, so that the check has teeth.
 */
class SyntheticTransportTest {
    @TempDir
    Path dir;

    @Test
    void latticeRandomWalkGivesKappaASquared() {
        // Simple cubic lattice, a = 2 Å, rate k = 0.5 /ps to each of 6 neighbours: D = k a^2 = 2 Å^2/ps per axis.
        double a = 2.0;
        double k = 0.5;
        double dTrue = k * a * a;
        double[][] p = Walks.lattice(64, 1500, a, k, 0.1, 3);
        try (Displacements d = Displacements.fromPositions(p, Walks.species("Li", 64), Walks.cube(30), 0.1, 600)) {
            TransportResult r = TransportAnalysis.analyse(d, AnalysisSettings.of("Li"));
            double err = r.tracer().diffusivityErrA2PerPs();
            assertThat(err).isLessThan(0.06 * dTrue);
            assertThat(r.tracer().diffusivityA2PerPs()).isCloseTo(dTrue, within(3 * err));
            for (DiffusionFit c : r.components()) {
                assertThat(c.diffusivityA2PerPs()).isCloseTo(dTrue, within(3 * c.diffusivityErrA2PerPs()));
            }
            // The walk is diffusive from the first lag, so the automatic window starts early.
            assertThat(r.regime().clear()).isTrue();
            assertThat(r.regime().startLag()).isLessThan(10);
        }
    }

    @Test
    void independentBrownianWalkersHaveHavenRatioOne() {
        double dTrue = 0.4;
        double[][] p = Walks.brownian(40, 3000, dTrue, 0.1, 17);
        try (Displacements d = Displacements.fromPositions(p, Walks.species("Li", 40), Walks.cube(25), 0.1, 500)) {
            TransportResult r = TransportAnalysis.analyse(d, AnalysisSettings.of("Li"));
            assertThat(r.tracer().diffusivityA2PerPs()).isCloseTo(dTrue, within(3 * r.tracer().diffusivityErrA2PerPs()));
            // D_sigma is one walker's worth of statistics: larger error, same expectation.
            assertThat(r.charge().diffusivityA2PerPs()).isCloseTo(dTrue, within(3 * r.charge().diffusivityErrA2PerPs()));
            assertThat(r.havenRatio().err()).isLessThan(0.5);
            assertThat(r.havenRatio().value()).isCloseTo(1.0, within(3 * r.havenRatio().err()));
            // Nernst-Einstein by hand: n = 40 / 25^3 Å^-3, z = 1.
            double n = 40 / Math.pow(25, 3);
            assertThat(r.sigmaTracerSPerCm().value()).isCloseTo(
                    NernstEinstein.conductivitySPerCm(n, 1, r.tracer().diffusivityA2PerPs(), 500), within(1e-12));
        }
    }

    @Test
    void chargeMsdKeepsCrossTermsBetweenSpecies() {
        // Li and Na move in pairs (Na copies a Li walk): with charges +1, +1 the summed charge displacement is twice
        // the Li sum, so MSQD = 4 MSD(sum Li) / sum z^2 = 2 x (Li collective per ion). With F (-1) instead, the pairs
        // carry no current and MSQD vanishes.
        int pairs = 10;
        int frames = 400;
        double[][] li = Walks.brownian(pairs, frames, 0.3, 0.1, 9);
        double[][] p = new double[frames][6 * pairs];
        List<String> sp = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            sp.add("Li");
        }
        for (int i = 0; i < pairs; i++) {
            sp.add("Na");
        }
        for (int f = 0; f < frames; f++) {
            System.arraycopy(li[f], 0, p[f], 0, 3 * pairs);
            System.arraycopy(li[f], 0, p[f], 3 * pairs, 3 * pairs);
        }
        try (Displacements d = Displacements.fromPositions(p, sp, Walks.cube(20), 0.1, 300)) {
            Msd m = MsdCalculator.compute(d, Map.of("Li", 1.0, "Na", 1.0));
            double[] coll = m.collectiveTotal(m.indexOf("Li"));
            double[] q = m.chargeTotal();
            for (int k = 1; k < frames; k++) {
                assertThat(q[k]).isCloseTo(2 * coll[k], within(1e-9 * coll[k] + 1e-12));
            }
            Msd neutral = MsdCalculator.compute(d, Map.of("Li", 1.0, "Na", -1.0));
            for (int k = 1; k < frames; k++) {
                assertThat(neutral.chargeTotal()[k]).isCloseTo(0.0, within(1e-9));
            }
        }
    }

    @Test
    void largeWholeSystemDriftIsRemovedExactly() throws IOException {
        // The same seeded walks with and without a drift of 0.3 Å per frame (36 Å over the run, far more than the
        // ions diffuse): after removing the framework's centre of mass, D must not change.
        SyntheticFiles still = new SyntheticFiles(120, 5, new double[3]);
        SyntheticFiles moving = new SyntheticFiles(120, 5, new double[] {0.3, -0.2, 0.25});
        Path a = dir.resolve("still_XDATCAR");
        Path b = dir.resolve("moving_XDATCAR");
        Files.writeString(a, still.xdatcar(false));
        Files.writeString(b, moving.xdatcar(false));
        LoadSettings s = LoadSettings.of("Li").withFrameIntervalPs(0.1);
        AnalysisSettings as = AnalysisSettings.of("Li").withTemperatureK(600).withWindowPs(0.5, 5.0);
        double dStill;
        double errStill;
        double dMoving;
        double dUncorrected;
        try (Displacements d = Displacements.load(a, s, ProgressListener.NONE)) {
            DiffusionFit f = TransportAnalysis.analyse(d, as).tracer();
            dStill = f.diffusivityA2PerPs();
            errStill = f.diffusivityErrA2PerPs();
        }
        try (Displacements d = Displacements.load(b, s, ProgressListener.NONE)) {
            dMoving = TransportAnalysis.analyse(d, as).tracer().diffusivityA2PerPs();
        }
        try (Displacements d = Displacements.load(b, s.withDrift(DriftCorrection.NONE), ProgressListener.NONE)) {
            dUncorrected = TransportAnalysis.analyse(d, as).tracer().diffusivityA2PerPs();
        }
        assertThat(dMoving).isCloseTo(dStill, within(1e-6 * dStill));
        // Without the correction the drift adds v^2 t^2 to the MSD: the fitted D moves by many standard errors.
        assertThat(dUncorrected - dStill).isGreaterThan(5 * errStill);
    }

    @Test
    void seriesSpilledToDiskGiveTheSameMsd() throws IOException {
        SyntheticFiles syn = new SyntheticFiles(300, 8, new double[] {0.01, 0, 0});
        Path p = dir.resolve("XDATCAR");
        Files.writeString(p, syn.xdatcar(false));
        LoadSettings s = LoadSettings.of("Li").withFrameIntervalPs(0.1);
        try (Displacements mem = Displacements.load(p, s, ProgressListener.NONE);
             Displacements disk = Displacements.load(p, s.withMemoryBudgetBytes(1024), ProgressListener.NONE)) {
            assertThat(mem.onDisk()).isFalse();
            assertThat(disk.onDisk()).isTrue();
            Msd a = MsdCalculator.compute(mem, Map.of("Li", 1.0));
            Msd b = MsdCalculator.compute(disk, Map.of("Li", 1.0));
            assertThat(b.tracerTotal(0)).containsExactly(a.tracerTotal(0));
            assertThat(b.chargeTotal()).containsExactly(a.chargeTotal());
        }
    }

    /**
     * NPT: Brownian walkers (D = 0.5 Å²/ps) written into a cell whose size fluctuates by 0.5 % from frame to frame,
     * as a variable-cell XDATCAR (header repeated every frame). Unwrapping in each frame's own cell (von Bülow et al.
     * 2020) must recover D within 3 standard errors.
     */
    @Test
    void fluctuatingCellIsUnwrappedWithoutBias() throws IOException {
        int ions = 30;
        int frames = 600;
        double dTrue = 0.5;
        double[][] p = Walks.brownian(ions, frames, dTrue, 0.05, 31);
        java.util.SplittableRandom r = new java.util.SplittableRandom(77);
        StringBuilder b = new StringBuilder();
        double[] f = new double[3];
        for (int t = 0; t < frames; t++) {
            double a = 12.0 * (1 + 0.005 * Walks.gaussian(r));
            org.ionhop.structure.Lattice l = Walks.cube(a);
            b.append(String.format(java.util.Locale.ROOT, "npt%n1.0%n%.8f 0 0%n0 %.8f 0%n0 0 %.8f%nLi%n%d%n"
                    + "Direct configuration= %d%n", a, a, a, ions, t + 1));
            for (int i = 0; i < ions; i++) {
                l.toFractional(p[t][3 * i], p[t][3 * i + 1], p[t][3 * i + 2], f);
                b.append(String.format(java.util.Locale.ROOT, "%.10f %.10f %.10f%n", f[0] - Math.floor(f[0]),
                        f[1] - Math.floor(f[1]), f[2] - Math.floor(f[2])));
            }
        }
        Path x = dir.resolve("npt_XDATCAR");
        Files.writeString(x, b.toString());
        try (Displacements d = Displacements.load(x, LoadSettings.of("Li").withFrameIntervalPs(0.05),
                ProgressListener.NONE)) {
            TransportResult res = TransportAnalysis.analyse(d, AnalysisSettings.of("Li").withTemperatureK(600));
            double err = res.tracer().diffusivityErrA2PerPs();
            assertThat(err).isLessThan(0.1 * dTrue);
            assertThat(res.tracer().diffusivityA2PerPs()).isCloseTo(dTrue, within(3 * err));
            assertThat(d.meanVolumeA3()).isCloseTo(1728, within(5.0));
        }
    }

    /**
     * Two mobile species moving in rigid Li-Na pairs (both +1): the pairs carry twice the charge of one walker, so
     * D_sigma (per sum z^2) = 2 D and the Haven ratio sigma_tracer / sigma_charge = 1/2, a case of correlated motion
     * that must lower H_R below 1.
     */
    @Test
    void pairedSpeciesHaveHavenRatioOneHalf() {
        int pairs = 30;
        int frames = 2000;
        double dTrue = 0.4;
        double[][] li = Walks.brownian(pairs, frames, dTrue, 0.1, 23);
        double[][] p = new double[frames][6 * pairs];
        List<String> sp = new ArrayList<>();
        for (int i = 0; i < 2 * pairs; i++) {
            sp.add(i < pairs ? "Li" : "Na");
        }
        for (int f = 0; f < frames; f++) {
            System.arraycopy(li[f], 0, p[f], 0, 3 * pairs);
            System.arraycopy(li[f], 0, p[f], 3 * pairs, 3 * pairs);
        }
        try (Displacements d = Displacements.fromPositions(p, sp, Walks.cube(25), 0.1, 500)) {
            TransportResult r = TransportAnalysis.analyse(d, AnalysisSettings.of("Li"));
            assertThat(r.tracerBySpecies()).containsKeys("Li", "Na");
            assertThat(r.charge().diffusivityA2PerPs()).isCloseTo(2 * dTrue, within(3 * r.charge().diffusivityErrA2PerPs()));
            assertThat(r.havenRatio().err()).isLessThan(0.25);
            assertThat(r.havenRatio().value()).isCloseTo(0.5, within(3 * r.havenRatio().err()));
        }
    }
}
