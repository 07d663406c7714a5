package org.ionhop.cli.mesoscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;
import org.ionhop.mesoscale.CompositeSettings;
import org.ionhop.mesoscale.CompositeStudy;

/** {@code ionhop report} on a composite description, and its error messages. */
class CompositeSectionTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("ionhop.root"), "examples",
            "lgps_peo_composite.yaml");

    @Test
    void reportOfTheExampleComposite(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("r");
        CliRun r = CliRun.of("report", EXAMPLE.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode c = new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("sections")
                .path("composite").path("composites").get(0);
        assertThat(c.path("points")).hasSize(11);
        assertThat(c.path("maximum").path("interior").asBoolean()).isTrue();
        // weight fraction of the volume maximum r^3 / (r + t)^3 = 0.5787 through the densities 2.0 and 1.3
        double phi = Math.pow(100.0 / 120, 3);
        double w = phi * 2.0 / (phi * 2.0 + (1 - phi) * 1.3);
        assertThat(c.path("maximum").path("fraction").asDouble()).isCloseTo(w, within(1e-6));
        assertThat(Files.readString(out.resolve("index.html"))).contains("Composite electrolyte");
        assertThat(out.resolve("lgps_peo_composite-sigma.svg")).exists();
        assertThat(out.resolve("lgps_peo_composite-Ea.svg")).exists();
    }

    @Test
    void dataInTheFileAreFitted(@TempDir Path tmp) throws Exception {
        CompositeSettings truth = CompositeSettings.defaults().withShell(2e-3, 25);
        StringBuilder y = new StringBuilder("model: core-shell\ndata:\n");
        for (int i = 1; i <= 6; i++) {
            double f = 0.15 * i;
            y.append("  - [").append(f).append(", ").append(CompositeStudy.sigma(truth, f, 298.15)).append("]\n");
        }
        Path file = tmp.resolve("my_composite.yml");
        Files.writeString(file, y.toString());
        Path out = tmp.resolve("r");
        CliRun r = CliRun.of("report", file.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode fit = new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("sections")
                .path("composite").path("composites").get(0).path("fit");
        assertThat(fit.path("sigma_shell_S_cm").asDouble()).isCloseTo(2e-3, within(1e-9));
        assertThat(fit.path("shell_nm").asDouble()).isCloseTo(25, within(1e-5));
    }

    @Test
    void unknownKeyNamesFileAndLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad_composite.yaml");
        Files.writeString(file, "model: core-shell\nsigma_filer_S_cm: 1e-4\n");
        CliRun r = CliRun.of("report", file.toString(), "-o", tmp.resolve("r").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad_composite.yaml").contains("line 2").contains("sigma_filer_S_cm");
    }
}
