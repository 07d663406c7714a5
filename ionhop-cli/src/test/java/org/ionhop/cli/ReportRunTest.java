package org.ionhop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: {@code ionhop report examples/LiFePO4_pymatgen.cif}. */
class ReportRunTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("ionhop.root"), "examples", "LiFePO4_pymatgen.cif");

    @Test
    void writesIndexAndJsonAndAFailedRunKeepsThem(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report");
        CliRun r = CliRun.of("report", EXAMPLE.toString(), "-o", out.toString(), "--quick");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(out.toAbsolutePath().resolve("index.html").toString());
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("Crystal structure").contains("Li4Fe4P4O16");
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode meta = json.path("meta");
        assertThat(meta.path("ionhop_version").asText()).isEqualTo(org.ionhop.Version.get());
        assertThat(meta.path("inputs").get(0).asText()).isEqualTo(EXAMPLE.toString());
        assertThat(meta.path("seed").asLong()).isEqualTo(1);
        assertThat(meta.path("units").path("energy").asText()).isEqualTo("eV");
        assertThat(meta.path("units").path("conductivity").asText()).isEqualTo("S/cm");
        JsonNode s = json.path("sections").path("structure").path("structures").get(0);
        assertThat(s.path("num_sites").asInt()).isEqualTo(28);
        assertThat(s.path("species").path("Li").asInt()).isEqualTo(4);
        assertThat(out.resolve("structure-1-coordination.svg")).exists();
        // The P1 export reads back as the same cell.
        var back = org.ionhop.structure.StructureReader.read(out.resolve("structure-1-P1.cif"));
        assertThat(back.formula()).isEqualTo("Li4Fe4P4O16");
        var original = org.ionhop.structure.StructureReader.read(EXAMPLE);
        assertThat(back.volume()).isCloseTo(original.volume(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(back.sites()).hasSameSizeAs(original.sites());

        // A second run on a broken input must fail with exit 2 and leave the first report as it was.
        Path bad = tmp.resolve("bad.cif");
        Files.writeString(bad, "data_x\n_cell_length_a oops\n");
        CliRun failed = CliRun.of("report", bad.toString(), "-o", out.toString(), "--quick");
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err()).contains("bad.cif").contains("line 2");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(html);
        assertThat(out.resolve("report.json")).exists();
    }
}
