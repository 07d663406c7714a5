package org.ionhop.disorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.io.ProgressListener;
import org.ionhop.structure.Element;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.testing.RefData;

/**
 * S/Cl site exchange on the ordered Li6PS5Cl supercell (first frame of the 0 % AIMD run, 2x2x2, 416 atoms): the
 * selector finds the 32 free sulfide (4d) among the 160 S, and an exchange fraction x puts exactly 32 x Cl on the
 * former 4d positions in every ordering, as the MD cells of Morgan (2021) have (15-16 of 32 Cl off 4a at 50 %).
 */
class ArgyroditeVariantTest {
    private static final Structure PARENT = StructureReader.read(
            RefData.path("trajectories/Li6PS5Cl_0p_run1_500K_XDATCAR.gz"));

    @Test
    void freeSulfideSelectorFindsTheFourDSites() {
        boolean[] free = SiteSelector.parse("t", "S[P=0]").select(PARENT, "t");
        boolean[] bonded = SiteSelector.parse("t", "S[P=1]").select(PARENT, "t");
        int nf = 0;
        int nb = 0;
        for (int i = 0; i < free.length; i++) {
            nf += free[i] ? 1 : 0;
            nb += bonded[i] ? 1 : 0;
        }
        assertThat(nf).isEqualTo(32);
        assertThat(nb).isEqualTo(128);
    }

    @Test
    void halfExchangePutsSixteenClOnTheFreeSulfideSites() {
        DisorderSettings s = DisorderSettings.defaults().withExchanges(List.of(new DisorderSettings.Exchange(
                SiteSelector.parse("e", "Cl"), SiteSelector.parse("e", "S[P=0]"), 0.5))).withOrderings(3)
                .withEnumerationLimit(0);
        VariantResult r = DisorderStudy.variant(PARENT, s, ProgressListener.NONE);
        for (Ordering o : r.orderings()) {
            // a Cl on a former S position carries the label Cl_S (the XDATCAR labels are the element symbols)
            long moved = o.structure().sites().stream().filter(x -> x.element() == Element.Cl
                    && x.label().startsWith("Cl_")).count();
            assertThat(moved).isEqualTo(16);
            assertThat(o.structure().sites().stream().mapToDouble(Site::oxidationState).sum()).isEqualTo(0.0);
        }
        // two sublattices of 32 positions, each 16 Cl + 16 S: S = 2 x 32 ln 2 over 32 formula units
        assertThat(r.configEntropyKbPerFormulaUnit()).isEqualTo(2 * Math.log(2), org.assertj.core.api.Assertions
                .within(1e-12));
    }
}
