package org.ionhop.defects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BrouwerDiagramTest {
    private static final KrogerVink VO = KrogerVink.parse("V_O^..");
    private static final KrogerVink OI = KrogerVink.parse("O_i''");
    private static final KrogerVink ACC = KrogerVink.parse("A_M'");

    /**
     * Acceptor-doped oxide MO with [A_M'] fixed, oxygen vacancies and interstitials, electrons and holes. With
     * mu_O = (k_B T / 2) ln pO2, V_O^.. = exp(-(E + mu_O + 2 mu_e)/kT), O_i'' = exp(-(E' - mu_O - 2 mu_e)/kT),
     * n ~ exp(mu_e/kT), p ~ exp(-mu_e/kT), the four Brouwer regimes give (Kröger 1974, ch. 14; Smyth 2000, ch. 7;
     * derivation in docs/defects.md):
     * I   n = 2[V_O]:   n, [V_O] ~ pO2^-1/6,  p ~ pO2^+1/6
     * II  2[V_O] = [A]: n ~ pO2^-1/4, p ~ pO2^+1/4, [V_O] and [O_i] constant
     * III p = [A]:      [V_O] ~ pO2^-1/2, [O_i] ~ pO2^+1/2, n and p constant
     * IV  p = 2[O_i]:   p, [O_i] ~ pO2^+1/6, n, [V_O] ~ pO2^-1/6
     * The solver knows nothing of regimes; slopes are measured at each regime centre, where the neglected minority
     * terms are below 1e-2 of the majority ones, so the slopes agree with the ideal fractions to 5e-3.
     */
    @Test
    void acceptorDopedOxideHasTheTextbookSlopesInPo2() {
        DefectModel m = DefectModel.of("MO:A", 20, List.of(
                DefectSpecies.of("V_O^..", 1, -1.345, Map.of("O", -1)),
                DefectSpecies.of("O_i''", 1, 4.745, Map.of("O", 1)),
                DefectSpecies.dopant("A_M'", 1, 1e-3)), Map.of(), new BandEdges(2.0, 1e-4, 1e-4), null);
        BrouwerDiagram d = BrouwerDiagram.compute(m, new Scan(Scan.Kind.PARTIAL_PRESSURE, "O", -60, 75, 271), 1000);
        List<BrouwerDiagram.Regime> r = d.regimes();
        assertThat(r).hasSize(4);
        double tol = 5e-3;
        check(r.get(0), VO, KrogerVink.ELECTRON, Map.of(KrogerVink.ELECTRON, -1 / 6.0, VO, -1 / 6.0,
                KrogerVink.HOLE, 1 / 6.0, ACC, 0.0), tol);
        check(r.get(1), VO, ACC, Map.of(KrogerVink.ELECTRON, -0.25, KrogerVink.HOLE, 0.25, VO, 0.0, OI, 0.0), tol);
        check(r.get(2), KrogerVink.HOLE, ACC, Map.of(VO, -0.5, OI, 0.5, KrogerVink.HOLE, 0.0,
                KrogerVink.ELECTRON, 0.0), tol);
        check(r.get(3), KrogerVink.HOLE, OI, Map.of(KrogerVink.HOLE, 1 / 6.0, OI, 1 / 6.0,
                KrogerVink.ELECTRON, -1 / 6.0, VO, -1 / 6.0), tol);
        assertThat(BrouwerDiagram.fraction(r.get(0).slopes().get(KrogerVink.ELECTRON))).isEqualTo("-1/6");
        assertThat(BrouwerDiagram.fraction(r.get(1).slopes().get(KrogerVink.ELECTRON))).isEqualTo("-1/4");
        assertThat(BrouwerDiagram.fraction(r.get(3).slopes().get(KrogerVink.HOLE))).isEqualTo("+1/6");
        // Regimes tile the scan without gaps.
        assertThat(r.get(0).from()).isEqualTo(-60.0);
        assertThat(r.get(3).to()).isEqualTo(75.0);
        for (int i = 1; i < r.size(); i++) {
            assertThat(r.get(i).from()).isEqualTo(r.get(i - 1).to());
        }
    }

    private static void check(BrouwerDiagram.Regime regime, KrogerVink pos, KrogerVink neg,
                              Map<KrogerVink, Double> expected, double tol) {
        assertThat(regime.majorityPositive()).isEqualTo(pos);
        assertThat(regime.majorityNegative()).isEqualTo(neg);
        expected.forEach((kv, slope) -> assertThat(regime.slopes().get(kv)).as(regime.condition() + " " + kv)
                .isCloseTo(slope, within(tol)));
    }

    /**
     * Li2S against its Li chemical potential with band edges: Li-poor [V_Li'] = p, intrinsic Frenkel
     * [V_Li'] = [Li_i^.], Li-rich [Li_i^.] = n. Slopes d ln c / d(mu_Li/kT): -1/2, 0, +1/2 for the majority ions
     * and -1, +1 for holes and electrons in the Frenkel plateau (derivation in docs/defects.md).
     */
    @Test
    void lithiumChemicalPotentialScanGivesHalfIntegerSlopes() {
        DefectModel m = DefectModel.of("Li2X", ModelFixtures.V_FU, List.of(
                        DefectSpecies.of("V_Li'", 2, 4.55, Map.of("Li", -1)),
                        DefectSpecies.of("Li_i^.", 1, -1.95, Map.of("Li", 1))),
                Map.of(), new BandEdges(3.4, 1e-4, 1e-4), new HostConstraint(Map.of("Li", 2, "O", 1), -6.2, "O"));
        BrouwerDiagram d = BrouwerDiagram.compute(m, new Scan(Scan.Kind.CHEMICAL_POTENTIAL, "Li", -3.1, 0, 125), 600);
        List<BrouwerDiagram.Regime> r = d.regimes();
        KrogerVink v = KrogerVink.parse("V_Li'");
        KrogerVink i = KrogerVink.parse("Li_i^.");
        assertThat(r).extracting(BrouwerDiagram.Regime::condition)
                .containsExactly("[h^.] ~ [V_Li']", "[Li_i^.] ~ [V_Li']", "[Li_i^.] ~ [e']");
        double tol = 5e-3;
        check(r.get(0), KrogerVink.HOLE, v, Map.of(v, -0.5, KrogerVink.HOLE, -0.5, i, 0.5), tol);
        check(r.get(1), i, v, Map.of(v, 0.0, i, 0.0, KrogerVink.HOLE, -1.0, KrogerVink.ELECTRON, 1.0), tol);
        check(r.get(2), i, KrogerVink.ELECTRON, Map.of(i, 0.5, KrogerVink.ELECTRON, 0.5, v, -0.5), tol);
    }

    /** Donor doping of Li2S: intrinsic plateau, then [V_Li'] ~ [Cl]^1, [Li_i^.] ~ [Cl]^-1, [V_S^..] ~ [Cl]^-2. */
    @Test
    void dopantScanShowsIntrinsicAndExtrinsicRegimes() {
        DefectModel base = ModelFixtures.li2s(1.2, 1.2, 6.0, -4.5, -1.0);
        List<DefectSpecies> withDonor = new java.util.ArrayList<>(base.species());
        withDonor.add(DefectSpecies.dopant("Cl_S^.", 1, 1e-8));
        DefectModel m = DefectModel.of("Li2S:Cl", base.volumePerFormulaUnitA3(), withDonor,
                base.chemicalPotentialsEv(), null, base.host());
        BrouwerDiagram d = BrouwerDiagram.compute(m, new Scan(Scan.Kind.DOPANT, "Cl_S^.", -20, -2, 73), 700);
        List<BrouwerDiagram.Regime> r = d.regimes();
        KrogerVink v = KrogerVink.parse("V_Li'");
        KrogerVink i = KrogerVink.parse("Li_i^.");
        KrogerVink s = KrogerVink.parse("V_S^..");
        assertThat(r).hasSize(2);
        check(r.get(0), i, v, Map.of(v, 0.0, i, 0.0, s, 0.0), 5e-3);
        check(r.get(1), KrogerVink.parse("Cl_S^."), v, Map.of(v, 1.0, i, -1.0, s, -2.0), 5e-3);
    }
}
