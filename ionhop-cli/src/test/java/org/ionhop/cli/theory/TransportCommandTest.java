package org.ionhop.cli.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.common.Json;
import org.ionhop.transport.HoppingConductivity;
import org.ionhop.transport.IsotopeEffect;

class TransportCommandTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("examples");

    /** CLI equals API: the options build the same Eq. 1 as the library (c converted from 1/cm^3 to 1/Å^3). */
    @Test
    void sigmaMatchesLibrary() throws Exception {
        CliRun r = CliRun.of("transport", "sigma", "--c", "2.44e22", "--a", "2.0", "--nu0", "10", "--dH", "0.3",
                "--dS", "0.5", "--haven", "0.5", "-T", "300,400", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = Json.mapper().readTree(r.out());
        assertThat(o.at("/meta/command").asText()).isEqualTo("transport sigma");
        HoppingConductivity h = new HoppingConductivity(1, 0.5, 0.0244, 1, 2.0, 10, 0.5, 0.3, 3);
        assertThat(o.at("/results/1/sigma_S_per_cm").asDouble()).isCloseTo(h.conductivitySPerCm(400),
                within(1e-12 * h.conductivitySPerCm(400)));
        // D_sigma in cm^2/s = 1e-4 x Å^2/ps.
        assertThat(o.at("/results/0/charge_diffusivity_cm2_per_s").asDouble())
                .isCloseTo(h.chargeDiffusivityA2PerPs(300) * 1e-4, within(1e-12 * h.chargeDiffusivityA2PerPs(300)));
    }

    /** invert from a sigma(T) table written with Eq. 1 gives dH and nu_0 exp(dS/k_B) back. */
    @Test
    void invertFromTableRoundTrips(@TempDir Path dir) throws Exception {
        HoppingConductivity h = new HoppingConductivity(1, 1, 0.0244, 1, 2.0, 7.0, 1.2, 0.28, 3);
        StringBuilder b = new StringBuilder("# T(K) sigma(S/cm)\n");
        for (double t = 280; t <= 400; t += 20) {
            b.append(t).append(' ').append(h.conductivitySPerCm(t)).append('\n');
        }
        Path table = dir.resolve("sigma.dat");
        Files.writeString(table, b.toString());
        CliRun r = CliRun.of("transport", "invert", "--c", "2.44e22", "--a", "2.0", "--data", table.toString(),
                "--nu0", "7", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = Json.mapper().readTree(r.out());
        assertThat(o.get("activation_enthalpy_eV").asDouble()).isCloseTo(0.28, within(1e-9));
        assertThat(o.get("effective_attempt_frequency_THz").asDouble()).isCloseTo(7 * Math.exp(1.2), within(1e-6));
        assertThat(o.get("activation_entropy_kB").asDouble()).isCloseTo(1.2, within(1e-8));
        // Without --c the same table gives the carrier density back from the known nu_0 and dS.
        CliRun c = CliRun.of("transport", "invert", "--a", "2.0", "--data", table.toString(), "--nu0", "7", "--dS",
                "1.2", "--json");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(Json.mapper().readTree(c.out()).get("carrier_density_per_cm3").asDouble()).isCloseTo(2.44e22,
                within(1e-9 * 2.44e22));
        rejectsTable(table, "300 1e-3\n320 x\n", "sigma.dat", "line 2");
        // Values the fit cannot take, and rows with and without errors, are named by line too (not a bare
        // message from the fit, and not a silent -Infinity).
        rejectsTable(table, "# T sigma\n300 1e-3\n320 -2e-3\n", "sigma.dat, line 3", "positive sigma");
        rejectsTable(table, "300 1e-3 1e-4\n320 2e-3\n", "sigma.dat, line 2", "columns");
        rejectsTable(table, "300 1e-3\n300 2e-3\n", "distinct temperatures");
    }

    private static void rejectsTable(Path table, String content, String... message) throws Exception {
        Files.writeString(table, content);
        CliRun r = CliRun.of("transport", "invert", "--c", "2.44e22", "--a", "2.0", "--data", table.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message);
    }

    @Test
    void isotopeVineyardPhononEntropy() throws Exception {
        JsonNode iso = Json.mapper().readTree(CliRun.of("transport", "isotope", "--ratio", "1.04", "--json").out());
        assertThat(iso.get("classical_ratio").asDouble()).isCloseTo(
                Math.sqrt(IsotopeEffect.LI7_AMU / IsotopeEffect.LI6_AMU), within(1e-12));
        assertThat(iso.get("isotope_effect_parameter").asDouble()).isCloseTo(0.04 / (iso.get("classical_ratio")
                .asDouble() - 1), within(1e-12));
        JsonNode v = Json.mapper().readTree(CliRun.of("transport", "vineyard", "--minimum", "5,7,11", "--saddle",
                "7,11", "--json").out());
        assertThat(v.get("attempt_frequency_THz").asDouble()).isCloseTo(5, within(1e-12));
        JsonNode p = Json.mapper().readTree(CliRun.of("transport", "phonon", "--barrier", "0.3", "--spread", "0.03",
                "-T", "300", "--json").out());
        assertThat(p.at("/results/0/effective_barrier_eV").asDouble()).isCloseTo(0.3 - 0.03 * 0.03
                / (2 * 8.617333262e-5 * 300), within(1e-12));
        JsonNode e = Json.mapper().readTree(CliRun.of("transport", "entropy", "--sublattice", "2:0.5,0.5",
                "--mixing-enthalpy", "0.05", "--json").out());
        assertThat(e.get("entropy_kB_per_formula_unit").asDouble()).isCloseTo(2 * Math.log(2), within(1e-12));
        CliRun bad = CliRun.of("transport", "entropy", "--sublattice", "2:0.5,0.4");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("sum to 1");
    }

    /** The bundled check: the Haven ratio of the kMC model disagrees with EIS + PFG-NMR + c by 3.4 sigma. */
    @Test
    void checkExampleFlagsTheInconsistentHavenRatio() throws Exception {
        CliRun r = CliRun.of("transport", "check", EXAMPLES.resolve("transport_check.yaml").toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = Json.mapper().readTree(r.out());
        assertThat(o.get("consistent").asBoolean()).isFalse();
        assertThat(o.get("degrees_of_freedom").asInt()).isEqualTo(1);
        // H_R implied by sigma, D* and c alone: D* / (sigma k_B T / (c q^2)), with relative errors 0.1 and 0.118.
        double kT = 1.380649e-23 * 298.15;
        double q = 1.602176634e-19;
        double dSigma = 2.0e-3 * 100 * kT / (2.44e22 * 1e6 * q * q) * 1e4; // cm^2/s
        double hr = 8.5e-9 / dSigma;
        assertThat(o.at("/quantities/haven_ratio/z_vs_others").asDouble()).isCloseTo(
                Math.log(0.30 / hr) / Math.sqrt(Math.pow(0.05 / 0.30, 2) + 0.1 * 0.1 + Math.pow(1.0 / 8.5, 2)),
                within(1e-6));
        assertThat(o.at("/quantities/correlation_factor/determined").asBoolean()).isTrue();
        assertThat(o.at("/quantities/activation_enthalpy_eV/determined").asBoolean()).isFalse();
    }

    @Test
    void badCheckFilesAreReportedWithTheKey(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad_transport.yaml");
        Files.writeString(f, "temperature_K: 300\nmeasurements:\n  sigma_mS_per_cm: 2.0\n");
        CliRun r = CliRun.of("transport", "check", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("bad_transport.yaml, line 3", "measurements.sigma_mS_per_cm", "sigma_S_per_cm")
                .doesNotContain("found nothing");
        Files.writeString(f, "measurements:\n  sigma_S_per_cm: 2.0e-3\n");
        assertThat(CliRun.of("transport", "check", f.toString()).err()).contains("temperature_K", "a number");
        Files.writeString(f, "temperature_K: 300\nmeasurements:\n  sigma_S_per_cm: 1e-3\n  haven_ratio: {value: -0.5}\n");
        assertThat(CliRun.of("transport", "check", f.toString()).err())
                .contains("line 4", "haven_ratio", "positive");
        Files.writeString(f, "temperature_K: 300\nmeasurements:\n  sigma_S_per_cm: {value: abc}\n");
        assertThat(CliRun.of("transport", "check", f.toString()).err())
                .contains("line 3", "measurements.sigma_S_per_cm.value", "'abc'");
        Files.writeString(f, "temperature_K: 300\ndimension: 2.5\nmeasurements:\n  sigma_S_per_cm: 1e-3\n");
        assertThat(CliRun.of("transport", "check", f.toString()).err()).contains("line 2", "dimension", "1, 2 or 3");
        Files.writeString(f, "temperature_K: -5\nmeasurements:\n  sigma_S_per_cm: 1e-3\n");
        assertThat(CliRun.of("transport", "check", f.toString()).err()).contains("line 1", "temperature_K", "> 0 K");
        // A YAML syntax error is reported on one line (the parser's own message spans several).
        Files.writeString(f, "temperature_K: [300\n");
        CliRun syntax = CliRun.of("transport", "check", f.toString());
        assertThat(syntax.code()).isEqualTo(2);
        assertThat(syntax.err().strip()).contains("line", "YAML").doesNotContain("\n");
    }
}
