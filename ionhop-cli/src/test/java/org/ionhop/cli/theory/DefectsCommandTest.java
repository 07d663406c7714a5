package org.ionhop.cli.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.common.Json;
import org.ionhop.defects.BrouwerDiagram;
import org.ionhop.defects.DefectEquilibrium;
import org.ionhop.defects.DefectStudy;
import org.ionhop.defects.DefectStudyResult;
import org.ionhop.defects.DefectStudySettings;
import org.ionhop.defects.KrogerVink;
import org.ionhop.units.Units;

class DefectsCommandTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("examples");

    /**
     * The bundled Li2O-like example: three Brouwer regimes with slopes -1/2, 0, +1/2 (docs/defects.md), the vacancy
     * to interstitial switch, and E_a at the two ends equal to the closed forms (E_0 +- mu_Li [+ E_g])/2 + E_m.
     */
    @Test
    void li2oExampleGivesRegimesSwitchAndClosedFormActivationEnergies(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("defects", EXAMPLES.resolve("Li2O_switch_defects.yaml").toString(), "--json", "-o",
                dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = Json.mapper().readTree(r.out());
        assertThat(o.at("/meta/command").asText()).isEqualTo("defects");
        assertThat(o.at("/meta/units/energy").asText()).isEqualTo("eV");
        assertThat(o.at("/meta/settings/scanPoints").asInt()).isEqualTo(125);
        JsonNode regimes = o.at("/brouwer/regimes");
        assertThat(regimes).hasSize(3);
        assertThat(regimes.get(0).get("condition").asText()).isEqualTo("[h^.] ~ [V_Li']");
        assertThat(regimes.get(0).at("/slopes/V_Li'/fraction").asText()).isEqualTo("-1/2");
        assertThat(regimes.get(1).at("/slopes/V_Li'/fraction").asText()).isEqualTo("0");
        assertThat(regimes.get(2).at("/slopes/Li_i^./fraction").asText()).isEqualTo("+1/2");
        JsonNode sw = o.at("/profile/switches");
        assertThat(sw).hasSize(1);
        assertThat(sw.get(0).get("from").asText()).isEqualTo("V_Li'");
        assertThat(sw.get(0).get("to").asText()).isEqualTo("Li_i^.");
        JsonNode ea = o.at("/profile/activation_energy_eV/0");
        // Li-poor end: [V_Li'] = p gives E_f = (4.55 + mu_Li)/2 at mu_Li = -3.10; Li-rich: (-1.95 - 0 + 3.4)/2.
        // The minority partner still contributes ~exp(-0.84 eV / kT) ~ 1e-7 of the charge, hence 1e-4 eV.
        assertThat(ea.get(0).asDouble()).isCloseTo((4.55 - 3.10) / 2 + 0.30, within(1e-4));
        assertThat(ea.get(ea.size() - 1).asDouble()).isCloseTo((-1.95 + 3.4) / 2 + 0.55, within(1e-4));
        for (JsonNode f : o.get("figures")) {
            Path svg = Path.of(f.asText());
            assertThat(svg).exists();
            assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg");
        }
        assertThat(o.get("charge_imbalance").asDouble()).isLessThan(1e-9);
    }

    /** The CLI parses the file into the same model the API builds (units converted: N_c per cm^3 to per Å^3). */
    @Test
    void parsedModelEqualsApiModel() {
        DefectStudySettings in = DefectInput.read(EXAMPLES.resolve("Li2O_switch_defects.yaml"));
        assertThat(in.model().volumePerFormulaUnitA3()).isEqualTo(24.49);
        assertThat(in.model().bandEdges().conductionDosPerA3()).isCloseTo(1e-4, within(1e-18));
        assertThat(in.scan().from()).isCloseTo(-3.1, within(1e-12));
        assertThat(in.scan().to()).isZero();
        var s = DefectEquilibrium.solve(in.model(), 600);
        // Mid-range mu_Li: intrinsic Frenkel, [V_Li'] = [Li_i^.] per volume.
        assertThat(s.perA3(KrogerVink.parse("V_Li'"))).isCloseTo(s.perA3(KrogerVink.parse("Li_i^.")),
                within(1e-6 * s.perA3(KrogerVink.parse("V_Li'"))));
        // Electrons and holes from the file's N_c = N_v = 1e20 /cm^3 and E_g = 3.4 eV obey n p = N_c N_v e^(-E_g/kT)
        // (per cm^3, so a slip in the cm^3 to Å^3 conversion shows up as a factor 1e48).
        double np = Units.perA3ToPerCm3(s.electronsPerA3()) * Units.perA3ToPerCm3(s.holesPerA3());
        assertThat(Math.log(np)).isCloseTo(Math.log(1e20 * 1e20) - 3.4 / Units.kT(600), within(1e-9));
    }

    @Test
    void li2sExampleTextOutputNamesRegimesAndFigures(@TempDir Path dir) {
        CliRun r = CliRun.of("defects", EXAMPLES.resolve("Li2S_defects.yaml").toString(), "-o", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[Li_i^.] ~ [V_Li']", "[Li_i^.] ~ [P_S']", "[V_S^..] ~ [P_S']",
                "switch at", "Li2S_defects-brouwer.svg", "Li2S_defects-mechanism-map.svg");
    }

    /**
     * Validity warnings: the Li2S acceptor reaches 0.1 per S site at the top of its scan, above the 0.05 dilute
     * limit (grid points -1.3 ... -1.0 in log10), and nothing else leaves the dilute, non-degenerate range.
     */
    @Test
    void warnsWhereTheDiluteLimitIsExceeded() {
        DefectStudyResult a = DefectStudy.run(DefectInput.read(EXAMPLES.resolve("Li2S_defects.yaml")));
        assertThat(a.warnings()).hasSize(1);
        assertThat(a.warnings().get(0)).startsWith("P_S' exceeds a site fraction of 0.05").contains("-1.300");
        DefectStudyResult oxide = DefectStudy.run(DefectInput.read(
                EXAMPLES.resolve("acceptor_oxide_pO2_defects.yaml")));
        assertThat(oxide.warnings()).isEmpty();
        assertThat(oxide.brouwer().regimes()).extracting(r -> BrouwerDiagram.fraction(r.slopes().get(KrogerVink.ELECTRON)))
                .containsExactly("-1/6", "-1/4", "0", "-1/6");
    }

    @Test
    void badInputGivesOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad_defects.yaml");
        Files.writeString(bad, """
                volume_per_formula_unit_A3: 40
                temperature_K: 600
                species:
                  - {name: "V_Li", sites_per_formula_unit: 1, formation_energy_eV: 1.0}
                scan: {variable: chemical_potential, target: Li, from: -1, to: 0}
                """);
        CliRun r = CliRun.of("defects", bad.toString(), "-o", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).contains("line 4", "species[0].name", "Kröger-Vink").doesNotContain("\n");

        // A species the model rejects (negative multiplicity) is reported at its own line, in JSON as well.
        Path json = dir.resolve("bad_defects.json");
        Files.writeString(json, """
                {"volume_per_formula_unit_A3": 40, "temperature_K": 600,
                 "species": [
                   {"name": "V_Li'", "sites_per_formula_unit": 1, "formation_energy_eV": 1.0},
                   {"name": "Li_i^.", "sites_per_formula_unit": -1, "formation_energy_eV": 1.0}],
                 "scan": {"variable": "chemical_potential", "target": "Li", "from": -1, "to": 0}}
                """);
        CliRun j = CliRun.of("defects", json.toString(), "-o", dir.toString());
        assertThat(j.code()).isEqualTo(2);
        assertThat(j.err().strip()).contains("bad_defects.json, line 4", "species[1]", "sites per formula unit")
                .doesNotContain("\n");

        Path syntax = dir.resolve("syntax_defects.yaml");
        Files.writeString(syntax, "temperature_K: 600\nspecies: [\n  {name: x\n");
        CliRun s = CliRun.of("defects", syntax.toString(), "-o", dir.toString());
        assertThat(s.code()).isEqualTo(2);
        assertThat(s.err()).contains("line", "YAML");

        // Edits of the bundled Li2S example that the reader must refuse, each named with file and line.
        Path example = Path.of(System.getProperty("ionhop.root"), "examples", "Li2S_defects.yaml");
        rejectsEdit(dir, example, "dependent: S}", "dependent: O}", "host:", "dependent element O");
        rejectsEdit(dir, example, "points: 131", "points: 130.5", "scan.points", "whole number");
        rejectsEdit(dir, example, "target: \"P_S'\"", "target: \"Al_Li^..\"", "scan.target", "Al_Li^..");
        rejectsEdit(dir, example, "chemical_potentials_eV: {Li: -1.0}", "chemical_potentials_eV: {Li: -1.0, S: -0.5}",
                "chemical_potentials_eV.S", "dependent element");
        rejectsEdit(dir, example, "cell_volume_A3: 185.98", "cell_volume_A3: -185.98", "cell_volume_A3",
                "positive volume");
        rejectsEdit(dir, example, "name: \"Li_i^.\"", "name: \"V_Li'\"", "species", "listed twice");
        // A key given twice: YAML would otherwise keep the last value silently.
        rejectsEdit(dir, example, "    migration_barrier_eV: 0.30\n",
                "    migration_barrier_eV: 0.30\n    jump_distance_A: -1\n", "Duplicate field 'jump_distance_A'");

        Path missing = dir.resolve("missing_defects.yaml");
        Files.writeString(missing, "temperature_K: 600\nvolume_per_formula_unit_A3: 40\nspecies:\n"
                + "  - {name: \"V_Li'\", sites_per_formula_unit: 1, formation_energy_eV: 1.0, exchange: {Li: -1}}\n"
                + "scan: {variable: dopant, target: \"Al_Li^..\", from: -5, to: -2}\n");
        CliRun m = CliRun.of("defects", missing.toString(), "-o", dir.toString());
        assertThat(m.code()).isEqualTo(2);
        assertThat(m.err()).contains("missing_defects.yaml");
    }

    /**
     * Writes the example with one edit (which must apply: a replace that finds nothing would test the unedited,
     * valid file) and checks the one-line error: exit 2, nothing on stdout, the file's line and the phrases.
     */
    private static void rejectsEdit(Path dir, Path example, String from, String to, String... phrases)
            throws Exception {
        String text = Files.readString(example);
        assertThat(text).contains(from);
        Path edited = dir.resolve("edited_defects.yaml");
        Files.writeString(edited, text.replace(from, to));
        CliRun r = CliRun.of("defects", edited.toString(), "-o", dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("ionhop: " + edited + ", line ").contains(phrases).doesNotContain("\n");
    }
}
