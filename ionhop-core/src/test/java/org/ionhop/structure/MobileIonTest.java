package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InvalidSettingException;

/** Issue 18, section 5: without --ion the mobile ion comes from the structure, not a fixed Li. */
class MobileIonTest {
    private static final Path ROOT = Path.of("..");

    /** The Na NASICON of the kMC reference data: Na (it holds no Li), the case the review tripped on. */
    @Test
    void nasiconIsSodium() {
        Structure s = StructureReader.read(ROOT.resolve("../shared/refdata/kmc/kmcpy_example_nasicon.cif"));
        assertThat(MobileIon.choose(s).ion()).isEqualTo(Element.Na);
        Structure lfp = StructureReader.read(ROOT.resolve("examples/LiFePO4_pymatgen.cif"));
        assertThat(MobileIon.choose(lfp).ion()).isEqualTo(Element.Li);
    }

    private static Structure cell(Element... elements) {
        List<Site> sites = new java.util.ArrayList<>();
        for (int i = 0; i < elements.length; i++) {
            sites.add(Site.of(elements[i], 0.2 * i, 0.1 * i, 0.15 * i));
        }
        return Structure.of(Lattice.fromParameters(8, 8, 8, 90, 90, 90), sites, "test");
    }

    /** Monovalent before divalent; a lone divalent ion is chosen; ties and no candidate are refused. */
    @Test
    void ruleAndRefusals() {
        assertThat(MobileIon.choose(cell(Element.Li, Element.Ca, Element.O)).ion()).isEqualTo(Element.Li);
        assertThat(MobileIon.choose(cell(Element.Mg, Element.Si, Element.O)).ion()).isEqualTo(Element.Mg);
        assertThatThrownBy(() -> MobileIon.choose(cell(Element.Li, Element.Na, Element.O)))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("Li and Na");
        assertThatThrownBy(() -> MobileIon.choose(cell(Element.Zr, Element.O)))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("no alkali");
    }
}
