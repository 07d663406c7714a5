package org.ionhop.cli.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;
import org.ionhop.cli.common.Json;
import org.ionhop.kmc.Block;
import org.ionhop.kmc.KmcParameters;
import org.ionhop.kmc.KmcResult;
import org.ionhop.kmc.KmcSweep;
import org.ionhop.kmc.ReplicaResult;

/**
 * What {@code ionhop kmc} warns about (issue 18): LiFePO4's single-file channels, blocks too short for the f and
 * D* reported, and the MSD figure's axis.
 */
class KmcWarningsTest {
    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    /**
     * {@code kmc --structure examples/LiFePO4_pymatgen.cif}: the Li sites form chains along b (each site has two
     * neighbouring sites), so the ions move in single file (f fell 0.99, 0.29, 0.11 for supercells 1, 2, 4), but
     * the MSD-slope criterion never fired (slopes 0.67 +- 0.71, 0.15 +- 0.40, 1.59 +- 0.52). The network criterion
     * flags it, in the JSON and the table; the square lattice (four neighbours) is not flagged.
     */
    @Test
    void lifepo4ChannelsAreFlaggedAsSingleFile(@TempDir Path dir) throws Exception {
        String cif = Path.of("../examples/LiFePO4_pymatgen.cif").toString();
        JsonNode lfp = json(CliRun.of("kmc", "--structure", cif, "--supercell", "2", "--steps", "1e5", "--replicas", "2",
                "--json", "-o", dir.toString()));
        assertThat(lfp.path("single_file").asBoolean()).isTrue();
        assertThat(lfp.path("note").asText()).contains("single file");
        CliRun table = CliRun.of("kmc", "--structure", cif, "--steps", "1e5", "--replicas", "2", "-o", dir.toString());
        assertThat(table.out()).contains("warning: every site of the network has at most two neighbouring sites");
        JsonNode square = json(CliRun.of("kmc", "--lattice", "square", "--size", "8", "--steps", "1e5", "--replicas",
                "2", "--json", "-o", dir.toString()));
        assertThat(square.has("single_file")).isFalse();
        assertThat(square.path("note").asText()).doesNotContain("single file");
    }

    /**
     * The short-block warning fires with 6 hops per ion per block (predicted bias of f about (1 - f^2) ln(6)/12 =
     * 0.07, far above the error bar of 1000 blocks) and not with the same events in 2 blocks per replica (1600
     * hops: bias 1e-3, below the error bar).
     */
    @Test
    void shortBlocksAreWarnedAboutAndLongOnesNot(@TempDir Path dir) throws Exception {
        String[] run = {"kmc", "--lattice", "square", "--size", "8", "--ions", "32", "--steps", "2e5", "--replicas",
            "2", "--seed", "3", "--json", "-o", dir.toString()};
        JsonNode shortBlocks = json(CliRun.of(concat(run, "--blocks", "500")));
        assertThat(shortBlocks.path("note").asText()).contains("blocks too short", "6.25 hops per ion per block");
        JsonNode longBlocks = json(CliRun.of(concat(run, "--blocks", "2")));
        assertThat(longBlocks.path("note").asText()).doesNotContain("blocks too short");
        CliRun table = CliRun.of(concat(new String[] {"kmc", "--lattice", "square", "--size", "8", "--ions", "32",
            "--steps", "2e5", "--replicas", "2", "--seed", "3", "-o", dir.toString()}, "--blocks", "500"));
        assertThat(table.out()).contains("warning: blocks too short");
    }

    /**
     * The collective MSD of a cell whose displacements cancel is round-off (1e-32 Å²); the MSD axis used to run
     * down to it and squash the data. It now spans the data: from half the smallest point above 1e-12 of the
     * largest to twice the largest.
     */
    @Test
    void msdAxisSpansTheDataNotTheRoundOff() {
        double[] t = {1, 10, 100, 1000};
        double[] tracer = {0.5, 5, 50, 500};
        double[] collective = {1e-32, 3e-31, 2, 20};
        ReplicaResult rep = new ReplicaResult(1L, List.of(new Block(10, 1000, new double[3], new double[3], 1, Double.NaN,
                Double.NaN, Double.NaN, new double[0])), new double[] {0.5, 0.5}, t, tracer, collective, new int[0], 10,
                1, 10);
        KmcResult r = new KmcResult(KmcParameters.of(300, 1, 10), 2, 3, 100, 1, List.of("s"), new int[2],
                List.of(rep));
        JFreeChart chart = KmcCharts.msd(new KmcSweep(List.of(r)));
        var axis = chart.getXYPlot().getRangeAxis();
        assertThat(axis.getLowerBound()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(axis.getUpperBound()).isCloseTo(1000, org.assertj.core.data.Offset.offset(1e-9));
        // the round-off points are not drawn
        assertThat(chart.getXYPlot().getDataset(1).getItemCount(0)).isEqualTo(2);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
