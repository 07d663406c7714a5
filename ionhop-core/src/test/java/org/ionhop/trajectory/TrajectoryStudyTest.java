package org.ionhop.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.ProgressListener;
import org.ionhop.stats.Measured;
import org.ionhop.testing.RefData;
import org.ionhop.units.Constants;

/**
 * The trajectory facade against the step-by-step library route, an Arrhenius law put into the data, and the
 * conservation of the ion count by the density; its settings' defaults and validation.
 */
class TrajectoryStudyTest {
    private static final double A = 15.0;
    private static final int IONS = 24;
    private static final double DT_PS = 0.1;
    private static final double D0 = 20;
    private static final double EA = 0.25;

    @TempDir
    Path dir;

    /** Brownian Li walkers with D = D0 exp(-Ea / kT) as an XDATCAR of wrapped fractional coordinates. */
    private Path walkers(double temperatureK, long seed) throws IOException {
        double d = D0 * Math.exp(-EA / (Constants.BOLTZMANN_EV_PER_K * temperatureK));
        double[][] p = Walks.brownian(IONS, 600, d, DT_PS, seed);
        StringBuilder b = new StringBuilder("walkers\n1.0\n");
        b.append(String.format(Locale.ROOT, "%f 0 0%n0 %f 0%n0 0 %f%nLi%n%d%n", A, A, A, IONS));
        for (int f = 0; f < p.length; f++) {
            b.append("Direct configuration= ").append(f + 1).append('\n');
            for (int i = 0; i < IONS; i++) {
                for (int k = 0; k < 3; k++) {
                    double w = p[f][3 * i + k] / A;
                    b.append(String.format(Locale.ROOT, " %.10f", w - Math.floor(w)));
                }
                b.append('\n');
            }
        }
        Path file = dir.resolve("T" + (int) temperatureK + "_XDATCAR");
        Files.writeString(file, b.toString());
        return file;
    }

    @Test
    void studyEqualsTheStepByStepRouteAndRecoversTheArrheniusLaw() throws IOException {
        double[] temps = {600, 800, 1000};
        List<Path> files = List.of(walkers(600, 1), walkers(800, 2), walkers(1000, 3));
        TrajectorySettings s = TrajectorySettings.defaults().withFiles(files).withTemperatures(List.of(600.0, 800.0,
                1000.0)).withTimestepFs(DT_PS * 1e3, 1).withDensity(true, 0.5, 0.3, Double.NaN)
                .withSites(TrajectorySettings.SITES_FROM_DENSITY, 1.0);
        TrajectoryStudyResult r = TrajectoryStudy.run(s, ProgressListener.NONE);
        assertThat(r.runs()).hasSize(3);
        assertThat(r.skipped()).isEmpty();
        for (int i = 0; i < 3; i++) {
            TransportResult t = r.runs().get(i).transport();
            // The library route by hand gives the same numbers, bit for bit.
            try (Displacements d = Displacements.load(files.get(i), LoadSettings.of("Li").withFrameIntervalPs(DT_PS),
                    ProgressListener.NONE)) {
                TransportResult manual = TransportAnalysis.analyse(d, AnalysisSettings.of("Li").withTemperatureK(temps[i]));
                assertThat(t.tracerCm2PerS()).isEqualTo(manual.tracerCm2PerS());
                assertThat(t.havenRatio()).isEqualTo(manual.havenRatio());
                assertThat(t.sigmaChargeSPerCm()).isEqualTo(manual.sigmaChargeSPerCm());
            }
            DensityResult density = r.runs().get(i).density();
            // The density integrates to the ion count: its mean is N / V, which is also the default level.
            assertThat(density.meanPerA3()).isCloseTo(IONS / (A * A * A), within(1e-12));
            assertThat(density.levelPerA3()).isEqualTo(density.meanPerA3());
            assertThat(density.threshold1dPerA3()).isGreaterThanOrEqualTo(density.threshold3dPerA3());
            assertThat(r.runs().get(i).sites().siteCount()).isPositive();
        }
        // Ea within 3 standard errors of the 0.25 eV put into the walks.
        ArrheniusAnalysis a = r.arrhenius();
        assertThat(a.fit().activationEnergyEv()).isCloseTo(EA, within(3 * a.fit().activationEnergyErrEv()));
        assertThat(a.targetK()).isEqualTo(300);
        assertThat(a).usingRecursiveComparison().isEqualTo(ArrheniusAnalysis.ofTracer(r.transport(), 300));
    }

