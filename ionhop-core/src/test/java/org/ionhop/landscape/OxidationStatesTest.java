package org.ionhop.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.OxidationSource;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.testing.RefData;

/** Oxidation states: from the file, from the user, and guessed by bond-valence sums (known answers). */
class OxidationStatesTest {
    private static final SoftBvParameters P = SoftBvParameters.bundled();

    private static double stateOf(Structure s, Element e) {
        return s.sitesOf(e).get(0).oxidationState();
    }

    @Test
    void guessesLiFePO4() {
        // olivine LiFePO4: Li+ Fe2+ P5+ O2- (the file carries no states)
        Structure s = StructureReader.read(RefData.path("structures/LiFePO4_pymatgen.cif"));
        Structure g = OxidationStates.resolve(s, Map.of(), P);
        assertThat(g.oxidationSource()).isEqualTo(OxidationSource.GUESSED);
        assertThat(stateOf(g, Element.Li)).isEqualTo(1);
        assertThat(stateOf(g, Element.Fe)).isEqualTo(2);
        assertThat(stateOf(g, Element.P)).isEqualTo(5);
        assertThat(stateOf(g, Element.O)).isEqualTo(-2);
    }

    @Test
    void guessesLgpsAndLi3V2PO43() {
        // ordered LGPS from cavd: Ge4+ P5+ (pymatgen's BVAnalyzer picks P4+/S- here, which the README notes)
        Structure lgps = OxidationStates.resolve(StructureReader.read(RefData.path("structures/Li10GeP2S12_ordered_cavd.cif")), null, P);
        assertThat(stateOf(lgps, Element.Ge)).isEqualTo(4);
        assertThat(stateOf(lgps, Element.P)).isEqualTo(5);
        assertThat(stateOf(lgps, Element.S)).isEqualTo(-2);
        // Li3V2(PO4)3: V3+
        Structure lvp = OxidationStates.resolve(StructureReader.read(RefData.path("structures/Li3V2PO43_pymatgen.cif")), null, P);
        assertThat(stateOf(lvp, Element.V)).isEqualTo(3);
    }

    @Test
    void keepsStatesGivenByTheFile() {
        Structure s = StructureReader.read(RefData.path("structures/LLZO_tetragonal_Masanobu13.cif"));
        Structure r = OxidationStates.resolve(s, null, P);
        assertThat(r.oxidationSource()).isEqualTo(OxidationSource.GIVEN);
        assertThat(stateOf(r, Element.Zr)).isEqualTo(4);
        assertThat(stateOf(r, Element.La)).isEqualTo(3);
    }

    @Test
    void userStatesWinAndTheRestIsGuessed() {
        Structure s = StructureReader.read(RefData.path("structures/LiFePO4_pymatgen.cif"));
        Structure r = OxidationStates.resolve(s, Map.of(Element.Fe, 2), P);
        assertThat(r.oxidationSource()).isEqualTo(OxidationSource.USER);
        assertThat(stateOf(r, Element.Fe)).isEqualTo(2);
        assertThat(stateOf(r, Element.P)).isEqualTo(5);
        // Fe3+ with Li+ leaves no charge-neutral choice for P among the tabulated states: an error, not a guess
        assertThatThrownBy(() -> OxidationStates.resolve(s, Map.of(Element.Fe, 3, Element.Li, 1), P))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oxidationStates");
    }

    @Test
    void bondValenceSumOfLiInLi2OIsNearOne() {
        // the antifluorite Li is tetrahedral with Li-O 2.00 Å: s = exp((1.17096 - 2.0) / 0.516) = 0.2006 per bond
        Structure s = StructureReader.read(RefData.path("structures/Li2O_pymatgen.cif"));
        Site li = s.sitesOf(Element.Li).get(0);
        List<Site> o = s.sitesOf(Element.O);
        double bvs = OxidationStates.bondValenceSum(s.lattice(), li, Element.Li, 1, o, Map.of(Element.O, -2.0), P);
        double r = s.lattice().minimumImageDistance(li.frac(), o.get(0).frac());
        double perBond = Math.exp((1.17096 - r) / (1 / 1.937984));
        // four nearest bonds plus the small next-shell contributions within 4.5 Å
        assertThat(bvs).isGreaterThan(4 * perBond).isLessThan(4 * perBond + 0.1);
        assertThat(bvs).isBetween(0.8, 1.2);
    }

    @Test
    void noAnionsIsAnErrorThatNamesTheOption() {
        Structure s = Structure.of(Lattice.fromParameters(3, 3, 3, 90, 90, 90), List.of(Site.of(Element.Cu, 0, 0, 0)), "Cu");
        assertThatThrownBy(() -> OxidationStates.resolve(s, null, P)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oxidationStates");
    }

    @Test
    void withoutBondValenceParametersTheUsualStatesAreTheFallback() {
        // the softBV table has no Pm-O pair, so the bond-valence guess fails; Pm2O3 balances with the usual Pm3+
        // (Greenwood and Earnshaw): the route falls back to OxidationStateGuesser, as info did before
        Lattice l = Lattice.fromParameters(5, 5, 5, 90, 90, 90);
        Structure pm2o3 = Structure.of(l, List.of(Site.of(Element.Pm, 0, 0, 0), Site.of(Element.Pm, 0.5, 0.5, 0.5),
                Site.of(Element.O, 0.25, 0, 0), Site.of(Element.O, 0, 0.25, 0), Site.of(Element.O, 0, 0, 0.25)), "Pm2O3");
        assertThat(P.pair(Element.Pm, 3, Element.O, -2)).isEmpty();
        OxidationStates.Assignment a = OxidationStates.assign(pm2o3);
        assertThat(a.complete()).isTrue();
        assertThat(a.structure().oxidationSource()).isEqualTo(OxidationSource.GUESSED);
        assertThat(stateOf(a.structure(), Element.Pm)).isEqualTo(3);
        assertThat(stateOf(a.structure(), Element.O)).isEqualTo(-2);
        // metallic Cu: neither guess assigns it; the structure comes back as read, with the reason
        Structure cu = Structure.of(l, List.of(Site.of(Element.Cu, 0, 0, 0)), "Cu");
        OxidationStates.Assignment none = OxidationStates.assign(cu);
        assertThat(none.complete()).isFalse();
        assertThat(none.structure()).isEqualTo(cu);
        assertThat(none.structure().oxidationSource()).isEqualTo(OxidationSource.NONE);
        assertThat(none.problem()).contains("no anions");
        assertThatThrownBy(none::require).isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).setting()).isEqualTo("oxidationStates"));
    }

    @Test
    void parsesUserStatesAndNamesTheSettingWhenMalformed() {
        assertThat(OxidationStates.parse("Li=1, Fe=+2,O=-2")).containsExactly(Map.entry(Element.Li, 1),
                Map.entry(Element.Fe, 2), Map.entry(Element.O, -2));
        assertThat(OxidationStates.parse(" ")).isEmpty();
        for (String bad : new String[] {"Li1", "Xx=1", "Fe=two"}) {
            assertThatThrownBy(() -> OxidationStates.parse(bad)).isInstanceOf(InvalidSettingException.class)
                    .satisfies(e -> assertThat(((InvalidSettingException) e).setting()).isEqualTo("oxidationStates"));
        }
    }
}
