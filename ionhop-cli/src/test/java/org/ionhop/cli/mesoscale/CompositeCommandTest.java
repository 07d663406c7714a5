package org.ionhop.cli.mesoscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.ionhop.cli.CliRun;
import org.ionhop.mesoscale.CompositeSettings;
import org.ionhop.mesoscale.EffectiveMedium;
import org.ionhop.mesoscale.NetworkSettings;

/** {@code ionhop composite}: defaults, JSON keys, lists, fit, network check and bad input. */
class CompositeCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void noOptionsBuildTheLibraryDefaults() {
        CompositeCommand c = new CompositeCommand();
        new CommandLine(c).parseArgs();
        assertThat(c.settings()).isEqualTo(CompositeSettings.defaults());
        assertThat(c.networkSettings()).isEqualTo(NetworkSettings.defaults());
    }

    @Test
    void listsTakeCommasOrSpacesAndReplaceTheDefault() {
        CompositeCommand c = new CompositeCommand();
        new CommandLine(c).parseArgs("--fraction", "0.1,0.2", "0.3", "--temperature", "300 320");
        assertThat(c.settings().fractions()).containsExactly(0.1, 0.2, 0.3);
        assertThat(c.settings().temperaturesK()).containsExactly(300.0, 320.0);
    }

    @Test
    void jsonHasPointsAndTheMaximum(@TempDir Path tmp) throws Exception {
        CliRun r = CliRun.of("composite", "--model", "bruggeman", "--sigma-filler", "1e-3", "--sigma-matrix", "1e-5",
                "--fraction", "0,0.5,1", "--json", "-o", tmp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = MAPPER.readTree(r.out());
        assertThat(j.path("points")).hasSize(3);
        JsonNode mid = j.path("points").get(1);
        assertThat(mid.path("fraction").asDouble()).isEqualTo(0.5);
        assertThat(mid.path("sigma_S_cm").asDouble())
                .isCloseTo(EffectiveMedium.bruggeman(1e-5, 1e-3, 0.5), within(1e-18));
        assertThat(mid.has("interface_fraction")).isFalse();
        assertThat(mid.has("Ea_eV")).isFalse();
        assertThat(j.path("maximum").path("fraction").asDouble()).isEqualTo(1.0);
        assertThat(j.path("meta").path("settings").path("model").asText()).isEqualTo("BRUGGEMAN");
        assertThat(j.path("meta").path("units").path("conductivity").asText()).isEqualTo("S/cm");
        assertThat(tmp.resolve("composite_sigma.svg")).exists();
    }

    @Test
    void coreShellWithTemperaturesAndWeightFractions(@TempDir Path tmp) throws Exception {
        CliRun r = CliRun.of("composite", "--model", "core-shell", "--fraction", "0.3 0.7", "--fraction-type",
                "weight", "--density-filler", "2.0", "--density-matrix", "1.3", "--temperature", "280,320",
                "--json", "-o", tmp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = MAPPER.readTree(r.out());
        JsonNode p = j.path("points").get(1);
        assertThat(p.path("volume_fraction").asDouble()).isCloseTo(0.35 / (0.35 + 0.3 / 1.3), within(1e-12));
        assertThat(p.path("interface_fraction").asDouble()).isPositive();
        assertThat(p.path("Ea_eV").asDouble()).isBetween(0.3, 0.8);
        assertThat(p.path("sigma_T")).hasSize(2);
        assertThat(j.path("maximum").path("interior").asBoolean()).isTrue();
        assertThat(j.path("fraction_type").asText()).isEqualTo("weight");
        assertThat(tmp.resolve("composite_Ea.svg")).exists();
    }

    @Test
    void fitFromACsvFile(@TempDir Path tmp) throws Exception {
        StringBuilder csv = new StringBuilder("fraction,sigma_S_cm\n");
        CompositeSettings truth = CompositeSettings.defaults().withShell(3e-3, 12);
        for (int i = 1; i <= 9; i++) {
            double f = i / 10.0;
            double s = org.ionhop.mesoscale.CompositeStudy.sigma(truth, f, 298.15) * (1 + 0.02 * ((i % 3) - 1));
            csv.append(f).append(',').append(s).append('\n');
        }
        Path data = tmp.resolve("data.csv");
        Files.writeString(data, csv.toString());
        CliRun r = CliRun.of("composite", "--fit", data.toString(), "--json", "-o", tmp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode fit = MAPPER.readTree(r.out()).path("fit");
        double s = fit.path("sigma_shell_S_cm").asDouble();
        double e = fit.path("sigma_shell_err_S_cm").asDouble();
        assertThat(Math.abs(s - 3e-3)).isLessThan(3 * e);
        assertThat(fit.path("shell_nm").asDouble()).isCloseTo(12, within(3 * fit.path("shell_err_nm").asDouble()));
        assertThat(fit.path("dof").asInt()).isEqualTo(7);
    }

    @Test
    void networkCheckReportsNetworkBesideModel(@TempDir Path tmp) throws Exception {
        CliRun r = CliRun.of("composite", "--model", "bruggeman", "--sigma-filler", "1e-3", "--sigma-matrix", "1e-4",
                "--fraction", "0.5", "--network-check", "--network-geometry", "bonds", "--network-grid", "12",
                "--json", "-o", tmp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode n = MAPPER.readTree(r.out()).path("network").get(0);
        double sd = n.path("sigma_err_S_cm").asDouble() * Math.sqrt(n.path("samples").asInt());
        assertThat(Math.abs(n.path("sigma_S_cm").asDouble() - n.path("model_S_cm").asDouble())).isLessThan(3 * sd);
        assertThat(MAPPER.readTree(r.out()).path("meta").path("seed").asLong()).isEqualTo(1);
    }

    @Test
    void badInputNamesTheFlagAndExitsWithTwo(@TempDir Path tmp) {
        CliRun neg = CliRun.of("composite", "--sigma-filler", "-1", "-o", tmp.toString());
        assertThat(neg.exitCode()).isEqualTo(2);
        assertThat(neg.err().strip()).startsWith("ionhop: --sigma-filler:").doesNotContain("\n");
        assertThat(neg.out()).isEmpty();
        CliRun model = CliRun.of("composite", "--model", "wiener", "-o", tmp.toString());
        assertThat(model.exitCode()).isEqualTo(2);
        assertThat(model.err()).contains("--model");
        CliRun frac = CliRun.of("composite", "--fraction", "1.5", "-o", tmp.toString());
        assertThat(frac.exitCode()).isEqualTo(2);
        assertThat(frac.err()).contains("--fraction");
    }
}
