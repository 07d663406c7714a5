package org.ionhop.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;

/** {@code ionhop report} on impedance spectra and on an NMR table. */
class ReportSectionsTest {
    private static final Path EIS = Path.of(System.getProperty("ionhop.root"), "examples", "eis");

    @Test
    void impedanceSectionOnTheExampleSeries(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r");
        CliRun r = CliRun.of("report", EIS.resolve("s04147-140deg.txt").toString(),
                EIS.resolve("s04147-170deg.txt").toString(), EIS.resolve("s04147-200deg.txt").toString(), "-o",
                out.toString(), "--quick");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("sections").path("impedance");
        // the BIC picks the two-arc circuit EISFitpython used for these spectra
        assertThat(s.path("circuit").asText()).isEqualTo("p(R1,CPE1)-p(R2,CPE2)-CPE3");
        assertThat(s.path("fits")).hasSize(3);
        assertThat(s.path("fits").get(0).path("R_bulk_ohm").asDouble()).isCloseTo(1.462e5, within(0.002e5));
        // conductance Arrhenius: E_a as for sigma T
        assertThat(s.path("arrhenius").path("grain_boundary").path("Ea_eV").asDouble()).isCloseTo(0.89, within(0.02));
        assertThat(Files.readString(out.resolve("index.html"))).contains("Impedance spectroscopy");
        assertThat(out.resolve("eis_nyquist_s04147-140deg.svg")).exists();
        assertThat(out.resolve("eis_arrhenius.svg")).exists();
    }

    @Test
    void nmrSectionReadsItsSettingsFromTheFile(@TempDir Path tmp) throws Exception {
        StringBuilder t1 = new StringBuilder("# kind = t1\n# larmor_mhz = 100\n");
        double w = 2 * Math.PI * 100e6;
        for (int i = 0; i < 15; i++) {
            double t = 250 + 20 * i;
            double tau = 2e-14 * Math.exp(0.3 / (8.617333262e-5 * t));
            t1.append(t).append(' ')
                    .append(5e9 * (tau / (1 + w * w * tau * tau) + 4 * tau / (1 + 4 * w * w * tau * tau))).append('\n');
        }
        Path f = tmp.resolve("sample_nmr_t1.txt");
        Files.writeString(f, t1.toString());
        Path out = tmp.resolve("r");
        CliRun r = CliRun.of("report", f.toString(), "-o", out.toString(), "--quick");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("sections").path("nmr");
        assertThat(s.path("sample_nmr_t1.txt").path("Ea_eV").asDouble()).isCloseTo(0.3, within(1e-6));
        assertThat(out.resolve("nmr_t1_sample_nmr_t1.svg")).exists();
    }
}
