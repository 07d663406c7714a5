package org.ionhop.cli.md;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.ionhop.cli.Main;
import org.ionhop.trajectory.DriftCorrection;
import org.ionhop.trajectory.TrajectorySettings;
import org.ionhop.units.Constants;

/** {@code ionhop md} end to end: JSON keys, plots, Arrhenius, errors, and options equal to the library's settings. */
class MdCommandTest {
    private static final Path REF = Path.of(System.getProperty("ionhop.refdata"), "trajectories");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine(false);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void argyroditeJsonHasTheDocumentedKeysAndPlots() throws IOException {
        Run r = run("md", REF.resolve("Li6PS5Cl_50p_run1_500K_XDATCAR.gz").toString(), "--ion", "Li", "--temperature",
                "500", "--timestep-fs", "2", "--stride", "50", "--json", "-o", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String k : List.of("ion", "temperature_K", "D_tracer_cm2_s", "D_tracer_err_cm2_s", "D_charge_cm2_s",
                "D_charge_err_cm2_s", "haven_ratio", "sigma_tracer_S_cm", "sigma_charge_S_cm", "meta")) {
            assertThat(j.has(k)).as(k).isTrue();
        }
        assertThat(j.get("ion").asText()).isEqualTo("Li");
        assertThat(j.get("temperature_K").asDouble()).isEqualTo(500);
        assertThat(j.get("frame_interval_ps").asDouble()).isCloseTo(0.1, within(1e-12));
        assertThat(j.get("n_ions").asInt()).isEqualTo(192);
        // H_R is the ratio of the two conductivities reported next to it.
        assertThat(j.get("haven_ratio").asDouble()).isCloseTo(
                j.get("sigma_tracer_S_cm").asDouble() / j.get("sigma_charge_S_cm").asDouble(), within(1e-9));
        assertThat(j.get("meta").get("units").get("diffusivity").asText()).isEqualTo("cm^2/s");
        assertThat(j.get("meta").get("settings").get("timestepFs").asDouble()).isEqualTo(2);
        Path svg = dir.resolve(j.get("files").get("msd_svg").asText());
        assertThat(Files.readString(svg)).contains("<svg");
        assertThat(Files.readAllLines(dir.resolve(j.get("files").get("msd_csv").asText()))).hasSize(2 + 140);
    }

