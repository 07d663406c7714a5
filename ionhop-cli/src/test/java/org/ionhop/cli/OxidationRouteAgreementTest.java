package org.ionhop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code info} and {@code bvse} report the same oxidation states and the same source on every reference structure
 * (the CIFs of {@code refdata/structures} and {@code refdata/kmc} and the bundled example): both call the one route
 * {@code OxidationStates.assign}. Two independent outputs, compared element by element.
 */
class OxidationRouteAgreementTest {
    private static final Path REF = Path.of(System.getProperty("ionhop.refdata"));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<Path> structures() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(REF.resolve("structures"), REF.resolve("kmc"), Path.of("../examples"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".cif")).sorted().forEach(out::add);
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(14);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void infoAndBvseReportTheSameStatesAndSource(Path cif) throws Exception {
        CliRun info = CliRun.of("info", cif.toString(), "--json");
        assertThat(info.exitCode()).as(info.err()).isZero();
        JsonNode i = MAPPER.readTree(info.out());
        String ion = i.path("species").has("Li") ? "Li" : "Na";
        // a coarse grid: the states do not depend on it, and 0.5 Å keeps the run short
        CliRun bvse = CliRun.of("bvse", cif.toString(), "--ion", ion, "--grid", "0.5", "--json", "-o",
                tmp.toString());
        assertThat(bvse.exitCode()).as(bvse.err()).isZero();
        JsonNode b = MAPPER.readTree(bvse.out());
        assertThat(b.path("oxidation_states_source").asText()).isEqualTo(i.path("oxidation_states_source").asText())
                .isIn("given", "guessed");
        JsonNode is = i.path("oxidation_states");
        JsonNode bs = b.path("oxidation_states");
        assertThat(bs.size()).isEqualTo(is.size()).isEqualTo(i.path("species").size());
        for (Map.Entry<String, JsonNode> e : is.properties()) {
            // info lists the distinct states of an element; none of these structures is mixed-valent
            assertThat(e.getValue().isNumber()).as(e.getKey()).isTrue();
            assertThat(bs.path(e.getKey()).asDouble()).as(e.getKey()).isEqualTo(e.getValue().asDouble());
        }
    }
}
