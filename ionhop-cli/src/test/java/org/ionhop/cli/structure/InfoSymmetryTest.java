package org.ionhop.cli.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;

/** The detected space group and the reader's warnings reach {@code info} and {@code bvse} (issue 12). */
class InfoSymmetryTest {
    private static final Path LFP = Path.of("../examples/LiFePO4_pymatgen.cif");
    private static final Path R3C = Path.of("../ionhop-core/src/test/resources/org/ionhop/structure/"
            + "r3c_li_near_special.cif");

    @Test
    void lithiumIronPhosphateWrittenAsP1IsPnma() throws Exception {
        CliRun text = CliRun.of("info", LFP.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("space group     P 1").contains(
                "symmetry found  Pnma (No. 62) at 0.05 Å; distinct sites Li 4, Fe 4, P 4, O 4+4+8");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("info", LFP.toString(), "--json").out());
        assertThat(json.get("space_group").asText()).isEqualTo("P 1");
        assertThat(json.at("/space_group_detected/number").asInt()).isEqualTo(62);
        assertThat(json.at("/space_group_detected/distinct_sites/Li").toString()).isEqualTo("[4]");
        assertThat(json.has("warnings")).isFalse();
    }

    @Test
    void mergeWarningsAreShownByInfoAndBvse(@TempDir Path dir) throws Exception {
        CliRun text = CliRun.of("info", R3C.toString());
        assertThat(text.out()).contains("warning         site Li2: 36 symmetry images")
                .contains("Li 7.332").contains("R-3c (No. 167)");
        JsonNode info = new ObjectMapper().readTree(CliRun.of("info", R3C.toString(), "--json").out());
        assertThat(info.get("warnings")).hasSize(1);
        JsonNode bvse = new ObjectMapper().readTree(CliRun.of("bvse", R3C.toString(), "--ion", "Li", "--grid", "0.6", "--oxidation", "Li=1,P=5,O=-2",
                "--json", "-o", dir.toString()).out());
        assertThat(bvse.get("structure_warnings").get(0).asText()).startsWith("site Li2: 36 symmetry images");
    }

    @Test
    void severalFilesGiveAnArrayOfTheSingleFileObjectsAndABadFileGivesNoOutput(@TempDir Path dir) throws Exception {
        CliRun both = CliRun.of("info", LFP.toString(), R3C.toString(), "--json");
        assertThat(both.exitCode()).as(both.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(both.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        int i = 0;
        for (Path p : new Path[] {LFP, R3C}) {
            ObjectNode single = (ObjectNode) new ObjectMapper().readTree(CliRun.of("info", p.toString(), "--json").out());
            ObjectNode fromArray = (ObjectNode) array.get(i++).deepCopy();
            ((ObjectNode) single.get("meta")).remove("created");
            ((ObjectNode) fromArray.get("meta")).remove("created");
            assertThat(fromArray).isEqualTo(single);
        }
        CliRun tables = CliRun.of("info", LFP.toString(), R3C.toString());
        assertThat(tables.out()).contains("Pnma (No. 62)").contains("R-3c (No. 167)");

        Path bad = dir.resolve("bad.cif");
        java.nio.file.Files.writeString(bad, "data_x\n_cell_length_a 5\n");
        CliRun failed = CliRun.of("info", LFP.toString(), bad.toString(), "--json");
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.out()).isEmpty();
        assertThat(failed.err()).contains("bad.cif");
    }
}
