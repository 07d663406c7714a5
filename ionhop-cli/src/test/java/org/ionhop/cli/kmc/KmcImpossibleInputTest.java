package org.ionhop.cli.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.network.BuiltinLattice;

/**
 * Values that cannot work (issue 18, section 5): cells that do not fit in memory, physically impossible barriers
 * and disorder, inconsistent network files are refused before anything runs, in one line naming the flag or the
 * file and line, with exit code 2; counts may be written as 1e6.
 */
class KmcImpossibleInputTest {

    private static void refused(CliRun r, String... parts) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        String err = r.err().strip();
        assertThat(err.lines().count()).as(err).isEqualTo(1);
        for (String p : parts) {
            assertThat(err).contains(p);
        }
    }

    /**
     * {@code --size 2000} (8e9 sites) used to die with OutOfMemoryError and {@code --supercell 1000} with "Illegal
     * Capacity": both are refused with the memory they would need, naming the flag.
     */
    @Test
    void cellsThatCannotFitAreRefusedWithTheirMemory(@TempDir Path dir) throws Exception {
        refused(CliRun.of("kmc", "--lattice", "sc", "--size", "2000", "-o", dir.toString()), "--size", "GB",
                "8.00e+09 sites");
        Path net = dir.resolve("sq.json");
        NetworkJson.write(BuiltinLattice.SQUARE.network(4, 3.0, 0.3, "Li"), null, net);
        refused(CliRun.of("kmc", "--network", net.toString(), "--supercell", "1000", "-o", dir.toString()),
                "--supercell", "GB");
        // A cell that fits still runs.
        CliRun ok = CliRun.of("kmc", "--network", net.toString(), "--supercell", "2", "--steps", "2e4", "--replicas",
                "2", "--json", "-o", dir.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(Json.mapper().readTree(ok.out()).path("events").asLong()).isEqualTo(20000);
    }

    /** {@code --steps 1e12} was refused with an 86-line usage: counts accept exponent notation, else one line. */
    @Test
    void countsAcceptExponentNotationOrFailInOneLine(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("kmc", "--lattice", "square", "--size", "4", "--steps", "3e4", "--replicas", "1E0",
                "--blocks", "1e1", "--json", "-o", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode o = Json.mapper().readTree(r.out());
        assertThat(o.path("events").asLong()).isEqualTo(30000);
        assertThat(o.path("effective_samples").asInt()).isEqualTo(10);
        CliRun frac = CliRun.of("kmc", "--lattice", "square", "--steps", "2.5", "-o", dir.toString());
        assertThat(frac.exitCode()).isEqualTo(2);
        assertThat(frac.err()).contains("whole number");
        assertThat(frac.err().strip().lines().count()).as(frac.err()).isEqualTo(1);
    }

    /**
     * {@code --barrier -1} gave sigma = 536 S/cm (the clamp made every hop free) and {@code --disorder-sigma 10}
     * zeros and H_R = NaN at 300 K; both are refused. The disorder bound is 100 k_B T at the lowest temperature
     * (2.585 eV at 300 K): 1 eV runs.
     */
    @Test
    void impossibleBarrierAndDisorderAreRefused(@TempDir Path dir) {
        refused(CliRun.of("kmc", "--lattice", "sc", "--size", "4", "--barrier", "-1", "-o", dir.toString()),
                "--barrier", "0 eV or more");
        refused(CliRun.of("kmc", "--lattice", "sc", "--size", "4", "--disorder-sigma", "10", "-o", dir.toString()),
                "--disorder-sigma", "at most 2.59 eV at 300 K");
        CliRun ok = CliRun.of("kmc", "--lattice", "square", "--size", "4", "--disorder-sigma", "1", "--steps", "2e4",
                "--replicas", "2", "--json", "-o", dir.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        refused(CliRun.of("kmc", "--lattice", "sc", "--size", "4", "--barrier", "0.3", "--temperature", "300,20",
                "--disorder-sigma", "0.5", "-o", dir.toString()), "--disorder-sigma", "at 20 K");
    }

    /** A network whose saddle lies below a site it joins is refused with the file and the line of that saddle. */
    @Test
    void saddleBelowItsSitesIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("net.json");
        NetworkJson.write(BuiltinLattice.SQUARE.network(4, 3.0, 0.3, "Li"), null, good);
        ObjectNode root = (ObjectNode) Json.mapper().readTree(good.toFile());
        ((ObjectNode) root.path("hops").get(3)).put("saddle_energy_eV", -0.2);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Json.write(root));
        CliRun r = CliRun.of("kmc", "--network", bad.toString(), "-o", dir.toString());
        refused(r, "bad.json", "hops[3].saddle_energy_eV", "-0.2");
        int line = 0;
        String[] lines = Files.readString(bad).split("\n");
        int hopsAt = 0;
        for (int i = 0; i < lines.length && line == 0; i++) {
            hopsAt = lines[i].contains("\"hops\"") ? i : hopsAt;
            if (hopsAt > 0 && lines[i].contains("-0.2")) {
                line = i + 1;
            }
        }
        assertThat(line).isPositive();
        assertThat(r.err()).contains("line " + line + ":");
    }
}
