package org.ionhop.defects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.ionhop.units.Units;

class DefectEquilibriumTest {
    private static final KrogerVink VLI = KrogerVink.parse("V_Li'");
    private static final KrogerVink LII = KrogerVink.parse("Li_i^.");
    private static final KrogerVink VS = KrogerVink.parse("V_S^..");

    /** physics.md: intrinsic Frenkel, x_V = sqrt(N_int/N_Li) exp(-G_F / 2 k_B T), N_int/N_Li = 1/2 in antifluorite. */
    @Test
    void intrinsicFrenkelMatchesClosedForm() {
        double eVac = 1.1;
        double eInt = 0.9;
        DefectModel m = DefectModel.of("Frenkel", ModelFixtures.V_FU, List.of(
                DefectSpecies.of("V_Li'", 2, eVac, Map.of("Li", -1)),
                DefectSpecies.of("Li_i^.", 1, eInt, Map.of("Li", 1))), Map.of("Li", -0.7), null, null);
        for (double t : new double[] {400, 700, 1000}) {
            DefectState s = DefectEquilibrium.solve(m, t);
            double gF = eVac + eInt; // mu_Li and mu_e cancel in the pair
            double kT = Units.kT(t);
            assertThat(s.siteFraction(VLI)).isCloseTo(Math.sqrt(0.5) * Math.exp(-gF / (2 * kT)),
                    within(1e-10 * s.siteFraction(VLI)));
            assertThat(s.siteFraction(LII)).isCloseTo(Math.sqrt(2.0) * Math.exp(-gF / (2 * kT)),
                    within(1e-10 * s.siteFraction(LII)));
            assertThat(s.chargeImbalance()).isLessThan(1e-11);
        }
    }

    /** physics.md: Schottky in Li2S, x_VLi = x_VS = exp(-G_S / 3 k_B T), independent of mu_Li without electrons. */
    @Test
    void li2sSchottkyMatchesClosedFormAtAnyChemicalPotential() {
        double eVac = 0.4;
        double eVs = 1.0;
        double dH = -4.5;
        double t = 800;
        double gS = 2 * eVac + eVs + dH * 0 + 0; // formation energies below are against mu = 0 references
        for (double muLi : new double[] {-2.0, -1.0, 0.0}) {
            DefectModel m = DefectModel.of("Li2S Schottky", ModelFixtures.V_FU, List.of(
                            DefectSpecies.of("V_Li'", 2, eVac, Map.of("Li", -1)),
                            DefectSpecies.of("V_S^..", 1, eVs, Map.of("S", -1))),
                    Map.of("Li", muLi), null, new HostConstraint(Map.of("Li", 2, "S", 1), dH, "S"));
            DefectState s = DefectEquilibrium.solve(m, t);
            // G_S = 2 E_f(V_Li) + E_f(V_S) = 2 eVac + eVs + 2 mu_Li + mu_S, and 2 mu_Li + mu_S = dH.
            double expected = Math.exp(-(gS + dH) / (3 * Units.kT(t)));
            assertThat(s.siteFraction(VLI)).isCloseTo(expected, within(1e-10 * expected));
            assertThat(s.siteFraction(VS)).isCloseTo(expected, within(1e-10 * expected));
            assertThat(s.chemicalPotentialsEv().get("S")).isCloseTo(dH - 2 * muLi, within(1e-12));
        }
    }

    /**
     * Mass action and neutrality of every solution: random Li2S models with Frenkel, Schottky, a donor and band
     * edges; the laws are derived from the input energies, not from the solver (seeded; tolerances are round-off).
     */
    @Test
    void everySolutionObeysMassActionAndNeutrality() {
        SplittableRandom rnd = new SplittableRandom(20261122L);
        for (int trial = 0; trial < 200; trial++) {
            double eVac = rnd.nextDouble(0.2, 2.0);
            double eInt = rnd.nextDouble(0.2, 2.0);
            double eVs = rnd.nextDouble(0.5, 4.0);
            double dH = -4.5;
            double muLi = rnd.nextDouble(-2.25, 0);
            double t = rnd.nextDouble(300, 1500);
            double gap = rnd.nextDouble(1.0, 4.0);
            double nc = rnd.nextDouble(1e-5, 1e-3);
            double nv = rnd.nextDouble(1e-5, 1e-3);
            double donor = Math.pow(10, rnd.nextDouble(-9, -2));
            DefectModel m = DefectModel.of("random", ModelFixtures.V_FU, List.of(
                            DefectSpecies.of("V_Li'", 2, eVac, Map.of("Li", -1)),
                            DefectSpecies.of("Li_i^.", 1, eInt, Map.of("Li", 1)),
                            DefectSpecies.of("V_S^..", 1, eVs, Map.of("S", -1)),
                            DefectSpecies.dopant("Cl_S^.", 1, donor)),
                    Map.of("Li", muLi), new BandEdges(gap, nc, nv),
                    new HostConstraint(Map.of("Li", 2, "S", 1), dH, "S"));
            DefectState s = DefectEquilibrium.solve(m, t);
            double kT = Units.kT(t);
            double xv = s.siteFraction(VLI);
            double xi = s.siteFraction(LII);
            double xs = s.siteFraction(VS);
            assertThat(Math.log(xv * xi)).isCloseTo(-(eVac + eInt) / kT, within(1e-9));
            assertThat(Math.log(xv * xv * xs)).isCloseTo(-(2 * eVac + eVs + dH) / kT, within(1e-9));
            assertThat(Math.log(s.electronsPerA3() * s.holesPerA3())).isCloseTo(Math.log(nc * nv) - gap / kT,
                    within(1e-9));
            double perFu = 1 / ModelFixtures.V_FU;
            double positive = perFu * (xi + 2 * xs + donor) + s.holesPerA3();
            double negative = perFu * 2 * xv + s.electronsPerA3();
            assertThat(Math.abs(positive - negative) / (positive + negative)).isLessThan(1e-9);
        }
    }

