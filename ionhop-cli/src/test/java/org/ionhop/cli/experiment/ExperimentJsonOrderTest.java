package org.ionhop.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ionhop.cli.CliRun;

/**
 * The JSON written from the result records through the mix-ins keeps the key order of the outputs recorded before
 * the facades ({@code GoldenOutputTest} compares keys and numbers, not their order).
 */
class ExperimentJsonOrderTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "eis_series | eis {EX}/eis/s04147-140deg.txt {EX}/eis/s04147-150deg.txt --circuit p(R1,CPE1)-p(R2,CPE2)-CPE3"
                + " --thickness-cm 0.21 --diameter-cm 0.8 --json",
        "eis_single | eis {EX}/eis/impedancepy_Circuit3_EIS_1.z --circuit R0-p(R1,C1) --weighting unit --json",
        "nmr_t1 | nmr t1 {G}/golden_li_t1.txt --larmor-mhz 116.6 --json",
        "nmr_pfg | nmr pfg {G}/golden_decay_pfg.txt --nucleus 7Li --delta-ms 2 --big-delta-ms 50 --json",
        "nmr_lineshape | nmr lineshape {G}/golden_li_mas.txt --components lorentzian,gaussian --json",
        "nmr_haven | nmr haven --d-star 2.1e-8 --sigma 3.4e-4 --temperature 353 --carrier-density 0.02 --json"})
    void keysComeInTheRecordedOrder(String name, String argLine) throws Exception {
        List<String> args = new ArrayList<>();
        for (String a : argLine.strip().split("\\s+")) {
            args.add(a.replace("{EX}", EXAMPLES.toString()).replace("{G}", GOLDEN.toString()));
        }
        if (args.get(0).equals("eis") || !args.contains("haven")) {
            args.add("-o");
            args.add(tmp.toString());
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        ObjectMapper m = new ObjectMapper();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        keys("", m.readTree(Files.readString(GOLDEN.resolve(name + ".json"))), expected);
        keys("", m.readTree(r.out()), actual);
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** Key paths in document order (first array element only, meta left out). */
    private static void keys(String path, JsonNode n, List<String> out) {
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(k -> {
                if (!k.equals("meta")) {
                    out.add(path + "/" + k);
                    keys(path + "/" + k, n.get(k), out);
                }
            });
        } else if (n.isArray() && n.size() > 0) {
            keys(path + "/0", n.get(0), out);
        }
    }
}
