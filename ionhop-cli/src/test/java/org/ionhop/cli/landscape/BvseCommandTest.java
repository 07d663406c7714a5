package org.ionhop.cli.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.ionhop.cli.Main;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.grid.GrdFile;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Element;

/** {@code ionhop bvse} as a user runs it: JSON keys, files, the network read back, and bad input. */
class BvseCommandTest {
    private static final Path REF = Path.of(System.getProperty("ionhop.refdata"));

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

    /** Runs with --json, checks success, returns the parsed output. */
    private static JsonNode json(String... args) throws Exception {
        Result r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    @Test
    void jsonHasTheBarriersFilesAndMeta(@TempDir Path dir) throws Exception {
        Path cif = REF.resolve("structures/Li3N_ncrystal_mp2251.cif");
        JsonNode j = json("bvse", cif.toString(), "--ion", "Li", "--grid", "0.2", "--json", "-o", dir.toString());
        assertThat(j.path("ion").asText()).isEqualTo("Li");
        for (String k : new String[] {"barrier_1d_eV", "barrier_2d_eV", "barrier_3d_eV"}) {
            assertThat(j.path(k).isNumber()).as(k).isTrue();
        }
        assertThat(j.path("barrier_1d_eV").asDouble()).isLessThanOrEqualTo(j.path("barrier_3d_eV").asDouble());
        assertThat(j.path("dimensionality").asInt()).isEqualTo(3);
        assertThat(j.path("num_sites").asInt()).isPositive();
        assertThat(j.path("num_hops").asInt()).isPositive();
        assertThat(j.path("meta").path("ionhop_version").isTextual()).isTrue();
        assertThat(j.path("oxidation_states_source").asText()).isEqualTo("guessed");
        assertThat(j.path("note").asText()).contains("estimates").contains("NEB");
        for (String f : new String[] {"cube", "grd", "network", "profiles", "profile_plot", "slice_plot"}) {
            assertThat(Files.size(Path.of(j.path("files").path(f).asText()))).as(f).isPositive();
        }
        // the network file is what kmc reads: read it back with the shared reader
        SiteNetwork n = NetworkJson.read(Path.of(j.path("files").path("network").asText()));
        assertThat(n.sites()).hasSize(j.path("num_sites").asInt());
        assertThat(n.hops()).hasSize(j.path("num_hops").asInt());
        // the grd file holds the landscape relative to its minimum
        var grid = GrdFile.read(Path.of(j.path("files").path("grd").asText()));
        assertThat(grid.min()).isCloseTo(0, within(1e-6));
        assertThat(grid.na()).isEqualTo(j.path("grid").path("points").get(0).asInt());
    }

    @Test
    void noPercolationBelowTheCapIsNull(@TempDir Path dir) throws Exception {
        Path cif = REF.resolve("structures/LiFePO4_pymatgen.cif");
        JsonNode j = json("bvse", cif.toString(), "--grid", "0.25", "--cap", "1.0", "--json", "-o", dir.toString());
        assertThat(j.path("barrier_1d_eV").isNumber()).isTrue();
        assertThat(j.path("barrier_2d_eV").isNull()).isTrue();
        assertThat(j.path("barrier_3d_eV").isNull()).isTrue();
        assertThat(j.path("dimensionality").asInt()).isEqualTo(1);
    }

    @Test
    void userOxidationStatesAreUsedAndReported(@TempDir Path dir) throws Exception {
        Path cif = REF.resolve("structures/LiFePO4_pymatgen.cif");
        JsonNode j = json("bvse", cif.toString(), "--grid", "0.3", "--oxidation", "Li=1,Fe=2,P=5,O=-2", "--json", "-o",
                dir.toString());
        assertThat(j.path("oxidation_states_source").asText()).isEqualTo("user");
        assertThat(j.path("oxidation_states").path("Fe").asDouble()).isEqualTo(2.0);
    }

    @Test
    void humanOutputSaysTheBarriersAreEstimates(@TempDir Path dir) {
        Path cif = REF.resolve("structures/Li2O_pymatgen.cif");
        Result r = run("bvse", cif.toString(), "--grid", "0.2", "-o", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1D percolation barrier").contains("estimates").contains("NEB");
    }

    @Test
    void aSupercellWhoseGridExceedsTheHeapIsRefusedWithTheFigure(@TempDir Path dir) throws Exception {
        // issue 18: a 10x10x10 LiFePO4 supercell (28,000 atoms) at 0.1 Å is a 475x607x1042 grid, ~15 GB at 50 bytes
        // per point: refused (exit 2, naming --grid) before the model or the grid is built, with the figure
        org.ionhop.structure.Structure big = org.ionhop.structure.StructureReader
                .read(REF.resolve("structures/LiFePO4_pymatgen.cif")).supercell(10, 10, 10);
        assertThat(big.sites()).hasSize(28_000);
        var lat = big.lattice();
        StringBuilder cif = new StringBuilder("data_big\n_symmetry_space_group_name_H-M 'P 1'\n");
        cif.append(String.format(java.util.Locale.ROOT, "_cell_length_a %.6f\n_cell_length_b %.6f\n_cell_length_c %.6f%n"
                + "_cell_angle_alpha %.4f\n_cell_angle_beta %.4f\n_cell_angle_gamma %.4f%n", lat.a(), lat.b(), lat.c(),
                lat.alpha(), lat.beta(), lat.gamma()));
        cif.append("loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\n_atom_site_occupancy\n");
        int i = 0;
        for (org.ionhop.structure.Site site : big.sites()) {
            String el = site.element().symbol();
            cif.append(String.format(java.util.Locale.ROOT, "%s%d %s %.7f %.7f %.7f 1%n", el, i++, el, site.frac(0),
                    site.frac(1), site.frac(2)));
        }
        Path file = dir.resolve("LiFePO4_10x10x10.cif");
        Files.writeString(file, cif);
        long t0 = System.nanoTime();
        Result r = run("bvse", file.toString(), "--grid", "0.1", "--oxidation", "Li=1,Fe=2,P=5,O=-2", "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--grid").contains("475x607x1042 grid needs ~15.0 GB, the heap allows")
                .contains("-Xmx");
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat((System.nanoTime() - t0) * 1e-9).isLessThan(60);
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) {
        Path cif = REF.resolve("structures/LiFePO4_pymatgen.cif");
        Result bad = run("bvse", cif.toString(), "--oxidation", "Li1,Fe=2", "-o", dir.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--oxidation").contains("El=q");
        Result unknown = run("bvse", cif.toString(), "--ion", "Xx", "-o", dir.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown element");
        Result missingPair = run("bvse", cif.toString(), "--oxidation", "Fe=7", "--grid", "0.3", "-o", dir.toString());
        assertThat(missingPair.code()).isEqualTo(2);
        assertThat(missingPair.err()).contains("Fe");
        Result grid = run("bvse", cif.toString(), "--grid", "-1", "-o", dir.toString());
        assertThat(grid.code()).isEqualTo(2);
        assertThat(grid.err()).contains("grid spacing");
    }

    @Test
    void noOptionsBuildExactlyTheLibraryDefaults() {
        CommandLine cl = Main.newCommandLine(false);
        BvseCommand cmd = (BvseCommand) cl.parseArgs("bvse", "x.cif").subcommand().commandSpec().userObject();
        assertThat(cmd.settings()).isEqualTo(BvseSettings.defaults());
        // and each option sets the component of its name
        cl = Main.newCommandLine(false);
        cmd = (BvseCommand) cl.parseArgs("bvse", "x.cif", "--ion", "Na", "--grid", "0.3", "--cutoff", "12",
                "--oxidation", "Na=1,O=-2", "--cap", "4", "--network-cap", "1.5").subcommand().commandSpec().userObject();
        assertThat(cmd.settings()).isEqualTo(BvseSettings.of(Element.Na).withGridSpacingA(0.3).withCutoffA(12)
                .withOxidationStates(Map.of(Element.Na, 1, Element.O, -2)).withBarrierCapEv(4).withNetworkCapEv(1.5));
    }

    @Test
    void anImpossibleSettingIsNamedByItsFlag(@TempDir Path dir) {
        Path cif = REF.resolve("structures/Li2O_pymatgen.cif");
        Result r = run("bvse", cif.toString(), "--cutoff", "-1", "-o", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("ionhop: --cutoff: expected a number > 0");
        Result cap = run("bvse", cif.toString(), "--network-cap", "0", "-o", dir.toString());
        assertThat(cap.code()).isEqualTo(2);
        assertThat(cap.err()).startsWith("ionhop: --network-cap:");
    }
}