    /** Extrinsic regime: a donor far above the intrinsic level fixes [V_Li'] = [Cl_S^.] per volume. */
    @Test
    void donorFixesVacanciesInExtrinsicRegime() {
        double t = 500;
        DefectModel m = DefectModel.of("doped", ModelFixtures.V_FU, List.of(
                DefectSpecies.of("V_Li'", 2, 1.2, Map.of("Li", -1)),
                DefectSpecies.of("Li_i^.", 1, 1.2, Map.of("Li", 1)),
                DefectSpecies.dopant("Cl_S^.", 1, 1e-3)), Map.of(), null, null);
        DefectState s = DefectEquilibrium.solve(m, t);
        assertThat(s.perA3(VLI)).isCloseTo(1e-3 / ModelFixtures.V_FU, within(1e-9 / ModelFixtures.V_FU));
        assertThat(s.siteFraction(LII)).isCloseTo(Math.exp(-2.4 / Units.kT(t)) / s.siteFraction(VLI),
                within(1e-9 * s.siteFraction(LII)));
    }

    /** Against a reservoir of Li and electrons (fixed mu_Li, mu_e) each x = exp(-(E0 -+ mu_Li -+ mu_e) / k_B T). */
    @Test
    void fixedFermiLevelGivesBoltzmannFactorsAgainstReservoir() {
        double t = 600;
        DefectModel m = new DefectModel("reservoir", ModelFixtures.V_FU, List.of(
                DefectSpecies.of("V_Li'", 2, 1.0, Map.of("Li", -1)),
                DefectSpecies.of("Li_i^.", 1, 1.5, Map.of("Li", 1))), Map.of("Li", -0.3), null, null, 0.2);
        DefectState s = DefectEquilibrium.solve(m, t);
        double kT = Units.kT(t);
        assertThat(s.siteFraction(VLI)).isCloseTo(Math.exp(-(1.0 - 0.3 - 0.2) / kT), within(1e-15));
        assertThat(s.siteFraction(LII)).isCloseTo(Math.exp(-(1.5 + 0.3 + 0.2) / kT), within(1e-25));
        assertThat(s.fermiLevelEv()).isEqualTo(0.2);
    }

    /** A solved state is a value: its arrays cannot be changed through the accessors. */
    @Test
    void solvedStateIsImmutable() {
        DefectModel m = DefectModel.of("Frenkel", ModelFixtures.V_FU, List.of(
                DefectSpecies.of("V_Li'", 2, 1.1, Map.of("Li", -1)),
                DefectSpecies.of("Li_i^.", 1, 0.9, Map.of("Li", 1))), Map.of(), null, null);
        DefectState s = DefectEquilibrium.solve(m, 600);
        double x = s.siteFraction(VLI);
        s.siteFractions()[0] = 0.5;
        s.perA3()[0] = 0.5;
        assertThat(s.siteFraction(VLI)).isEqualTo(x);
        assertThat(s.perA3(VLI)).isEqualTo(2 * x / ModelFixtures.V_FU);
    }

    @Test
    void impossibleNeutralityIsReported() {
        DefectModel onlyPositive = DefectModel.of("bad", 40, List.of(DefectSpecies.of("Li_i^.", 1, 1, Map.of("Li", 1))),
                Map.of(), null, null);
        assertThatThrownBy(() -> DefectEquilibrium.solve(onlyPositive, 500))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only positive");
        DefectModel onlyDopants = DefectModel.of("bad", 40, List.of(DefectSpecies.dopant("Cl_S^.", 1, 1e-3),
                DefectSpecies.dopant("Mg_Li'", 1, 1e-3)), Map.of(), null, null);
        assertThatThrownBy(() -> DefectEquilibrium.solve(onlyDopants, 500))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fixed dopant");
        assertThatThrownBy(() -> DefectEquilibrium.solve(onlyPositive, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
