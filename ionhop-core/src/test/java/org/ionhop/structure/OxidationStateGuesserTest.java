package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ionhop.testing.RefData;

class OxidationStateGuesserTest {
    private static Map<Element, Double> guessFor(String file) {
        Structure s = OxidationStateGuesser.guess(StructureReader.read(RefData.path(file))).orElseThrow();
        assertThat(s.oxidationSource()).isEqualTo(OxidationSource.GUESSED);
        Map<Element, Double> out = new java.util.HashMap<>();
        double charge = 0;
        for (Site site : s.sites()) {
            out.put(site.element(), site.oxidationState());
            charge += site.oxidationState() * site.occupancy();
        }
        // Neutral cell (exactly for ordered cells).
        assertThat(Math.abs(charge)).isLessThan(s.partialSites().isEmpty() ? 1e-9 : 1.0);
        return out;
    }

    @Test
    void textbookStatesOfTheRefdataStructures() {
        assertThat(guessFor("structures/LiFePO4_pymatgen.cif"))
                .isEqualTo(Map.of(Element.Li, 1.0, Element.Fe, 2.0, Element.P, 5.0, Element.O, -2.0));
        // Li3V2(PO4)3 has V3+ (the file's "0+" states are placeholders).
        assertThat(guessFor("structures/Li3V2PO43_pymatgen.cif")).containsEntry(Element.V, 3.0);
        assertThat(guessFor("structures/Li3N_ncrystal_mp2251.cif")).containsEntry(Element.N, -3.0);
        // Disordered LGPS: the refined occupancies leave 0.14 e per cell, inside the 1 % allowance.
        assertThat(guessFor("structures/Li10GeP2S12_pymatgen.cif"))
                .isEqualTo(Map.of(Element.Li, 1.0, Element.Ge, 4.0, Element.P, 5.0, Element.S, -2.0));
    }

    @Test
    void agreesWithTheStatesFilesGive() {
        for (String f : new String[] {"structures/LLZO_tetragonal_Masanobu13.cif", "structures/LGPS_ccnb.cif",
                "kmc/kmcpy_tests_Na3SbS4_cubic.cif", "kmc/kmcpy_example_nasicon.cif"}) {
            Structure given = StructureReader.read(RefData.path(f));
            Map<Element, Double> guessed = guessFor(f);
            for (Site s : given.sites()) {
                assertThat(guessed.get(s.element())).as("%s %s", f, s.element()).isEqualTo(s.oxidationState());
            }
        }
    }

    @Test
    void mixedValenceIsNotGuessed() {
        // Fe3O4 needs Fe2+ and Fe3+ together; no single Fe state balances 4 O2-.
        assertThat(OxidationStateGuesser.guess(Map.of(Element.Fe, 3.0, Element.O, 4.0), false)).isEmpty();
    }
}
