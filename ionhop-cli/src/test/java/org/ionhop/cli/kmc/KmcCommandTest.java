package org.ionhop.cli.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.network.BuiltinLattice;

/** {@code ionhop kmc} as a user runs it: inputs, JSON keys, plots, reproducibility, bad input. */
class KmcCommandTest {
    private static final Path REF = Path.of(System.getProperty("ionhop.refdata"));

    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    @Test
    void latticeRunHasTheDocumentedKeysAndIsReproducibleAcrossThreadCounts(@TempDir Path dir) throws Exception {
        String[] common = {"kmc", "--lattice", "sc", "--size", "4", "--vacancies", "1", "--steps", "80000",
            "--replicas", "4", "--seed", "9", "--json", "-o", dir.toString()};
        JsonNode one = json(CliRun.of(concat(common, "--threads", "1")));
        JsonNode two = json(CliRun.of(concat(common, "--threads", "2")));
        for (String k : new String[] {"D_tracer_cm2_s", "D_tracer_err_cm2_s", "D_sigma_cm2_s", "D_sigma_err_cm2_s",
            "haven_ratio", "correlation_factor", "correlation_factor_err", "sigma_S_cm", "events", "events_per_second"}) {
            assertThat(one.has(k)).as(k).isTrue();
        }
        assertThat(one.path("meta").path("seed").asLong()).isEqualTo(9);
        assertThat(one.path("sites").asInt()).isEqualTo(64);
        assertThat(one.path("events").asLong()).isEqualTo(80000);
        // The same seed gives the same trajectories whatever the number of threads.
        assertThat(two.path("D_tracer_cm2_s").asDouble()).isEqualTo(one.path("D_tracer_cm2_s").asDouble());
        assertThat(two.path("D_sigma_cm2_s").asDouble()).isEqualTo(one.path("D_sigma_cm2_s").asDouble());
        assertThat(Files.exists(dir.resolve("kmc-msd.svg"))).isTrue();
        assertThat(Files.exists(dir.resolve("kmc-occupancy.svg"))).isTrue();
        assertThat(Files.exists(dir.resolve("kmc.json"))).isTrue();
    }

