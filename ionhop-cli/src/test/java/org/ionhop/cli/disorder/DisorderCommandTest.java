package org.ionhop.cli.disorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.ionhop.cli.CliRun;
import org.ionhop.cli.common.Json;
import org.ionhop.disorder.DisorderSettings;
import org.ionhop.screen.ScreenInput;
import org.ionhop.screen.ScreenInputs;

/** {@code ionhop disorder}: defaults, JSON keys, files and a manifest that the screen reads. */
class DisorderCommandTest {

    private static DisorderSettings parse(String... args) {
        DisorderVariantCommand cmd = new DisorderVariantCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd.settings();
    }

    @Test
    void noOptionsGiveTheLibraryDefaults() {
        assertThat(parse("x.cif")).isEqualTo(DisorderSettings.defaults());
    }

    /** Rock salt NaCl (Fm-3m, a = 5.64 Å) written as a CIF. */
    private static Path nacl(Path dir) throws Exception {
        Path f = dir.resolve("NaCl.cif");
        Files.writeString(f, """
                data_NaCl
                _cell_length_a 5.64
                _cell_length_b 5.64
                _cell_length_c 5.64
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                _symmetry_space_group_name_H-M 'F m -3 m'
                loop_
                _atom_type_symbol
                _atom_type_oxidation_number
                Na1+ 1
                Cl1- -1
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Na1 Na1+ 0 0 0
                Cl1 Cl1- 0.5 0.5 0.5
                """);
        return f;
    }

    /** The Madelung energy of NaCl through the command: -1.747565 e^2 / (4 pi eps0 r0) per formula unit. */
    @Test
    void ewaldJsonGivesTheMadelungEnergy(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("disorder", "ewald", nacl(dir).toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        double expected = -1.747565 * org.ionhop.units.Constants.COULOMB_EV_ANGSTROM / 2.82;
        assertThat(j.get("ewald_energy_per_formula_unit_eV").asDouble()).isCloseTo(expected, within(1e-5));
        assertThat(j.get("ewald_energy_eV").asDouble()).isCloseTo(4 * expected, within(4e-5));
    }

    @Test
    void variantWritesOrderingsAndAManifestTheScreenReads(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("disorder", "variant", nacl(dir).toString(), "--supercell", "1,1,2", "--substitute",
                "Na1=K:0.25", "--oxidation", "K=1", "-n", "3", "-o", out.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("orderings")).hasSize(3);
        assertThat(j.get("orderings").get(0).has("file")).isTrue();
        assertThat(j.get("orderings").get(0).has("ewald_energy_eV")).isTrue();
        // 8 Na positions, 2 K: ideal entropy per NaCl formula unit = -(x ln x + (1-x) ln(1-x)), x = 1/4
        double h = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75));
        assertThat(j.get("config_entropy_kB_per_formula_unit").asDouble()).isCloseTo(h, within(1e-9));
        // C(8, 2) = 28 configurations with the exact counts
        assertThat(j.get("symmetry").get("configurations").asDouble()).isEqualTo(28.0);
        List<ScreenInput> inputs = ScreenInputs.list(List.of(out.resolve("manifest.tsv").toString()));
        assertThat(inputs).hasSize(3);
        assertThat(inputs).allMatch(ScreenInput::readable);
        assertThat(inputs.get(0).text()).contains("K1+");
    }

    @Test
    void badExchangeNamesTheFlag(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("disorder", "variant", nacl(dir).toString(), "--exchange", "Na1=0.5");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--exchange");
    }
}