    /**
     * Brownian walkers at three temperatures with D = D0 exp(-Ea / kT), D0 = 20 Å²/ps and Ea = 0.25 eV, written as
     * single-species XDATCARs (no framework: the drift correction has nothing to remove). The fitted E_a must match
     * within 3 of its standard errors, and the extrapolated sigma(300 K) interval must contain the Nernst-Einstein value
     * of the true D(300 K) within its 95 % interval.
     */
    @Test
    void severalTemperaturesGiveArrheniusWithinError() throws IOException {
        double d0 = 20;
        double ea = 0.25;
        double[] temps = {600, 800, 1000};
        String[] args = new String[temps.length];
        for (int i = 0; i < temps.length; i++) {
            double d = d0 * Math.exp(-ea / (Constants.BOLTZMANN_EV_PER_K * temps[i]));
            Path p = dir.resolve("T" + (int) temps[i] + "_XDATCAR");
            Files.writeString(p, brownianXdatcar(24, 800, d, 0.05, 15.0, 100 + i));
            args[i] = p.toString();
        }
        Run r = run("md", args[0], args[1], args[2], "--ion", "Li", "--temperature", "600,800,1000", "--timestep-fs",
                "50", "--json", "-o", dir.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        List<String> top = new java.util.ArrayList<>();
        j.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("ion", "temperature_K", "D_tracer_cm2_s", "D_tracer_err_cm2_s", "D_charge_cm2_s",
                "D_charge_err_cm2_s", "haven_ratio", "haven_ratio_err", "sigma_tracer_S_cm", "sigma_tracer_err_S_cm",
                "sigma_charge_S_cm", "sigma_charge_err_S_cm", "results", "arrhenius", "meta");
        for (int i = 0; i < 3; i++) {
            JsonNode ri = j.get("results").get(i);
            assertThat(j.get("D_tracer_err_cm2_s").get(i).asDouble()).isEqualTo(ri.get("D_tracer_err_cm2_s").asDouble());
            assertThat(j.get("temperature_K").get(i).asDouble()).isEqualTo(temps[i]);
        }
        List<String> arr = new java.util.ArrayList<>();
        j.get("arrhenius").fieldNames().forEachRemaining(arr::add);
        assertThat(arr).containsExactly("fitted_quantity", "Ea_eV", "Ea_err_eV", "D0_cm2_s", "ln_D0_err", "reduced_chi2",
                "points", "extrapolate_to_K", "D_300K_cm2_s", "D_300K_interval68_cm2_s", "sigma_300K_S_cm",
                "sigma_300K_interval68_S_cm", "sigma_300K_interval95_S_cm", "sigma_basis");
        assertThat(j.get("D_tracer_cm2_s").size()).isEqualTo(3);
        assertThat(j.get("results").size()).isEqualTo(3);
        JsonNode a = j.get("arrhenius");
        double err = a.get("Ea_err_eV").asDouble();
        assertThat(err).isLessThan(0.05);
        assertThat(a.get("Ea_eV").asDouble()).isCloseTo(ea, within(3 * err));
        double dTrue300 = d0 * Math.exp(-ea / (Constants.BOLTZMANN_EV_PER_K * 300));
        double n = 24 / Math.pow(15.0, 3);
        double sigmaTrue = org.ionhop.transport.NernstEinstein.conductivitySPerCm(n, 1, dTrue300, 300);
        assertThat(sigmaTrue).isBetween(a.get("sigma_300K_interval95_S_cm").get(0).asDouble(),
                a.get("sigma_300K_interval95_S_cm").get(1).asDouble());
        assertThat(a.get("sigma_300K_S_cm").asDouble()).isPositive();
        assertThat(Files.exists(dir.resolve("out/md_arrhenius.svg"))).isTrue();
    }

    /**
     * Density and site options on a Brownian gas: the cube integrates to the number of ions (the file's values times
     * the voxel volume), and the percolation thresholds fall with dimensionality (a 3D network needs a lower level than
     * a 1D channel, since every 3D network contains channels).
     */
    @Test
    void densityAndSitesOnWalkers() throws IOException {
        Path p = dir.resolve("gas_XDATCAR");
        Files.writeString(p, brownianXdatcar(12, 300, 0.5, 0.05, 10.0, 3));
        Run r = run("md", p.toString(), "--ion", "Li", "--temperature", "600", "--timestep-fs", "50", "--density",
                "--grid-spacing", "0.5", "--sites", "density", "--json", "-o", dir.resolve("o").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode d = j.get("density");
        assertThat(d.get("threshold_1d_per_A3").asDouble()).isGreaterThanOrEqualTo(d.get("threshold_2d_per_A3").asDouble());
        assertThat(d.get("threshold_2d_per_A3").asDouble()).isGreaterThanOrEqualTo(d.get("threshold_3d_per_A3").asDouble());
        assertThat(d.get("threshold_3d_per_A3").asDouble()).isPositive();
        assertThat(d.get("mean_per_A3").asDouble()).isCloseTo(12 / 1000.0, within(1e-9));
        List<String> cube = Files.readAllLines(dir.resolve("o").resolve(j.get("files").get("density_cube").asText()));
        double sum = cube.stream().skip(2 + 1 + 3 + 12).flatMap(l -> java.util.Arrays.stream(l.trim().split("\\s+")))
                .mapToDouble(Double::parseDouble).sum();
        assertThat(sum * 1000.0 / (20 * 20 * 20)).isCloseTo(12, within(1e-3));
        assertThat(j.get("sites").get("site_count").asInt()).isPositive();
    }

    /**
     * The JSON keys come in the order recorded before the facade redesign (the golden test compares keys and numbers,
     * not their order): every key path of the argyrodite run with density and sites, in sequence, meta aside.
     */
    @Test
    void keysKeepTheRecordedOrder() throws IOException {
        Run r = run("md", REF.resolve("Li6PS5Cl_50p_run1_500K_XDATCAR.gz").toString(), "--ion", "Li", "--temperature",
                "500", "--timestep-fs", "2", "--stride", "50", "--density", "--sites", "density", "--json", "-o",
                dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        ObjectMapper m = new ObjectMapper();
        JsonNode golden = m.readTree(Path.of("src/test/resources/golden/md_density_sites.json").toFile());
        assertThat(keyPaths("", m.readTree(r.out()))).containsExactlyElementsOf(keyPaths("", golden));
    }

    private static List<String> keyPaths(String prefix, JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        if (n.isObject()) {
            n.properties().forEach(e -> {
                if (!e.getKey().equals("meta")) {
                    out.add(prefix + "/" + e.getKey());
                    out.addAll(keyPaths(prefix + "/" + e.getKey(), e.getValue()));
                }
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.addAll(keyPaths(prefix + "/" + i, n.get(i)));
            }
        }
        return out;
    }

    static String brownianXdatcar(int ions, int frames, double dA2PerPs, double dtPs, double a, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double s = Math.sqrt(2 * dA2PerPs * dtPs) / a;
        double[] f = new double[3 * ions];
        for (int i = 0; i < f.length; i++) {
            f[i] = r.nextDouble();
        }
        StringBuilder b = new StringBuilder("walkers\n1.0\n");
        b.append(String.format(Locale.ROOT, "%f 0 0%n0 %f 0%n0 0 %f%nLi%n%d%n", a, a, a, ions));
        for (int t = 0; t < frames; t++) {
            b.append("Direct configuration= ").append(t + 1).append('\n');
            for (int i = 0; i < ions; i++) {
                for (int k = 0; k < 3; k++) {
                    if (t > 0) {
                        double u = 1 - r.nextDouble();
                        f[3 * i + k] += s * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
                    }
                    double w = f[3 * i + k] - Math.floor(f[3 * i + k]);
                    b.append(String.format(Locale.ROOT, " %.8f", w));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void missingTimeStepIsExitTwoWithOneLine() {
        Run r = run("md", REF.resolve("Li6PS5Cl_50p_run1_500K_XDATCAR.gz").toString(), "--ion", "Li", "--temperature",
                "500", "-o", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("--timestep-fs");
        Run noT = run("md", REF.resolve("Li6PS5Cl_50p_run1_500K_XDATCAR.gz").toString(), "--ion", "Li",
                "--timestep-fs", "2", "--stride", "50", "-o", dir.toString());
        assertThat(noT.code()).isEqualTo(2);
        assertThat(noT.err()).contains("--temperature");
        Run missing = run("md", dir.resolve("nope_XDATCAR").toString(), "--ion", "Li", "--timestep-fs", "2");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("file not found");
    }

    @Test
    void noOptionsBuildExactlyTheLibraryDefaults() {
        MdCommand c = new MdCommand();
        new CommandLine(c).parseArgs("a_XDATCAR");
        assertThat(c.settings()).isEqualTo(TrajectorySettings.defaults().withFiles(List.of(Path.of("a_XDATCAR"))));
    }

    @Test
    void optionsBuildTheLibrarySettings() {
        MdCommand c = new MdCommand();
        new CommandLine(c).parseArgs("a_XDATCAR", "b_XDATCAR", "--ion", "Na,Li", "--timestep-fs", "2", "--stride", "50",
                "--temperature", "500,600", "--drift", "plain", "--density", "--grid-spacing", "0.5", "--smooth", "0",
                "--sites", "density", "--site-radius", "0.8", "--extrapolate-to", "350", "--charge", "Na=1",
                "--fit-start-ps", "1", "--fit-end-ps", "5", "--memory-mb", "64");
        TrajectorySettings expected = TrajectorySettings.of(Path.of("a_XDATCAR"), Path.of("b_XDATCAR"))
                .withIons(List.of("Na", "Li")).withTimestepFs(2, 50).withTemperatures(List.of(500.0, 600.0))
                .withDrift(DriftCorrection.UNWEIGHTED).withDensity(true, 0.5, 0, Double.NaN).withSites("density", 0.8)
                .withExtrapolateToK(350).withCharges(Map.of("Na", 1.0)).withFitWindowPs(1, 5).withMemoryMb(64);
        assertThat(c.settings()).isEqualTo(expected);
    }

    /** Issue 18: a temperature of -5 K is a bad setting named by its flag, not "not stated in the file". */
    @Test
    void negativeTemperatureIsExitTwoNamingTheFlag() {
        Run r = run("md", REF.resolve("Li6PS5Cl_50p_run1_500K_XDATCAR.gz").toString(), "--ion", "Li",
                "--temperature", "-5", "--timestep-fs", "2", "--stride", "50", "-o", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).startsWith("ionhop: --temperature: ").contains("-5.0 K").doesNotContain("stated");
        Run drift = run("md", "x_XDATCAR", "--drift", "sideways", "-o", dir.toString());
        assertThat(drift.code()).isEqualTo(2);
        assertThat(drift.err()).startsWith("ionhop: --drift: ");
    }

    /** Issue 18: a NaN coordinate is bad input naming the file and line, exit 2. */
    @Test
    void nanCoordinateIsExitTwoNamingFileAndLine() throws IOException {
        String good = brownianXdatcar(2, 10, 0.5, 0.05, 10.0, 5);
        // line 9 "Direct configuration= 1", 10-11 the atoms; line 13 is atom 1 of frame 2
        String[] lines = good.split("\n", -1);
        lines[12] = " NaN 0.5 0.5";
        Path p = dir.resolve("nan_XDATCAR");
        Files.writeString(p, String.join("\n", lines));
        Run r = run("md", p.toString(), "--temperature", "600", "--timestep-fs", "50", "-o", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("nan_XDATCAR, line 13").contains("finite number").contains("'NaN'");
    }
}