    @Test
    void networkFileGivesTheSameRunAsTheBuiltInLattice(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("square.network.json");
        NetworkJson.write(BuiltinLattice.SQUARE.network(6, 3.0, 0.3, "Li"), null, net);
        JsonNode fromFile = json(CliRun.of("kmc", "--network", net.toString(), "--ions", "12", "--steps", "20000",
                "--replicas", "2", "--json", "-o", dir.toString()));
        JsonNode builtIn = json(CliRun.of("kmc", "--lattice", "square", "--size", "6", "--ions", "12", "--steps",
                "20000", "--replicas", "2", "--json", "-o", dir.toString()));
        // Same sites, hops and seed; the network file is three-dimensional (d = 3) where the lattice is planar (d = 2),
        // so the tracer diffusivities differ by exactly 2/3 while the correlation factor is identical.
        assertThat(fromFile.path("correlation_factor").asDouble()).isEqualTo(builtIn.path("correlation_factor").asDouble());
        assertThat(fromFile.path("D_tracer_cm2_s").asDouble() / builtIn.path("D_tracer_cm2_s").asDouble())
                .isCloseTo(2.0 / 3.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    /** A hand-written YAML network (docs/network-format.md) runs exactly as the same network in JSON. */
    @Test
    void yamlNetworkRunsLikeTheSameNetworkInJson(@TempDir Path dir) throws Exception {
        // Chain of 6 Å cells, sites A (0 eV) and B (0.1 eV) 3 Å apart: A -> B in the cell, B -> A of the next cell.
        String yaml = """
                format: ionhop-site-network
                version: 1
                ion: Li
                lattice:
                  - [6.0, 0.0, 0.0]
                  - [0.0, 20.0, 0.0]
                  - [0.0, 0.0, 20.0]
                sites:
                  - {frac: [0.0, 0.0, 0.0], energy_eV: 0.0, type: A}
                  - {frac: [0.5, 0.0, 0.0], energy_eV: 0.1, type: B}
                hops:
                  - {from: 0, to: 1, image: [0, 0, 0], saddle_energy_eV: 0.35, type: AB}
                  - {from: 1, to: 0, image: [1, 0, 0], saddle_energy_eV: 0.35, type: AB}
                """;
        Path yamlFile = dir.resolve("chain.network.yaml");
        Files.writeString(yamlFile, yaml);
        Path jsonFile = dir.resolve("chain.network.json");
        NetworkJson.write(NetworkJson.read(yamlFile), null, jsonFile);
        String[] run = {"--supercell", "4", "--ions", "40", "--steps", "20000", "--replicas", "2", "--json", "-o",
            dir.toString()};
        JsonNode fromYaml = json(CliRun.of(concat(new String[] {"kmc", "--network", yamlFile.toString()}, run)));
        JsonNode fromJson = json(CliRun.of(concat(new String[] {"kmc", "--network", jsonFile.toString()}, run)));
        assertThat(fromYaml.path("sites").asInt()).isEqualTo(2 * 4 * 4 * 4);
        assertThat(fromYaml.path("D_tracer_cm2_s").asDouble()).isPositive()
                .isEqualTo(fromJson.path("D_tracer_cm2_s").asDouble());
        assertThat(fromYaml.path("occupancy_by_site_type")).isEqualTo(fromJson.path("occupancy_by_site_type"));

        Path broken = dir.resolve("broken.network.yml");
        Files.writeString(broken, yaml.replace("  - {from: 1, to: 0", "  - {from: 1 to: 0"));
        CliRun r = CliRun.of("kmc", "--network", broken.toString(), "-o", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("broken.network.yml").contains("line 13").contains("expected YAML");
    }

    /** Ions on a chain cannot pass each other: the run is flagged, a square lattice gas is not. */
    @Test
    void singleFileRunIsFlagged(@TempDir Path dir) throws Exception {
        JsonNode chain = json(CliRun.of("kmc", "--lattice", "chain", "--size", "2000", "--ions", "1000", "--steps",
                "400000", "--replicas", "4", "--json", "-o", dir.toString()));
        assertThat(chain.path("tracer_subdiffusive").asBoolean()).isTrue();
        assertThat(chain.path("tracer_msd_exponent").asDouble()).isBetween(0.3, 0.7);
        assertThat(chain.path("note").asText()).contains("Warning").contains("single file");
        CliRun table = CliRun.of("kmc", "--lattice", "chain", "--size", "2000", "--ions", "1000", "--steps", "400000",
                "--replicas", "4", "-o", dir.toString());
        assertThat(table.out()).contains("warning: the tracer MSD is sub-diffusive");
        JsonNode square = json(CliRun.of("kmc", "--lattice", "square", "--size", "16", "--ions", "128", "--steps",
                "400000", "--replicas", "4", "--json", "-o", dir.toString()));
        assertThat(square.path("tracer_subdiffusive").asBoolean()).isFalse();
        // (its 78 hops per ion per block do draw the short-block warning, KmcWarningsTest; not these two)
        assertThat(square.path("note").asText()).doesNotContain("sub-diffusive").doesNotContain("single file");
    }

    @Test
    void temperatureSweepGivesArrheniusFitAndPlot(@TempDir Path dir) throws Exception {
        JsonNode o = json(CliRun.of("kmc", "--lattice", "square", "--size", "8", "--ions", "16", "--temperature",
                "400,500,600", "--barrier", "0.3", "--steps", "40000", "--replicas", "2", "--json", "-o", dir.toString()));
        assertThat(o.path("sweep").size()).isEqualTo(3);
        // Dilute gas: E_a of sigma T equals the barrier within the fit's error (docs/kmc.md).
        JsonNode fit = o.path("arrhenius_sigma");
        assertThat(Math.abs(fit.path("E_a_eV").asDouble() - 0.3)).isLessThan(4 * fit.path("E_a_err_eV").asDouble() + 1e-3);
        assertThat(Files.exists(dir.resolve("kmc-arrhenius.svg"))).isTrue();
    }

    @Test
    void structureInputJoinsMobileSitesWithinTheCutoff(@TempDir Path dir) throws Exception {
        Path cif = REF.resolve("kmc/kmcpy_example_nasicon.cif");
        JsonNode o = json(CliRun.of("kmc", "--structure", cif.toString(), "--ion", "Na", "--cutoff", "3.6",
                "--vacancies", "2", "--steps", "20000", "--replicas", "2", "--json", "-o", dir.toString()));
        assertThat(o.path("sites").asInt()).isPositive();
        assertThat(o.path("vacancies").asInt()).isEqualTo(2);
        assertThat(o.path("D_tracer_cm2_s").asDouble()).isPositive();
        assertThat(o.path("occupancy_by_site_type").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void fieldDrivenRunReportsDriftConductivity(@TempDir Path dir) throws Exception {
        JsonNode o = json(CliRun.of("kmc", "--lattice", "chain", "--size", "64", "--ions", "32", "--field", "0.002",
                "--steps", "20000", "--replicas", "2", "--temperature", "600", "--json", "-o", dir.toString()));
        assertThat(o.path("drift_velocity_A_ps").asDouble()).isPositive();
        assertThat(o.has("sigma_drift_S_cm")).isTrue();
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.network.json");
        Files.writeString(bad, "{\"format\": \"ionhop-site-network\", \"lattice\": [[1,0,0],[0,1,0]]}");
        CliRun r = CliRun.of("kmc", "--network", bad.toString(), "-o", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("lattice");
        assertThat(CliRun.of("kmc", "--lattice", "kagome", "-o", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("kmc", "--lattice", "sc", "--size", "2", "--ions", "8", "-o", dir.toString()).exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("kmc", "--lattice", "sc", "--ions", "3", "--vacancies", "3", "-o", dir.toString()).exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("kmc", "--lattice", "sc", "--isotopes", "6Li:0.5,7Li:0.2", "-o", dir.toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void reportRunsKmcOnANetworkFile(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("sq_network.json");
        NetworkJson.write(BuiltinLattice.SQUARE.network(8, 3.0, 0.25, "Li"), null, net);
        Path rep = dir.resolve("rep");
        CliRun r = CliRun.of("report", "--quick", "--temperature", "500,700", "-o", rep.toString(), net.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode run = Json.mapper().readTree(rep.resolve("report.json").toFile()).path("sections").path("kmc")
                .path("runs").get(0);
        assertThat(run.path("sweep").size()).isEqualTo(2);
        assertThat(run.path("D_tracer_cm2_s").asDouble()).isPositive();
        assertThat(Files.readString(rep.resolve("index.html"))).contains("Kinetic Monte Carlo");
        // The data file stands alone with its provenance (issue 18: it had no meta), and its values are the report's.
        JsonNode data = Json.mapper().readTree(rep.resolve("kmc-sq_network.json.json").toFile());
        assertThat(data.path("meta").path("command").asText()).isEqualTo("report kmc");
        assertThat(data.path("meta").path("inputs").get(0).asText()).endsWith("sq_network.json");
        assertThat(data.path("meta").path("settings").path("temperaturesK").size()).isEqualTo(2);
        assertThat(data.path("D_tracer_cm2_s").asDouble()).isEqualTo(run.path("D_tracer_cm2_s").asDouble());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
