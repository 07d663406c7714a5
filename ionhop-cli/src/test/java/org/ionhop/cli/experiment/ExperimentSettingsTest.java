package org.ionhop.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.ionhop.cli.CliRun;
import org.ionhop.cli.Main;
import org.ionhop.impedance.ImpedanceSettings;
import org.ionhop.nmr.HavenSettings;
import org.ionhop.nmr.LineShape;
import org.ionhop.nmr.LineshapeSettings;
import org.ionhop.nmr.PfgSettings;
import org.ionhop.nmr.T1Settings;

/**
 * The eis and nmr commands build their settings from the options: no options give exactly the library's defaults,
 * list options take commas or spaces, and the Lin-KK settings reach the analysis.
 */
class ExperimentSettingsTest {
    private static final Path ZPLOT = Path.of("../examples/eis/impedancepy_Circuit3_EIS_1.z");

    @TempDir
    Path tmp;

    private static <T> T parse(T command, String... args) {
        Main.newCommandLine(false);
        CommandLine cl = new CommandLine(command);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.parseArgs(args);
        return command;
    }

    @Test
    void noOptionsGiveTheLibraryDefaults() {
        assertThat(parse(new EisCommand(), "a.txt").settings()).isEqualTo(ImpedanceSettings.of(List.of(Path.of("a.txt"))));
        assertThat(parse(new NmrT1Command(), "a.txt").settings()).isEqualTo(T1Settings.defaults());
        assertThat(parse(new NmrPfgCommand(), "a.txt").settings()).isEqualTo(PfgSettings.defaults());
        assertThat(parse(new NmrLineshapeCommand(), "a.txt").settings()).isEqualTo(LineshapeSettings.defaults());
        assertThat(parse(new NmrHavenCommand()).settings()).isEqualTo(HavenSettings.defaults());
    }

    @Test
    void listOptionsTakeCommasOrSpaces() {
        ImpedanceSettings spaced = parse(new EisCommand(), "a.txt", "b.txt", "c.txt", "--temperature-c", "140", "150",
                "160", "--columns", "0", "2", "3").settings();
        ImpedanceSettings commas = parse(new EisCommand(), "a.txt", "b.txt", "c.txt", "--temperature-c", "140,150,160",
                "--columns", "0,2,3").settings();
        assertThat(spaced).isEqualTo(commas);
        assertThat(spaced.temperatureC()).containsExactly(140.0, 150.0, 160.0);
        assertThat(spaced.files()).hasSize(3);
        assertThat(spaced.columns()).containsExactly(0, 2, 3);
        assertThat(parse(new EisCommand(), "a.txt", "b.txt", "--temperature", "400", "410", "--circuit", "R0-p(R1,C1)").settings()
                .temperatureK()).containsExactly(400.0, 410.0);
        assertThat(parse(new NmrLineshapeCommand(), "a.txt", "--components", "lorentzian", "g", "--centres", "1", "-2")
                .settings()).isEqualTo(new LineshapeSettings(List.of(LineShape.LORENTZIAN, LineShape.GAUSSIAN),
                        List.of(1.0, -2.0)));
    }

    @Test
    void linKkSettingOfThePublishedTestIsReproducible() throws Exception {
        // impedance.py's test_validation.py: linKK(f, Z, c=0.69) on this ZPlot file -> M = 10, mu = 0.6843821117885378
        for (String m : List.of("1", "10")) {
            CliRun r = CliRun.of("eis", ZPLOT.toString(), "--circuit", "R0-p(R1,C1)", "--weighting", "unit", "--kk-c",
                    "0.69", "--kk-m", m, "--json", "-o", tmp.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode kk = new ObjectMapper().readTree(r.out()).path("fits").get(0).path("lin_kk");
            assertThat(kk.path("M").asInt()).isEqualTo(10);
            assertThat(kk.path("mu").asDouble()).isCloseTo(0.6843821117885378, within(1e-10));
        }
        CliRun bad = CliRun.of("eis", ZPLOT.toString(), "--kk-c", "1.5", "-o", tmp.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--kk-c").contains("(0, 1]");
    }

    @Test
    void spaceSeparatedTemperaturesRunASeries() throws Exception {
        Path ex = Path.of("../examples/eis");
        CliRun r = CliRun.of("eis", ex.resolve("s04147-140deg.txt").toString(), ex.resolve("s04147-150deg.txt").toString(),
                "--circuit", "p(R1,CPE1)-p(R2,CPE2)-CPE3", "--json", "-o", tmp.toString(), "--temperature-c", "140",
                "150");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("fits").get(1).path("temperature_K").asDouble()).isEqualTo(423.15);
        assertThat(j.path("meta").path("settings").path("temperatureC")).hasSize(2);
    }
}