    /**
     * The library use shown in the README, on the argyrodite AIMD run (refdata, POTIM 2 fs x NBLOCK 50): D* is the
     * number {@code ionhop md} printed before the facade existed (golden file md_argyrodite.json), and the density
     * percolates in 3D (md_density_sites.json).
     */
    @Test
    void readmeExampleGivesTheRecordedNumbers() {
        Path file = RefData.path("trajectories/Li6PS5Cl_50p_run1_500K_XDATCAR.gz");
        TrajectoryStudyResult study = TrajectoryStudy.run(TrajectorySettings.of(file).withTemperatures(List.of(500.0))
                .withTimestepFs(2, 50).withDensity(true, 0.25, 0.3, Double.NaN), ProgressListener.NONE);
        Measured dStar = study.runs().get(0).transport().tracerCm2PerS(); // D* with its standard error, cm²/s
        int dims = study.runs().get(0).density().dimensionality(); // 3: a network spanning the crystal
        assertThat(dStar.value()).isCloseTo(1.3731804968911014E-5, within(1e-18));
        assertThat(dStar.err()).isCloseTo(8.073285450983522E-7, within(1e-19));
        assertThat(dims).isEqualTo(3);
        assertThat(study.runs().get(0).density().threshold3dPerA3()).isCloseTo(0.02898726890974357, within(1e-15));
    }

    @Test
    void filesThatCannotBeAnalysedStopTheStudyOrAreListed() throws IOException {
        Path good = walkers(700, 4);
        Path bad = dir.resolve("bad_XDATCAR");
        Files.writeString(bad, "walkers\n1.0\n" + A + " 0 0\n0 " + A + " 0\n0 0 " + A + "\nLi\n1\nDirect configuration= 1\n"
                + " 0.1 abc 0.3\n");
        TrajectorySettings s = TrajectorySettings.of(good, bad).withTemperatures(List.of(700.0)).withTimestepFs(100, 1);
        assertThatThrownBy(() -> TrajectoryStudy.run(s, ProgressListener.NONE)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("bad_XDATCAR, line 9");
        TrajectoryStudyResult r = TrajectoryStudy.run(s.withSkipFailedFiles(true), ProgressListener.NONE);
        assertThat(r.runs()).hasSize(1);
        assertThat(r.skipped()).singleElement().satisfies(k -> {
            assertThat(k.file()).isEqualTo(bad);
            assertThat(k.reason()).contains("line 9").contains("'abc'");
        });
        assertThat(r.arrhenius()).isNull();
        // An XDATCAR states no temperature: without one the setting is named, not the file blamed.
        assertThatThrownBy(() -> TrajectoryStudy.run(TrajectorySettings.of(good).withTimestepFs(100, 1),
                ProgressListener.NONE)).isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("temperatures"));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        TrajectorySettings d = TrajectorySettings.defaults();
        assertThat(d.files()).isEmpty();
        assertThat(d.ions()).containsExactly("Li");
        assertThat(d.drift()).isEqualTo(DriftCorrection.MASS_WEIGHTED);
        assertThat(d.extrapolateToK()).isEqualTo(300);
        assertThat(d.gridSpacingA()).isEqualTo(0.25);
        assertThat(d.smoothA()).isEqualTo(0.3);
        assertThat(d.siteRadiusA()).isEqualTo(1.0);
        assertThat(d.isosurfaceLevelPerA3()).isNaN();
        assertThat(d.density()).isFalse();
        assertThat(d.sites()).isNull();
        assertThat(d.memoryMb()).isZero();
        // withX copies change one thing and keep the rest.
        assertThat(d.withExtrapolateToK(350).withExtrapolateToK(300)).isEqualTo(d);
        // The time step and stride become the frame interval of the loader (2 fs x 50 = 0.1 ps).
        assertThat(TrajectorySettings.of(Path.of("x_XDATCAR")).withTimestepFs(2, 50).loadSettings(java.util.Map.of())
                .frameIntervalPs()).isCloseTo(0.1, within(1e-15));
    }

    @Test
    void impossibleValuesNameTheirSetting() {
        TrajectorySettings d = TrajectorySettings.defaults();
        assertSetting(() -> d.withTemperatures(List.of(500.0, -5.0)), "temperatures");
        assertSetting(() -> d.withDensity(true, 0, 0.3, Double.NaN), "gridSpacingA");
        assertSetting(() -> d.withDensity(true, 0.25, -1, Double.NaN), "smoothA");
        assertSetting(() -> d.withSites("density", 0), "siteRadiusA");
        assertSetting(() -> d.withExtrapolateToK(-300), "extrapolateToK");
        assertSetting(() -> d.withTimestepFs(Double.POSITIVE_INFINITY, 1), "timestepFs");
        assertSetting(() -> d.withFitWindowPs(5, 2), "fitEndPs");
        assertSetting(() -> d.withIons(List.of()), "ions");
        Path f = Path.of("a_XDATCAR");
        assertSetting(() -> d.checkConsistent(), "files");
        assertSetting(() -> d.withFiles(List.of(f, f, f)).withTemperatures(List.of(500.0, 600.0)).checkConsistent(),
                "temperatures");
        assertSetting(() -> d.withFiles(List.of(f)).withTimestepFs(Double.NaN, 50).checkConsistent(), "stride");
    }

    private static void assertSetting(Runnable r, String setting) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidSettingException.class,
                e -> assertThat(e.setting()).isEqualTo(setting));
    }
}
