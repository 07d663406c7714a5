package org.ionhop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file test of every command's JSON on the bundled examples: the outputs recorded before the facade
 * redesign (issue 11) must come out again, key for key and number for number. Only what changes from run to run
 * (time stamps, wall-clock seconds, event rates) and the provenance block's additions (units vocabulary, settings)
 * are left out of the comparison.
 *
 * <p>Recording: {@code mvn -pl ionhop-cli -am test -Dtest=GoldenOutputTest -Dgolden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false} rewrites the files under {@code src/test/resources/golden}.
 */
class GoldenOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path REFDATA = Path.of("../../shared/refdata");
    /** Keys whose values differ between identical runs. */
    private static final Set<String> VOLATILE = Set.of("created", "seconds", "events_per_second", "wall_seconds",
            "elapsed_s", "seconds_per_spectrum");
    /** Keys of the meta block that the redesign may add or respell (one units vocabulary, the settings used). */
    private static final Set<String> META_FREE = Set.of("units", "settings", "options");
    private static final double REL_TOL = 1e-9;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(GOLDEN.resolve("cases.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            out.add(Arguments.of(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputMatchesTheRecordedOne(String name, String argLine) throws Exception {
        String outDir = tmp.toString();
        List<String> args = new ArrayList<>();
        for (String a : argLine.split("\\s+")) {
            args.add(a.replace("{EX}", EXAMPLES.toString()).replace("{REF}", REFDATA.toString())
                    .replace("{G}", GOLDEN.toString()).replace("{OUT}", outDir));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(name + ": " + run.err()).isZero();
        boolean report = name.endsWith("@report");
        String text = report ? Files.readString(tmp.resolve("report/report.json")) : run.out();
        // the report stages into a hidden sibling folder and renames it; paths recorded while staging name it
        String paths = text.replace(outDir, "<OUT>").replaceAll("<OUT>/\\.report\\.\\d+", "<OUT>/report");
        JsonNode actual = normalise(MAPPER.readTree(paths));
        Path golden = GOLDEN.resolve(name.replace("@report", "") + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, MAPPER.writeValueAsString(actual) + "\n");
            return;
        }
        JsonNode expected = MAPPER.readTree(golden.toFile());
        List<String> diffs = new ArrayList<>();
        compare("", expected, actual, diffs);
        if (!diffs.isEmpty()) {
            fail(name + ": " + diffs.size() + " differences from " + golden + ":\n  "
                    + String.join("\n  ", diffs.subList(0, Math.min(40, diffs.size()))));
        }
    }

    /** Drops volatile keys everywhere and the free keys of meta blocks. */
    private static JsonNode normalise(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (VOLATILE.contains(e.getKey())) {
                    it.remove();
                } else {
                    normalise(e.getValue());
                }
            }
            if (o.has("ionhop_version")) {
                META_FREE.forEach(o::remove);
            }
        } else if (node.isArray()) {
            node.forEach(GoldenOutputTest::normalise);
        }
        return node;
    }

    private static void compare(String path, JsonNode exp, JsonNode act, List<String> diffs) {
        if (exp.isNumber() && act.isNumber()) {
            double e = exp.asDouble();
            double a = act.asDouble();
            if (Math.abs(e - a) > REL_TOL * Math.max(Math.abs(e), Math.abs(a)) && e != a) {
                diffs.add(path + ": " + e + " -> " + a);
            }
            return;
        }
        if (exp.getNodeType() != act.getNodeType()) {
            diffs.add(path + ": " + exp.getNodeType() + " " + abbreviate(exp) + " -> " + act.getNodeType() + " "
                    + abbreviate(act));
            return;
        }
        if (exp.isObject()) {
            List<String> expKeys = new ArrayList<>();
            exp.fieldNames().forEachRemaining(expKeys::add);
            List<String> actKeys = new ArrayList<>();
            act.fieldNames().forEachRemaining(actKeys::add);
            for (String k : expKeys) {
                if (!act.has(k)) {
                    diffs.add(path + "/" + k + ": missing");
                } else {
                    compare(path + "/" + k, exp.get(k), act.get(k), diffs);
                }
            }
            for (String k : actKeys) {
                if (!exp.has(k)) {
                    diffs.add(path + "/" + k + ": new key");
                }
            }
        } else if (exp.isArray()) {
            if (exp.size() != act.size()) {
                diffs.add(path + ": array of " + exp.size() + " -> " + act.size());
                return;
            }
            for (int i = 0; i < exp.size(); i++) {
                compare(path + "/" + i, exp.get(i), act.get(i), diffs);
            }
        } else if (!exp.equals(act)) {
            diffs.add(path + ": " + abbreviate(exp) + " -> " + abbreviate(act));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
