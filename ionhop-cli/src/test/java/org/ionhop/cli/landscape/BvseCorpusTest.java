package org.ionhop.cli.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.ionhop.cli.Main;

/**
 * {@code ionhop bvse} on the corpus of real-world chemistries (ionhop-core/src/test/resources/corpus) without
 * hand-given states: provenance of the states, derived pairs, warnings and the refusal of organic ions.
 */
class BvseCorpusTest {
    private static final Path CORPUS = Path.of("../ionhop-core/src/test/resources/corpus");

    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        CommandLine cl = Main.newCommandLine(false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void everyCorpusFileRunsWithoutHandGivenStates() throws IOException {
        int files = 0;
        try (var list = Files.list(CORPUS)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".cif")).sorted().toList()) {
                String ion = f.getFileName().toString().startsWith("CaF2") ? "F" : "Li";
                Result r = run("bvse", f.toString(), "--ion", ion, "--grid", "0.7", "--json");
                assertThat(r.code()).as(f + ": " + r.err()).isZero();
                JsonNode j = new ObjectMapper().readTree(r.out());
                assertThat(j.get("oxidation_states_source").asText()).as(f.toString()).isEqualTo("guessed");
                assertThat(j.get("oxidation_assignment").get("sites").size()).isPositive();
                files++;
            }
        }
        assertThat(files).isEqualTo(17);
    }

    @Test
    void textAndJsonSayWhereStatesAndPairsCameFrom() throws IOException {
        Result text = run("bvse", CORPUS.resolve("LiBH4.cif").toString(), "--grid", "0.4");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("bond-valence sums (BVS").contains("derived pair (not in the softBV table): "
                + "Li+1-H-1").contains("molecular unit BH4");
        Result json = run("bvse", CORPUS.resolve("Li4P2S6.cif").toString(), "--grid", "0.4", "--json");
        JsonNode j = new ObjectMapper().readTree(json.out());
        JsonNode p = null;
        for (JsonNode s : j.get("oxidation_assignment").get("sites")) {
            if ("P1".equals(s.get("label").asText())) {
                p = s;
            }
        }
        assertThat(p).isNotNull();
        assertThat(p.get("state").asDouble()).isEqualTo(4.0);
        assertThat(p.get("source").asText()).isEqualTo("bond-valence sums");
        assertThat(j.get("pairs_derived").size()).isZero(); // Li-S is tabulated; P4+ enters only the Coulomb term
        // the user's states win; a charged cell is a warning with the residual, not an error
        Result user = run("bvse", CORPUS.resolve("Li3N.cif").toString(), "--grid", "0.4", "--oxidation", "Li=1,N=-2");
        assertThat(user.code()).isZero();
        assertThat(user.out()).contains("warning: the user's oxidation states leave the cell charged: residual "
                + "charge +1.000 e");
    }

    @Test
    void organicCationIsRefusedNamingTheUnitAndTheOption() throws IOException {
        Path f = tmp.resolve("MAPbI3.cif");
        Files.writeString(f, String.join("\n", "data_MAPbI3", "_cell_length_a 6.3", "_cell_length_b 6.3",
                "_cell_length_c 6.3", "_cell_angle_alpha 90", "_cell_angle_beta 90", "_cell_angle_gamma 90", "loop_",
                "_atom_site_label", "_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z", "Pb1 0 0 0",
                "I1 0.5 0 0", "I2 0 0.5 0", "I3 0 0 0.5", "C1 0.5 0.5 0.44", "N1 0.5 0.5 0.675", "H1 0.66 0.5 0.38",
                "H2 0.42 0.64 0.38", "H3 0.42 0.36 0.38", "H4 0.66 0.5 0.735", "H5 0.42 0.64 0.735",
                "H6 0.42 0.36 0.735", ""));
        Result r = run("bvse", f.toString(), "--ion", "I", "--grid", "0.4");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("--oxidation").contains("molecular unit CH6N");
    }
}
