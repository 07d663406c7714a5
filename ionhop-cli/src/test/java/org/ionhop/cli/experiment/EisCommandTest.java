package org.ionhop.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;

/** {@code ionhop eis} and {@code ionhop nmr} as a user runs them. */
class EisCommandTest {
    private static final Path REFDATA = Path.of(System.getProperty("ionhop.refdata"));

    @TempDir
    Path tmp;

    @Test
    void temperatureSeriesJsonHasTheDocumentedKeys() throws Exception {
        List<String> args = new ArrayList<>(List.of("eis"));
        for (int c = 140; c <= 200; c += 20) {
            args.add(REFDATA.resolve("eis/eisfitpython_s04147_VT/s04147-" + c + "deg.txt").toString());
        }
        args.addAll(List.of("--circuit", "p(R1,CPE1)-p(R2,CPE2)-CPE3", "--thickness-cm", "0.21", "--diameter-cm", "0.8",
                "--temperature-c", "140,160,180,200", "--json", "-o", tmp.toString()));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("meta").path("command").asText()).isEqualTo("eis");
        JsonNode fits = j.path("fits");
        assertThat(fits).hasSize(4);
        JsonNode f0 = fits.get(0);
        for (String k : List.of("temperature_K", "parameters", "errors", "R_bulk_ohm", "R_gb_ohm", "C_bulk_F", "C_gb_F",
                "sigma_bulk_S_cm", "sigma_total_S_cm", "chi2")) {
            assertThat(f0.has(k)).as(k).isTrue();
        }
        // EISFitpython at 413 K: R_bulk 1.462e5 Ohm; sigma_bulk = 0.21 / (R pi 0.16) = 2.857e-6 S/cm
        assertThat(f0.path("R_bulk_ohm").asDouble()).isCloseTo(1.462e5, within(0.002e5));
        assertThat(f0.path("sigma_bulk_S_cm").asDouble()).isCloseTo(0.21 / (f0.path("R_bulk_ohm").asDouble()
                * Math.PI * 0.16), within(1e-12));
        assertThat(f0.path("parameters").has("CPE3_n")).isTrue();
        for (String law : List.of("bulk", "grain_boundary", "total")) {
            JsonNode a = j.path("arrhenius").path(law);
            assertThat(a.path("Ea_eV").asDouble()).as(law).isBetween(0.5, 1.0);
            assertThat(a.path("Ea_err_eV").asDouble()).as(law).isPositive();
            assertThat(a.path("prefactor").asDouble()).as(law).isPositive();
        }
        assertThat(Files.exists(tmp.resolve("eis_arrhenius.svg"))).isTrue();
        assertThat(Files.exists(tmp.resolve("nyquist_s04147-140deg.svg"))).isTrue();
        assertThat(Files.exists(tmp.resolve("drt_s04147-140deg.svg"))).isTrue();
    }

    @Test
    void badInputExitsWithTwo() throws Exception {
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "1,2,-3\n2,oops,-4\n3,4,-5\n");
        CliRun r = CliRun.of("eis", bad.toString(), "--circuit", "R0-p(R1,C1)", "-o", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 2");
        CliRun c = CliRun.of("eis", REFDATA.resolve("eis/impedancepy_Circuit3_EIS_1.z").toString(), "--circuit",
                "R0-p(R1,X1)", "-o", tmp.toString());
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("unknown element");
        CliRun t = CliRun.of("eis", REFDATA.resolve("eis/impedancepy_Circuit3_EIS_1.z").toString(), "--circuit",
                "R0-p(R1,C1)", "--temperature", "300,310", "-o", tmp.toString());
        assertThat(t.exitCode()).isEqualTo(2);
        assertThat(t.err()).contains("one temperature per file");
    }

    @Test
    void nmrSubcommandsOnTables() throws Exception {
        // BPP rates generated from E_a = 0.4 eV, tau_0 = 1e-14 s, C = 3e9 1/s^2 at 100 MHz (exact values)
        StringBuilder t1 = new StringBuilder("# larmor_mhz = 100\nT_K rate_per_s\n");
        double w = 2 * Math.PI * 100e6;
        for (int i = 0; i < 20; i++) {
            double t = 250 + 15 * i;
            double tau = 1e-14 * Math.exp(0.4 / (8.617333262e-5 * t));
            double rate = 3e9 * (tau / (1 + w * w * tau * tau) + 4 * tau / (1 + 4 * w * w * tau * tau));
            t1.append(t).append(' ').append(rate).append('\n');
        }
        Path f = tmp.resolve("li_t1.txt");
        Files.writeString(f, t1.toString());
        CliRun r = CliRun.of("nmr", "t1", f.toString(), "--json", "-o", tmp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("Ea_eV").asDouble()).isCloseTo(0.4, within(1e-6));
        assertThat(j.path("tau0_s").asDouble()).isCloseTo(1e-14, within(1e-19));
        assertThat(j.path("peak_omega_tau").asDouble()).isCloseTo(0.6158, within(1e-4));
        assertThat(Files.exists(tmp.resolve("t1_li_t1.svg"))).isTrue();

        CliRun h = CliRun.of("nmr", "haven", "--d-star", "1e-8", "--sigma", "1e-3", "--temperature", "300",
                "--carrier-density", "0.02", "--json");
        assertThat(h.exitCode()).as(h.err()).isZero();
        JsonNode hj = new ObjectMapper().readTree(h.out());
        assertThat(hj.path("haven_ratio").asDouble() * hj.path("D_sigma_cm2_s").asDouble()).isCloseTo(1e-8,
                within(1e-18));
        // D* from a PFG table (exact decay with D = 1e-12 m^2/s = 1e-8 cm^2/s, b-values given): same H_R
        StringBuilder pfg = new StringBuilder("# abscissa = b\n");
        for (int i = 0; i < 10; i++) {
            double b = 1e11 * i;
            pfg.append(b).append(' ').append(500 * Math.exp(-1e-12 * b)).append('\n');
        }
        Path pf = tmp.resolve("decay_pfg.txt");
        Files.writeString(pf, pfg.toString());
        CliRun hp = CliRun.of("nmr", "haven", "--pfg", pf.toString(), "--sigma", "1e-3", "--temperature", "300",
                "--carrier-density", "0.02", "--json");
        assertThat(hp.exitCode()).as(hp.err()).isZero();
        assertThat(new ObjectMapper().readTree(hp.out()).path("haven_ratio").asDouble())
                .isCloseTo(hj.path("haven_ratio").asDouble(), within(1e-6 * hj.path("haven_ratio").asDouble()));
        CliRun missing = CliRun.of("nmr", "t1", f.toString(), "--t1rho", "-o", tmp.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("spin-lock");
    }
}
