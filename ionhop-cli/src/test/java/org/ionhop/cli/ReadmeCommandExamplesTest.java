package org.ionhop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ionhop nmr ...} and {@code ionhop md ...} command line in the README's code blocks runs as written
 * (from the repository root) and exits 0, so that the examples stay runnable (issue 18). The synthetic inputs have
 * known answers (tools/SyntheticNmrAndMd.java); the JSON example of the vasprun walks is checked against them.
 */
class ReadmeCommandExamplesTest {
    private static final Path ROOT = Path.of("..");

    static Stream<String> commands() throws IOException {
        List<String> out = new ArrayList<>();
        boolean code = false;
        for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
            if (line.startsWith("```")) {
                code = !code;
                continue;
            }
            String l = line.strip();
            // the argyrodite XDATCAR line runs in GoldenOutputTest (md_argyrodite, same options): not twice
            if (code && !l.contains("XDATCAR") && (l.startsWith("./ionhop nmr ") || l.startsWith("ionhop nmr ") || l.startsWith("ionhop md ")
                    || l.startsWith("./ionhop md "))) {
                out.add(l);
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(6);
        return out.stream();
    }

    /** The README's words, comment dropped, paths resolved from the repository root. */
    static String[] args(String line) {
        String noComment = line.contains(" #") ? line.substring(0, line.indexOf(" #")) : line;
        String[] words = noComment.strip().split("\\s+");
        List<String> a = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            a.add(!w.startsWith("-") && w.contains("/") && Files.exists(ROOT.resolve(w)) ? ROOT.resolve(w).toString() : w);
        }
        return a.toArray(String[]::new);
    }

    private static String[] append(String[] a, String extra) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = extra;
        return out;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void runsAsWritten(String line) throws Exception {
        String[] args = args(line);
        for (String a : args) {
            assertThat(a.contains("/") && !a.startsWith("-") && !Files.exists(Path.of(a)) && !a.contains("="))
                    .as("README file argument exists: " + a).isFalse();
        }
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(line + "\n" + run.err()).isZero();
        if (line.contains("randomwalk_600K")) {
            // known answer: D* = 5e-5 (600 K) and 1.5e-4 cm^2/s (800 K), within 3 standard errors
            JsonNode j = new ObjectMapper().readTree(run.out());
            // per-run values (the Arrhenius block lists them again as an array)
            List<JsonNode> d = j.findValues("D_tracer_cm2_s").stream().filter(JsonNode::isNumber).toList();
            List<JsonNode> err = j.findValues("D_tracer_err_cm2_s").stream().filter(JsonNode::isNumber).toList();
            assertThat(d).hasSize(2);
            double[] expected = {5e-5, 1.5e-4};
            for (int i = 0; i < 2; i++) {
                assertThat(d.get(i).asDouble()).isCloseTo(expected[i], within(3 * err.get(i).asDouble()));
            }
        }
        if (line.contains("randomwalk.lammpstrj")) {
            JsonNode j = new ObjectMapper().readTree(CliRun.of(append(args, "--json")).out());
            assertThat(j.findValue("D_tracer_cm2_s").asDouble()).isCloseTo(1e-5,
                    within(3 * j.findValue("D_tracer_err_cm2_s").asDouble()));
        }
    }
}
