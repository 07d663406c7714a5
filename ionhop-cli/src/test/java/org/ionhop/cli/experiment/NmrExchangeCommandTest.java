package org.ionhop.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.ionhop.cli.CliRun;
import org.ionhop.cli.Main;
import org.ionhop.nmr.TracerExchangeSettings;

/** {@code ionhop nmr exchange} on the bundled synthetic table (truth in tools/SyntheticExchangeTable.java). */
class NmrExchangeCommandTest {
    private static final Path TABLE = Path.of("..", "examples", "nmr", "tracer_exchange_3pool.txt");

    @TempDir
    Path tmp;

    @Test
    void optionsDefaultToTheLibraryDefaults() {
        CommandLine cl = Main.newCommandLine(false);
        CommandLine.ParseResult pr = cl.parseArgs("nmr", "exchange", "x");
        NmrExchangeCommand c = (NmrExchangeCommand) pr.subcommand().subcommand().commandSpec().userObject();
        assertThat(c.settings()).isEqualTo(TracerExchangeSettings.defaults());
    }

    @Test
    void recoversTheChainThroughTheInterphase() throws Exception {
        CliRun r = CliRun.of("nmr", "exchange", TABLE.toString(), "--json", "-o", tmp.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("model").asText()).isEqualTo("first-order");
        assertThat(j.path("topology").asText()).isEqualTo("electrolyte-SEI-electrode");
        assertThat(j.path("first_receiver").asText()).isEqualTo("SEI");
        assertThat(j.path("donor").asText()).isEqualTo("electrolyte");
        double[] truth = {4e-5, 1.5e-5};
        for (int e = 0; e < 2; e++) {
            JsonNode rate = j.path("rates").get(e);
            double v = rate.path("r_per_s").asDouble();
            double err = rate.path("r_err_per_s").asDouble();
            assertThat(err).isPositive();
            assertThat(Math.abs(v - truth[e]) / err).as("rate %d", e).isLessThan(3);
        }
        assertThat(j.path("pools").get(1).path("amount_fraction").asDouble()).isBetween(0.08, 0.12);
        assertThat(j.path("candidates")).hasSize(4);
        assertThat(j.path("meta").path("settings").path("naturalAbundance").asDouble()).isEqualTo(0.0759);
        assertThat(Files.exists(tmp.resolve("exchange.svg"))).isTrue();
    }

    @Test
    void sphereModelNeedsARadius() {
        CliRun r = CliRun.of("nmr", "exchange", TABLE.toString(), "--model", "sphere-diffusion", "-o",
                tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--radius-um");
        CliRun bad = CliRun.of("nmr", "exchange", TABLE.toString(), "--model", "nonsense");
        assertThat(bad.exitCode()).isEqualTo(2);
    }
}
