package org.ionhop.defects;

import java.util.List;
import java.util.Map;

/** Small defect models shared by the tests (illustrative parameters, chosen so each regime is well separated). */
final class ModelFixtures {
    /** Antifluorite Li2X: Li on 2 tetrahedral sites, 1 octahedral interstitial site, X on 1 site per formula unit. */
    static final double V_FU = 46.0;

    private ModelFixtures() {
    }

    /** Li2S with Frenkel (V_Li', Li_i^.) and Schottky (2 V_Li' + V_S^..) disorder; host 2 mu_Li + mu_S = dH. */
    static DefectModel li2s(double eVac, double eInt, double eVs, double dH, double muLi) {
        return DefectModel.of("Li2S", V_FU, List.of(
                        DefectSpecies.of("V_Li'", 2, eVac, Map.of("Li", -1)).withHopping(0.30, 2.85, 10),
                        DefectSpecies.of("Li_i^.", 1, eInt, Map.of("Li", 1)).withHopping(0.45, 2.47, 10),
                        DefectSpecies.of("V_S^..", 1, eVs, Map.of("S", -1))),
                Map.of("Li", muLi), null, new HostConstraint(Map.of("Li", 2, "S", 1), dH, "S"));
    }
}
