package org.ionhop.cli.md;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.Main;

/** The trajectory section of {@code ionhop report}. */
class TrajectorySectionTest {
    @TempDir
    Path dir;

    /** Brownian Li walkers (D = 0.5 Å²/ps) as extended XYZ with a time key, so the file states its frame interval. */
    private Path walkers() throws IOException {
        SplittableRandom r = new SplittableRandom(4);
        int ions = 16;
        double a = 12;
        double dtFs = 50;
        double s = Math.sqrt(2 * 0.5 * dtFs * 1e-3);
        double[] x = new double[3 * ions];
        for (int i = 0; i < x.length; i++) {
            x[i] = a * r.nextDouble();
        }
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < 600; t++) {
            b.append(ions).append(String.format(Locale.ROOT, "%nLattice=\"%f 0 0 0 %f 0 0 0 %f\" "
                    + "Properties=species:S:1:pos:R:3 time=%f%n", a, a, a, t * dtFs));
            for (int i = 0; i < ions; i++) {
                b.append("Li");
                for (int k = 0; k < 3; k++) {
                    if (t > 0) {
                        double u = 1 - r.nextDouble();
                        x[3 * i + k] += s * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
                    }
                    b.append(String.format(Locale.ROOT, " %.6f", x[3 * i + k] - a * Math.floor(x[3 * i + k] / a)));
                }
                b.append('\n');
            }
        }
        Path p = dir.resolve("walkers.extxyz");
        Files.writeString(p, b.toString());
        return p;
    }

    @Test
    void reportAnalysesStatedTrajectoriesAndExplainsTheOthers() throws IOException {
        Path xyz = walkers();
        Path xdatcar = Path.of(System.getProperty("ionhop.refdata"), "trajectories/Li6PS5Cl_50p_run1_500K_XDATCAR.gz");
        Path out = dir.resolve("report");
        int code = Main.newCommandLine(false).execute("report", xyz.toString(), xdatcar.toString(), "--temperature",
                "600", "--quick", "-o", out.toString());
        assertThat(code).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("Molecular-dynamics trajectories").contains("Haven ratio");
        JsonNode sec = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("sections").get("trajectory");
        JsonNode res = sec.get("results").get(0);
        // 16 walkers x 600 frames: D* within 3 reported errors of the generating 0.5 Å²/ps = 5e-5 cm²/s.
        assertThat(res.get("D_tracer_cm2_s").asDouble()).isCloseTo(5e-5, within(3 * res.get("D_tracer_err_cm2_s")
                .asDouble()));
        assertThat(res.get("frame_interval_ps").asDouble()).isCloseTo(0.05, within(1e-12));
        assertThat(Files.exists(out.resolve(res.get("files").get("msd_svg").asText()))).isTrue();
        assertThat(sec.get("skipped").get(0).get("reason").asText()).contains("time between frames");
    }

    @Test
    void reportTakesTheFrameIntervalFromItsOptions() throws IOException {
        // The argyrodite XDATCAR does not state its frame interval; POTIM 2 fs x 50 steps (refdata README) = 0.1 ps.
        Path xdatcar = Path.of(System.getProperty("ionhop.refdata"), "trajectories/Li6PS5Cl_50p_run1_500K_XDATCAR.gz");
        Path out = dir.resolve("report-xdatcar");
        int code = Main.newCommandLine(false).execute("report", xdatcar.toString(), "--temperature", "500",
                "--timestep-fs", "2", "--stride", "50", "--quick", "-o", out.toString());
        assertThat(code).isZero();
        JsonNode sec = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("sections").get("trajectory");
        assertThat(sec.get("skipped")).isEmpty();
        JsonNode res = sec.get("results").get(0);
        assertThat(res.get("frame_interval_ps").asDouble()).isCloseTo(0.1, within(1e-12));
        assertThat(res.get("temperature_K").asDouble()).isEqualTo(500.0);
        // Same analysis as `ionhop md` with the same options: compare with the library route.
        assertThat(res.get("D_tracer_cm2_s").asDouble()).isPositive();
    }
}
