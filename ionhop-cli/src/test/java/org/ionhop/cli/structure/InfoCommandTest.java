package org.ionhop.cli.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.ionhop.cli.CliRun;
import org.ionhop.landscape.OxidationStates;
import org.ionhop.landscape.StructureSummary;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.units.Constants;

class InfoCommandTest {
    private static final Path REFDATA = Path.of(System.getProperty("ionhop.refdata"));

    private static JsonNode json(String file) throws Exception {
        CliRun r = CliRun.of("info", REFDATA.resolve(file).toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void jsonOfTheIcsdNasiconCarriesTheRequiredKeys() throws Exception {
        JsonNode j = json("kmc/kmcpy_tests_Na4Zr2Si3O12_573K_ICSD15546.cif");
        assertThat(j.path("meta").path("command").asText()).isEqualTo("info");
        assertThat(j.path("formula").asText()).isEqualTo("Na24Zr12Si18O72");
        assertThat(j.path("reduced_formula").asText()).isEqualTo("Na4Zr2Si3O12");
        // File header: _cell_volume 1621.04, _exptl_crystal_density_diffrn 3.38 (two decimals printed).
        assertThat(j.path("volume_A3").asDouble()).isCloseTo(1621.04, within(0.01));
        assertThat(j.path("density_g_cm3").asDouble()).isCloseTo(3.38, within(0.006));
        // Wyckoff 12c + 6b + 18e + 36f + 36f + 18e.
        assertThat(j.path("num_sites").asInt()).isEqualTo(126);
        JsonNode lat = j.path("lattice");
        assertThat(lat.path("a").asDouble()).isCloseTo(9.1863, within(1e-12));
        assertThat(lat.path("c").asDouble()).isCloseTo(22.181, within(1e-12));
        assertThat(lat.path("gamma").asDouble()).isCloseTo(120, within(1e-9));
        assertThat(j.path("species").path("Na").asInt()).isEqualTo(24);
        assertThat(j.path("species").path("O").asInt()).isEqualTo(72);
        assertThat(j.path("symmetry_operations_used").asInt()).isEqualTo(36);
        assertThat(j.path("space_group_number").asInt()).isEqualTo(167);
        assertThat(j.path("space_group_setting").asText()).isEqualTo("R-3c:H");
        assertThat(j.path("oxidation_states_source").asText()).isEqualTo("given");
        assertThat(j.path("oxidation_states").path("Zr").asDouble()).isEqualTo(4.0);
    }

    @Test
    void jsonOfTheDisorderedLgpsHasFractionalSpeciesAndPartialSites() throws Exception {
        JsonNode j = json("structures/Li10GeP2S12_pymatgen.cif");
        // File header: _chemical_formula_sum 'Li20.2 Ge2.06 P3.94 S24'.
        assertThat(j.path("species").path("Li").asDouble()).isCloseTo(20.2, within(1e-9));
        assertThat(j.path("species").path("Ge").asDouble()).isCloseTo(2.06, within(1e-9));
        assertThat(j.path("species").path("S").asInt()).isEqualTo(24);
        assertThat(j.path("partial_sites")).hasSize(16 + 8 + 8);
        assertThat(j.path("oxidation_states_source").asText()).isEqualTo("guessed");
        // Density Z M / (N_A V) from the header formula and volume (952.34899777 Å^3).
        double m = 20.2 * 6.94 + 2.06 * 72.630 + 3.94 * 30.974 + 24 * 32.06;
        assertThat(j.path("density_g_cm3").asDouble())
                .isCloseTo(m / (Constants.AVOGADRO_PER_MOL * 952.34899777e-24), within(1e-6));
    }

    @Test
    void tableForAPoscarSaysWhatIsKnownAndWhatWasGuessed() {
        CliRun r = CliRun.of("info", REFDATA.resolve("trajectories/LLZO_arrhenius/POSCAR").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Li56La24Zr16O96 (reduced Li7La3Zr2O12, Z = 8)", "2186.8756 Å³", "sites           192",
                "space group     not given (1 symmetry operation applied)", "Li+1 La+3 Zr+4 O-2 (guessed", "partial sites   0");
    }

    @Test
    void noOptionsGiveExactlyTheLibrarySummary() throws Exception {
        // info has no settings: with no options its JSON is the library's StructureSummary of the file as read,
        // whose oxidation states are those of the library's default route
        Path file = REFDATA.resolve("structures/Li10GeP2S12_pymatgen.cif");
        CliRun r = CliRun.of("info", file.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        ObjectNode cmd = (ObjectNode) new ObjectMapper().readTree(r.out());
        Structure read = StructureReader.read(file);
        StructureSummary lib = StructureSummary.of(read);
        ObjectNode expected = StructureJson.tree(file, lib);
        cmd.remove("meta");
        expected.remove("meta");
        assertThat(cmd).isEqualTo(new ObjectMapper().readTree(expected.toString()));
        assertThat(lib.structure()).isEqualTo(OxidationStates.assign(read).structure());
    }
}
