package org.ionhop.defects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Activation energies of the mechanism map against the closed forms of physics.md ("Defects and activation
 * energy"). The map differentiates full solutions numerically (central differences, relative step 1e-4 in T), so
 * the agreement is limited by that step: 1e-6 eV.
 */
class MechanismMapTest {
    private static final double TOL_EV = 1e-6;
    private static final double EM_V = 0.30;
    private static final double EM_I = 0.45;

    /** The seeds' switch: against a reservoir (fixed mu_Li and mu_e) E_a = E_f + E_m for each carrier. */
    @Test
    void reservoirSwitchBetweenVacancyAndInterstitial() {
        double e0v = 1.0;
        double e0i = 0.2;
        // Same multiplicity, jump distance and attempt frequency: the switch is where E_a(V) = E_a(i), at any T:
        // e0v + mu + EM_V = e0i - mu + EM_I  =>  mu* = (e0i + EM_I - e0v - EM_V) / 2.
        DefectModel m = new DefectModel("seed switch", 40, List.of(
                DefectSpecies.of("V_Li'", 1, e0v, Map.of("Li", -1)).withHopping(EM_V, 2.5, 10),
                DefectSpecies.of("Li_i^.", 1, e0i, Map.of("Li", 1)).withHopping(EM_I, 2.5, 10)),
                Map.of(), null, null, 0.0);
        Scan scan = new Scan(Scan.Kind.CHEMICAL_POTENTIAL, "Li", -1.0, 0.0, 41);
        MechanismMap map = MechanismMap.compute(m, scan, new double[] {400, 600, 900});
        double muStar = (e0i + EM_I - e0v - EM_V) / 2;
        assertThat(map.switches()).hasSize(3);
        for (MechanismMap.Switch s : map.switches()) {
            assertThat(s.x()).isCloseTo(muStar, within(1e-8));
            assertThat(s.from()).hasToString("V_Li'");   // Li-poor side: vacancies
            assertThat(s.to()).hasToString("Li_i^.");    // Li-rich side: interstitials
        }
        // Each carrier is Arrhenius with E_a,j = E_f,j + E_m,j, so the total has E_a = sum_j w_j E_a,j with w_j its
        // share of sigma (equal prefactors: w_j ~ exp(-E_a,j / kT)).
        for (double mu : new double[] {-1.0, -0.5, 0.0}) {
            double eaV = e0v + mu + EM_V;
            double eaI = e0i - mu + EM_I;
            assertThat(MechanismMap.activationEnergy(m, scan, mu, 600)).isCloseTo(weighted(600, eaV, 1, eaI, 1),
                    within(TOL_EV));
        }
    }

    /** sigma-weighted mean of two Arrhenius activation energies with relative prefactors p1, p2. */
    private static double weighted(double t, double ea1, double p1, double ea2, double p2) {
        double kT = org.ionhop.units.Units.kT(t);
        double w1 = p1 * Math.exp(-ea1 / kT);
        double w2 = p2 * Math.exp(-ea2 / kT);
        return (w1 * ea1 + w2 * ea2) / (w1 + w2);
    }

    /** Intrinsic Frenkel: E_a = H_F / 2 + E_m for the vacancy carrier. */
    @Test
    void intrinsicFrenkelGivesHalfTheFrenkelEnergy() {
        DefectModel m = DefectModel.of("Frenkel", ModelFixtures.V_FU, List.of(
                DefectSpecies.of("V_Li'", 2, 1.3, Map.of("Li", -1)).withHopping(EM_V, 2.85, 10),
                DefectSpecies.of("Li_i^.", 1, 1.1, Map.of("Li", 1)).withHopping(EM_I, 2.47, 10)),
                Map.of(), null, null);
        Scan scan = new Scan(Scan.Kind.CHEMICAL_POTENTIAL, "Li", -1, 0, 3);
        // Both carriers have H_F/2 as formation part and equal numbers per volume (neutrality), so their sigma
        // ratio is (a_i/a_V)^2 exp(-(EM_I - EM_V)/kT) and the total E_a is the sigma-weighted mean.
        double ea = MechanismMap.activationEnergy(m, scan, -0.5, 500);
        assertThat(ea).isCloseTo(weighted(500, 1.2 + EM_V, 2.85 * 2.85, 1.2 + EM_I, 2.47 * 2.47), within(TOL_EV));
        // With the interstitial made immobile the law is exact.
        DefectModel vacOnly = DefectModel.of("Frenkel", ModelFixtures.V_FU, List.of(
                DefectSpecies.of("V_Li'", 2, 1.3, Map.of("Li", -1)).withHopping(EM_V, 2.85, 10),
                DefectSpecies.of("Li_i^.", 1, 1.1, Map.of("Li", 1))), Map.of(), null, null);
        assertThat(MechanismMap.activationEnergy(vacOnly, scan, -0.5, 500)).isCloseTo(1.2 + EM_V, within(TOL_EV));
    }

    /** Schottky in Li2S: E_a = H_S / 3 + E_m; in a 1:1 compound: H_S / 2 + E_m. */
    @Test
    void schottkyActivationEnergies() {
        double dH = -4.5;
        DefectModel li2s = DefectModel.of("Li2S", ModelFixtures.V_FU, List.of(
                        DefectSpecies.of("V_Li'", 2, 0.4, Map.of("Li", -1)).withHopping(EM_V, 2.85, 10),
                        DefectSpecies.of("V_S^..", 1, 5.5, Map.of("S", -1))),
                Map.of("Li", -1.0), null, new HostConstraint(Map.of("Li", 2, "S", 1), dH, "S"));
        double hS = 2 * 0.4 + 5.5 + dH;
        Scan scan = new Scan(Scan.Kind.CHEMICAL_POTENTIAL, "Li", -2, 0, 3);
        assertThat(MechanismMap.activationEnergy(li2s, scan, -1.0, 700)).isCloseTo(hS / 3 + EM_V, within(TOL_EV));

        double dHx = -3.8;
        DefectModel rocksalt = DefectModel.of("LiX", 30, List.of(
                        DefectSpecies.of("V_Li'", 1, 0.6, Map.of("Li", -1)).withHopping(EM_V, 2.9, 10),
                        DefectSpecies.of("V_X^.", 1, 5.0, Map.of("X", -1))),
                Map.of("Li", -1.0), null, new HostConstraint(Map.of("Li", 1, "X", 1), dHx, "X"));
        double hS11 = 0.6 + 5.0 + dHx;
        assertThat(MechanismMap.activationEnergy(rocksalt, scan, -1.0, 700)).isCloseTo(hS11 / 2 + EM_V,
                within(TOL_EV));
    }

    /** Extrinsic: a donor fixes the vacancies, E_a = E_m. */
    @Test
    void extrinsicRegimeGivesMigrationBarrierOnly() {
        DefectModel m = DefectModel.of("doped", ModelFixtures.V_FU, List.of(
                DefectSpecies.of("V_Li'", 2, 1.3, Map.of("Li", -1)).withHopping(EM_V, 2.85, 10),
                DefectSpecies.of("Li_i^.", 1, 1.3, Map.of("Li", 1)),
                DefectSpecies.dopant("Cl_S^.", 1, 1e-3)), Map.of(), null, null);
        Scan scan = new Scan(Scan.Kind.DOPANT, "Cl_S^.", -4, -2, 3);
        // Intrinsic vacancies at 500 K: exp(-1.3/kT) ~ 1e-13, negligible against 1e-3: E_a = E_m to round-off.
        assertThat(MechanismMap.activationEnergy(m, scan, -3, 500)).isCloseTo(EM_V, within(TOL_EV));
    }

    /** Li2S example model with Frenkel and Schottky: which disorder wins sets E_a; both closed forms are reached. */
    @Test
    void li2sFrenkelVersusSchottky() {
        // Frenkel per defect H_F/2 = 1.1 eV, Schottky per defect H_S/3 = 0.8 eV: Schottky wins.
        DefectModel schottky = vacancyCarrierOnly(ModelFixtures.li2s(0.5, 1.7, 5.9, -4.5, -1.0));
        double hS = 2 * 0.5 + 5.9 - 4.5;
        Scan scan = new Scan(Scan.Kind.CHEMICAL_POTENTIAL, "Li", -2, 0, 3);
        assertThat(MechanismMap.activationEnergy(schottky, scan, -1.0, 600)).isCloseTo(hS / 3 + 0.30, within(TOL_EV));
        // Frenkel per defect 0.8 eV, Schottky per defect 1.27 eV: Frenkel wins, vacancies carry (lower E_m).
        DefectModel frenkel = vacancyCarrierOnly(ModelFixtures.li2s(0.8, 0.8, 6.3, -4.5, -1.0));
        assertThat(MechanismMap.activationEnergy(frenkel, scan, -1.0, 600)).isCloseTo(0.8 + 0.30, within(TOL_EV));
    }

    /** The same model with the interstitial immobile, so that one carrier's closed form applies exactly. */
    private static DefectModel vacancyCarrierOnly(DefectModel m) {
        List<DefectSpecies> sp = m.species().stream().map(s -> s.name().isInterstitial()
                ? new DefectSpecies(s.name(), s.sitesPerFormulaUnit(), s.formationEnergyEv(), 0, s.exchange(),
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1) : s).toList();
        return DefectModel.of(m.name(), m.volumePerFormulaUnitA3(), sp, m.chemicalPotentialsEv(), null, m.host());
    }
}
