package org.ionhop.cli.neb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;

/**
 * {@code ionhop report} on a NEB band (file and VASP folder), a site network and a 6Li tracer-exchange table: the
 * NEB and exchange sections hold exactly the numbers of {@code ionhop neb --json} and {@code ionhop nmr exchange
 * --json}, and the tables go to no other section.
 */
class NebExchangeReportTest {
    private static final Path ROOT = Path.of(System.getProperty("ionhop.root"));
    private static final Path BAND = ROOT.resolve("examples/neb/double_well_band.xyz");
    private static final Path FOLDER = ROOT.resolve("examples/neb/double_well");
    private static final Path NETWORK = ROOT.resolve("examples/neb/double_well_network.json");
    private static final Path TABLE = ROOT.resolve("examples/nmr/tracer_exchange_3pool.txt");
    // the exact forward barrier of the tilted double well of tools/SyntheticNebBand.java (as NebCommandTest)
    private static final double FORWARD = 0.389811;

    @TempDir
    Path tmp;

    private static JsonNode json(String out) throws Exception {
        return new ObjectMapper().readTree(out);
    }

    /** The command's JSON without meta, and the report's entry without its file name, as equal objects. */
    private static void assertSameNumbers(JsonNode report, JsonNode command) {
        ObjectNode c = command.deepCopy();
        c.remove("meta");
        ObjectNode r = report.deepCopy();
        assertThat(r.remove("file")).isNotNull();
        List<String> rk = new ArrayList<>();
        r.fieldNames().forEachRemaining(rk::add);
        List<String> ck = new ArrayList<>();
        c.fieldNames().forEachRemaining(ck::add);
        assertThat(rk).isEqualTo(ck);
        assertThat(r).isEqualTo(c);
    }

    @Test
    void bandAndExchangeTableGetTheirSectionsWithTheCommandsNumbers() throws Exception {
        Path out = tmp.resolve("r");
        CliRun r = CliRun.of("report", BAND.toString(), TABLE.toString(), "-o", out.toString(), "--quick");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode sections = new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("sections");
        // the band is not an MD trajectory, the exchange table neither an NMR table nor an impedance spectrum
        List<String> ids = new ArrayList<>();
        sections.fieldNames().forEachRemaining(ids::add);
        assertThat(ids).containsExactly("exchange", "neb");

        JsonNode neb = sections.path("neb").path("bands").get(0);
        CliRun cmd = CliRun.of("neb", BAND.toString(), "--json");
        assertThat(cmd.exitCode()).as(cmd.err()).isZero();
        JsonNode nebCmd = json(cmd.out());
        assertThat(neb.path("barrier_forward_eV").asDouble())
                .isCloseTo(nebCmd.path("barrier_forward_eV").asDouble(), within(1e-12));
        assertThat(neb.path("barrier_forward_eV").asDouble()).isCloseTo(FORWARD, within(2e-6));
        assertThat(neb.has("network_match")).isFalse();
        assertSameNumbers(neb, nebCmd);

        JsonNode ex = sections.path("exchange").path("tables").get(0);
        CliRun ecmd = CliRun.of("nmr", "exchange", TABLE.toString(), "--json");
        assertThat(ecmd.exitCode()).as(ecmd.err()).isZero();
        JsonNode exCmd = json(ecmd.out());
        assertThat(ex.path("rates")).hasSize(2);
        for (int e = 0; e < 2; e++) {
            for (String k : new String[] {"r_per_s", "r_err_per_s", "k_ab_per_s", "k_ba_per_s"}) {
                assertThat(ex.path("rates").get(e).path(k).asDouble()).as("rate %d %s", e, k)
                        .isCloseTo(exCmd.path("rates").get(e).path(k).asDouble(), within(1e-18));
            }
        }
        assertThat(ex.path("topology").asText()).isEqualTo("electrolyte-SEI-electrode");
        assertThat(ex.path("first_receiver").asText()).isEqualTo("SEI");
        assertSameNumbers(ex, exCmd);

        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("Nudged elastic band").contains("6Li tracer exchange")
                .contains("electrolyte-SEI-electrode (chosen)").contains("barrier forward (eV)");
        // the 4-digit value shown is the one in report.json
        assertThat(html).contains(String.format(java.util.Locale.ROOT, "%.4f", neb.path("barrier_forward_eV")
                .asDouble()));
        assertThat(out.resolve("neb_profile_double_well_band.svg")).isNotEmptyFile();
        assertThat(out.resolve("exchange_tracer_exchange_3pool.svg")).isNotEmptyFile();
    }

    @Test
    void vaspFolderWithANetworkShowsTheMatchedHop() throws Exception {
        Path out = tmp.resolve("r");
        CliRun r = CliRun.of("report", FOLDER.toString(), NETWORK.toString(), "-o", out.toString(), "--quick");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode neb = new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("sections").path("neb")
                .path("bands").get(0);
        CliRun cmd = CliRun.of("neb", FOLDER.toString(), "--network", NETWORK.toString(), "--json");
        assertThat(cmd.exitCode()).as(cmd.err()).isZero();
        JsonNode nebCmd = json(cmd.out());
        assertSameNumbers(neb, nebCmd);
        // the folder (OUTCAR reader) and the extended-XYZ band describe the same double well
        assertThat(neb.path("barrier_forward_eV").asDouble()).isCloseTo(FORWARD, within(2e-6));
        JsonNode m = neb.path("network_match");
        assertThat(m.path("hop").asInt()).isZero();
        assertThat(m.path("E_KRA_eV").asDouble()).isCloseTo(0.30, within(1e-9));
        assertThat(Files.readString(out.resolve("index.html"))).contains("network hop (double_well_network.json)");
        assertThat(out.resolve("neb_profile_double_well.svg")).isNotEmptyFile();
    }

    @Test
    void anUnreadableBandIsANoteNotAFailure() throws Exception {
        Path dir = tmp.resolve("neb_run");
        Files.createDirectories(dir.resolve("00"));
        Files.createDirectories(dir.resolve("01"));
        Files.copy(FOLDER.resolve("00/POSCAR"), dir.resolve("00/POSCAR"));
        Files.copy(FOLDER.resolve("01/OUTCAR"), dir.resolve("01/OUTCAR"));
        Path out = tmp.resolve("r");
        CliRun r = CliRun.of("report", dir.toString(), "-o", out.toString(), "--quick");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).contains("neb_run: not analysed");
    }
}
