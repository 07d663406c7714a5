package org.ionhop.cli.md;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.ProgressListener;
import org.ionhop.trajectory.AnalysisSettings;
import org.ionhop.trajectory.Displacements;
import org.ionhop.trajectory.DriftCorrection;
import org.ionhop.trajectory.LoadSettings;
import org.ionhop.trajectory.Msd;
import org.ionhop.trajectory.MsdCalculator;
import org.ionhop.trajectory.TransportAnalysis;
import org.ionhop.trajectory.TransportResult;

/**
 * The LGPS 600 K displacement set of pymatgen-analysis-diffusion (refdata trajectories/LGPS_600K_DiffusionAnalyzer.json,
 * BSD-3-Clause, Copyright (c) 2015 Regents of the University of California), written out as an extended-XYZ trajectory
 * (initial structure + displacements) and read through ionhop's reader, unwrapping and drift removal.
 *
 * <p>pymatgen's test (tests/pymatgen/analysis/diffusion/test_analyzer.py) asserts, for smoothed="max":
 * mscd[0:4] = [0.69131064, 0.71794072, 0.74315283, 0.76703961] at lags 50, 53, 56, 59 frames (its lag grid is
 * arange(min_dt = 1000 fs / 20 fs = 50, max_dt = 666, step 3), 206 lags), diffusivity 1.16083658794e-6 and
 * chg_diffusivity 3.64565578208e-6 cm^2/s (least squares of MSD on those lags, slope / 6). Its current code weights
 * the points by 1/t (analyzer.py, weighted_lstsq for smoothed="max"), which gives chg_diffusivity exactly and
 * D = 1.16129306e-6; the asserted D, 1.16083658794e-6, is the unweighted fit of an earlier version, and pymatgen's
 * test accepts both (places=7). Both fits are rebuilt here from ionhop's MSDs. pymatgen removes the unweighted mean framework displacement, so ionhop runs with
 * DriftCorrection.UNWEIGHTED here. ionhop's own D* (GLS over its own window) is deliberately different; it is checked
 * to agree with pymatgen's within its error bar.
 */
class LgpsPymatgenTest {
    @TempDir
    Path dir;

    @Test
    void msdAndLeastSquaresDiffusivityMatchPymatgen() throws IOException {
        Path json = Path.of(System.getProperty("ionhop.refdata"), "trajectories/LGPS_600K_DiffusionAnalyzer.json");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        Path xyz = dir.resolve("lgps.extxyz");
        Files.writeString(xyz, toExtxyz(root));
        LoadSettings s = LoadSettings.of("Li").withDrift(DriftCorrection.UNWEIGHTED).withFrameIntervalPs(0.02);
        try (Displacements d = Displacements.load(xyz, s, ProgressListener.NONE)) {
            assertThat(d.frames()).isEqualTo(1000);
            assertThat(d.ions()).isEqualTo(20);
            Msd m = MsdCalculator.compute(d, Map.of("Li", 1.0));
            double[] coll = m.collectiveTotal(0);
            double[] published = {0.69131064, 0.71794072, 0.74315283, 0.76703961};
            for (int i = 0; i < 4; i++) {
                // pymatgen prints 8 decimals; coordinates pass through text with 10.
                assertThat(coll[50 + 3 * i]).isCloseTo(published[i], within(2e-7));
            }
            // pymatgen's least squares over its 206 lags, rebuilt on ionhop's MSDs (slope in Å²/ps; / 6 x 1e-4).
            double[] tracer = m.tracerTotal(0);
            assertThat(slope(tracer, false) / 6 * 1e-4).isCloseTo(1.16083658794e-6, within(1e-12));
            assertThat(slope(tracer, true) / 6 * 1e-4).isCloseTo(1.16083658794e-6, within(5e-10));
            assertThat(slope(coll, true) / 6 * 1e-4).isCloseTo(3.64565578208e-6, within(1e-12));
            TransportResult r = TransportAnalysis.analyse(d, AnalysisSettings.of("Li").withTemperatureK(600));
            assertThat(r.tracerCm2PerS().value()).isCloseTo(1.16083658794e-6, within(3 * r.tracerCm2PerS().err()));
        }
    }

    /** Slope (Å²/ps) of MSD against lag time by least squares over pymatgen's lags 50, 53, ..., 665. */
    private static double slope(double[] msd, boolean weightByInverseTime) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int lag = 50; lag < 666; lag += 3) {
            double t = lag * 0.02;
            double w = weightByInverseTime ? 1 / t : 1;
            sw += w;
            sx += w * t;
            sy += w * msd[lag];
            sxx += w * t * t;
            sxy += w * t * msd[lag];
            n++;
        }
        assertThat(n).isEqualTo(206);
        return (sw * sxy - sx * sy) / (sw * sxx - sx * sx);
    }

    private static String toExtxyz(JsonNode root) {
        JsonNode st = root.get("structure");
        JsonNode mat = st.get("lattice").get("matrix");
        JsonNode sites = st.get("sites");
        JsonNode disp = root.get("displacements");
        StringBuilder lattice = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                lattice.append(mat.get(i).get(j).asDouble()).append(i == 2 && j == 2 ? "" : " ");
            }
        }
        int atoms = sites.size();
        int frames = disp.get(0).size();
        StringBuilder b = new StringBuilder();
        for (int f = 0; f < frames; f++) {
            b.append(atoms).append("\nLattice=\"").append(lattice).append("\" Properties=species:S:1:pos:R:3\n");
            for (int a = 0; a < atoms; a++) {
                JsonNode xyz = sites.get(a).get("xyz");
                JsonNode dd = disp.get(a).get(f);
                b.append(sites.get(a).get("species").get(0).get("element").asText());
                for (int k = 0; k < 3; k++) {
                    b.append(String.format(Locale.ROOT, " %.10f", xyz.get(k).asDouble() + dd.get(k).asDouble()));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
