package org.ionhop.cli.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.ionhop.cli.common.Json;
import org.ionhop.defects.DefectStudySettings;
import org.ionhop.transport.CheckSettings;
import org.ionhop.transport.ConfigurationalEntropy;
import org.ionhop.transport.EntropySettings;
import org.ionhop.transport.HopSettings;
import org.ionhop.transport.InvertSettings;
import org.ionhop.transport.IsotopeSettings;
import org.ionhop.transport.PhononSettings;
import org.ionhop.transport.SigmaSeries;
import org.ionhop.transport.SigmaSettings;
import org.ionhop.transport.VineyardSettings;

/**
 * Each defects and transport command with no optional option (or input key) builds exactly the library's default
 * settings; and {@code --paths z} multiplies Gamma, D and sigma by z, with the output unchanged without it.
 */
class TheoryDefaultsTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("examples");

    private static <T> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void sigmaWithRequiredOptionsOnlyIsTheLibraryDefault() {
        var cmd = parse(new Eq1Commands.Sigma(), "--c", "2.44e22", "--a", "2.0", "--nu0", "10", "--dH", "0.3",
                "-T", "300,400");
        assertSame(cmd.settings(), SigmaSettings.of(2.44e22, 2.0, 10, 0.3, 300, 400));
    }

    @Test
    void invertWithRequiredOptionsOnlyIsTheLibraryDefault() {
        var cmd = parse(new Eq1Commands.Invert(), "--c", "2.44e22", "--a", "2.0", "--sigma", "2e-3", "-T", "298",
                "--dH", "0.3");
        assertThat(cmd.settings()).isEqualTo(InvertSettings.ofPoint(2.44e22, 2.0, 2e-3, 298, 0.3));
        assertThat(cmd.settings().hop()).isEqualTo(HopSettings.defaults());
    }

    @Test
    void invertFromDataWithoutOptionsIsTheLibraryDefault(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("s.dat");
        Files.writeString(table, "300 1e-3\n350 4e-3\n");
        var cmd = parse(new Eq1Commands.Invert(), "--c", "1e22", "--a", "2.0", "--data", table.toString());
        assertSame(cmd.settings(), InvertSettings.ofSeries(1e22, 2.0,
                new SigmaSeries(new double[] {300, 350}, new double[] {1e-3, 4e-3}, null)));
    }

    @Test
    void vineyardPhononIsotopeEntropyDefaults() {
        var v = parse(new LatticeDynamicsCommands.VineyardCmd(), "--minimum", "5,7,11", "--saddle", "6,9");
        assertSame(v.settings(), VineyardSettings.of(new double[] {5, 7, 11}, new double[] {6, 9}));
        var p = parse(new LatticeDynamicsCommands.Phonon(), "--barrier", "0.3", "--spread", "0.03", "-T", "300");
        assertSame(p.settings(), PhononSettings.ofSpread(0.3, 0.03, 300));
        var i = parse(new LatticeDynamicsCommands.Isotope());
        assertThat(i.settings()).isEqualTo(IsotopeSettings.defaults());
        var e = parse(new TransportCommand.Entropy(), "--sublattice", "2:0.5,0.5");
        assertSame(e.settings(), EntropySettings.of(
                List.of(new ConfigurationalEntropy.Sublattice(2, new double[] {0.5, 0.5}))));
    }

    @Test
    void checkFileWithoutOptionalKeysIsTheLibraryDefault(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("min_transport.yaml");
        Files.writeString(f, "temperature_K: 300\nmeasurements:\n  sigma_S_per_cm: 1e-3\n");
        CheckSettings s = parse(new TransportCommand.Check(), f.toString()).settings();
        assertThat(s).isEqualTo(CheckSettings.of(300, s.measurements()));
    }

    @Test
    void defectsFileWithoutOptionalKeysIsTheLibraryDefault(@TempDir Path dir) throws Exception {
        // The Li2O example without its scan points and map temperatures: the host's range of mu_Li, 121 points,
        // 21 temperatures from max(T/2, 200 K) = 300 K to 1.5 T = 900 K.
        String text = Files.readString(EXAMPLES.resolve("Li2O_switch_defects.yaml"))
                .replace(", points: 125}", "}").replaceAll("(?m)^map_temperatures_K:.*$", "");
        Path f = dir.resolve("min_defects.yaml");
        Files.writeString(f, text);
        DefectStudySettings s = parse(new DefectsCommand(), f.toString()).settings();
        assertThat(s).isEqualTo(DefectStudySettings.overHostRange(s.model(), 600, "Li"));
        double[] t = s.mapTemperaturesK();
        assertThat(t).hasSize(21);
        assertThat(t[0]).isEqualTo(300);
        assertThat(t[20]).isEqualTo(900);
        assertThat(s.scan().from()).isEqualTo(s.model().host().range("Li")[0]);
    }

    /**
     * Eq. 1 is linear in the jump rate: z paths of a per-path prefactor nu* give z times sigma, D_sigma, D* and
     * Gamma of one path (Gamma = z nu* exp(-dH/k_B T)); the same numbers as --nu0 z nu* with one path. Without
     * --paths the output carries no "paths" key (unchanged from before the option existed).
     */
    @Test
    void pathsMultipliesTheJumpRate() throws Exception {
        String[] base = {"transport", "sigma", "--c", "2.44e22", "--a", "2.0", "--dH", "0.3", "-T", "300", "--json"};
        JsonNode one = run(base, "--nu0", "7.13");
        JsonNode six = run(base, "--nu0", "7.13", "--paths", "6");
        JsonNode total = run(base, "--nu0", String.valueOf(6 * 7.13));
        assertThat(one.has("paths")).isFalse();
        assertThat(six.get("paths").asInt()).isEqualTo(6);
        assertThat(six.get("attempt_frequency_THz").asDouble()).isEqualTo(7.13);
        for (String k : List.of("sigma_S_per_cm", "charge_diffusivity_cm2_per_s", "tracer_diffusivity_cm2_per_s",
                "jump_rate_per_s")) {
            double v1 = one.at("/results/0/" + k).asDouble();
            assertThat(six.at("/results/0/" + k).asDouble()).as(k).isCloseTo(6 * v1, within(1e-12 * 6 * v1));
            assertThat(total.at("/results/0/" + k).asDouble()).as(k).isCloseTo(6 * v1, within(1e-12 * 6 * v1));
        }
        // Gamma of one path at 300 K by hand: nu* exp(-dH / k_B T) with k_B = 8.617333262e-5 eV/K.
        assertThat(one.at("/results/0/jump_rate_per_s").asDouble()).isCloseTo(
                7.13e12 * Math.exp(-0.3 / (8.617333262e-5 * 300)), within(1e-6 * 1e8));
        CliRun bad = CliRun.of("transport", "sigma", "--c", "2.44e22", "--a", "2", "--nu0", "7", "--dH", "0.3",
                "-T", "300", "--paths", "0");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("ionhop: --paths: expected at least 1 path, got 0");
    }

    /** Field by field, arrays by content, NaN equal to NaN (an unset optional value). */
    private static void assertSame(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison()
                .withEqualsForType((a, b) -> Double.compare(a, b) == 0, Double.class).isEqualTo(expected);
    }

    private static JsonNode run(String[] base, String... more) throws Exception {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }
}
