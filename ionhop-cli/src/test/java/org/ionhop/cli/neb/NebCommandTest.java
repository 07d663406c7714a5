package org.ionhop.cli.neb;

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
import org.ionhop.cli.Main;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.neb.NebSettings;
import org.ionhop.network.SiteNetwork;

/** {@code ionhop neb} on the bundled synthetic band (tools/SyntheticNebBand.java prints the exact numbers). */
class NebCommandTest {
    // exact values of the tilted double well of tools/SyntheticNebBand.java
    private static final double FORWARD = 0.389811;
    private static final double REVERSE = 0.311819;
    private static final Path EXAMPLES = Path.of("..", "examples", "neb");

    @TempDir
    Path tmp;

    @Test
    void optionsDefaultToTheLibraryDefaults() {
        CommandLine cl = Main.newCommandLine(false);
        CommandLine.ParseResult pr = cl.parseArgs("neb", "x");
        NebCommand c = (NebCommand) pr.subcommand().commandSpec().userObject();
        assertThat(c.settings()).isEqualTo(NebSettings.defaults());
    }

    @Test
    void jsonHasTheDocumentedKeysAndTheExactBarriers() throws Exception {
        for (Path in : new Path[] {EXAMPLES.resolve("double_well"), EXAMPLES.resolve("double_well_band.xyz")}) {
            CliRun r = CliRun.of("neb", in.toString(), "--network", EXAMPLES.resolve("double_well_network.json")
                    .toString(), "--write-network", tmp.resolve("net.json").toString(), "--json", "-o", tmp.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode j = new ObjectMapper().readTree(r.out());
            assertThat(j.path("images")).hasSize(7);
            for (String k : new String[] {"reaction_coordinate_A", "energy_eV", "force_parallel_eV_A"}) {
                assertThat(j.path("images").get(2).has(k)).as(k).isTrue();
            }
            assertThat(j.path("barrier_forward_eV").asDouble()).isCloseTo(FORWARD, within(2e-6));
            assertThat(j.path("barrier_reverse_eV").asDouble()).isCloseTo(REVERSE, within(2e-6));
            assertThat(j.path("saddle_image").asInt()).isEqualTo(3);
            assertThat(j.path("converged").asBoolean()).isTrue();
            assertThat(j.path("endpoints_are_minima").asBoolean()).isTrue();
            assertThat(j.path("max_force_eV_A").asDouble()).isLessThan(1e-6);
            assertThat(j.has("saddle_reaction_coordinate_A")).isTrue();
            JsonNode m = j.path("network_match");
            assertThat(m.path("hop").asInt()).isZero();
            assertThat(m.path("E_KRA_eV").asDouble()).isCloseTo(0.30, within(1e-9));
            assertThat(m.path("delta_eV").asDouble()).isCloseTo(0.5 * (FORWARD + REVERSE) - 0.30, within(2e-6));
            assertThat(j.path("meta").path("units").path("force").asText()).isEqualTo("eV/Å");
            SiteNetwork out = NetworkJson.read(tmp.resolve("net.json"));
            assertThat(out.kraEv(out.hops().get(0))).isCloseTo(0.5 * (FORWARD + REVERSE), within(2e-6));
            assertThat(out.kraEv(out.hops().get(1))).isCloseTo(0.45, within(1e-9));
            assertThat(Files.exists(tmp.resolve("neb_profile.svg"))).isTrue();
        }
    }

    @Test
    void badInputIsOneLineWithExitCode2() throws Exception {
        Path dir = tmp.resolve("band");
        Files.createDirectories(dir.resolve("00"));
        CliRun r = CliRun.of("neb", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("00, 01");
        CliRun t = CliRun.of("neb", EXAMPLES.resolve("double_well").toString(), "--force-threshold", "-1");
        assertThat(t.exitCode()).isEqualTo(2);
        assertThat(t.err()).contains("--force-threshold");
        CliRun w = CliRun.of("neb", EXAMPLES.resolve("double_well").toString(), "--network",
                EXAMPLES.resolve("double_well_network.json").toString(), "--match-tolerance", "1e-12",
                "--write-network", tmp.resolve("x.json").toString(), "-o", tmp.toString());
        assertThat(w.exitCode()).isEqualTo(2);
        assertThat(w.err()).contains("--network").contains("no hop");
    }
}
