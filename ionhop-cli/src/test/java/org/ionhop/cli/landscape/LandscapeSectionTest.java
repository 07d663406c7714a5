package org.ionhop.cli.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.ionhop.cli.Main;
import org.ionhop.cli.common.Json;

/** The landscape section of {@code ionhop report --quick}: present for a structure, same numbers as the command. */
class LandscapeSectionTest {
    private static final Path REF = Path.of(System.getProperty("ionhop.refdata"));

    private static int run(String... args) {
        CommandLine cl = Main.newCommandLine(false);
        cl.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void quickReportHasTheLandscapeOfTheStructure(@TempDir Path dir) throws Exception {
        Path cif = REF.resolve("structures/Li2O_pymatgen.cif");
        Path rep = dir.resolve("rep");
        assertThat(run("report", "--quick", "-o", rep.toString(), cif.toString())).isZero();
        JsonNode land = Json.mapper().readTree(rep.resolve("report.json").toFile()).path("sections").path("landscape")
                .path("landscapes").get(0);
        assertThat(land.path("grid").path("spacing_requested_A").asDouble()).isEqualTo(LandscapeSection.QUICK_SPACING_A);
        assertThat(Files.exists(rep.resolve("Li2O_pymatgen_profile.svg"))).isTrue();
        assertThat(Files.exists(rep.resolve("Li2O_pymatgen_slice.svg"))).isTrue();
        assertThat(Files.readString(rep.resolve("index.html"))).contains("Energy landscape").contains("NEB");
        // same numbers as the command at the same grid
        StringWriter out = new StringWriter();
        CommandLine cl = Main.newCommandLine(false);
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("bvse", cif.toString(), "--grid", Double.toString(LandscapeSection.QUICK_SPACING_A), "--json",
                "-o", dir.resolve("cmd").toString())).isZero();
        JsonNode cmd = Json.mapper().readTree(out.toString());
        for (String k : new String[] {"barrier_1d_eV", "barrier_2d_eV", "barrier_3d_eV"}) {
            assertThat(land.path(k).asDouble()).as(k).isCloseTo(cmd.path(k).asDouble(), within(1e-12));
        }
    }
}
