package org.ionhop.defects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.units.Units;

/**
 * Activation energies at fixed oxygen partial pressure against a hand derivation (docs/defects.md, "Activation
 * energy at fixed partial pressure").
 *
 * <p>V_O^.. with a fixed Fermi level mu_e: [V_O] = (m / V) exp(-(E0 + mu_O + 2 mu_e) / k_B T) with
 * mu_O(T, p) = mu_ref + g(T) - g(T_ref) + (k_B T / 2) ln p, g = (H - T S) / 2 per atom. So [V_O] goes as
 * p^(-1/2) and, by Gibbs-Helmholtz (d(g / T) / d(1 / T) = H / 2), the activation energy of sigma T at fixed p is
 * E_a = E0 + 2 mu_e + E_m + mu_ref - g(T_ref) + H(T) / 2, while at fixed mu it is E0 + 2 mu_e + E_m + mu_ref. At
 * T = T_ref the two differ by T S(T) / 2 = 1.26 eV per O atom at 1000 K (S(O2, 1000 K) = 243.6 J/(mol K)).
 */
class GasReservoirTest {
    private static final double E0 = 1.0;
    private static final double MU_E = 0.5;
    private static final double EM = 0.9;
    private static final double T_REF = 1000;

    private static DefectModel vacancyModel() {
        return new DefectModel("V_O fixed mu_e", 20.0, List.of(
                DefectSpecies.of("V_O^..", 1, E0, Map.of("O", -1)).withHopping(EM, 2.7, 10)),
                Map.of("O", 0.0), null, null, MU_E);
    }

    /** The bundled O2 table against the NIST-JANAF entropy at 1000 K (243.578 J/(mol K); 205.152 at 298.15 K). */
    @Test
    void oxygenEntropyMatchesJanaf() {
        GasReservoir.Shomate o2 = (GasReservoir.Shomate) GasReservoir.oxygen();
        assertThat(o2.entropyJPerMolK(1000)).isCloseTo(243.578, within(0.01));
        assertThat(o2.entropyJPerMolK(298.15)).isCloseTo(205.152, within(0.02));
        // H(298.15) - H(298.15) = 0 in the Shomate form (coefficient H is the reference): the table's zero.
        assertThat(o2.rangeAt(298.15).enthalpyKjPerMol(298.15)).isCloseTo(0, within(0.01));
        // The ranges join: S and H continuous at 700 K within the table's rounding.
        GasReservoir.Shomate.Range lo = o2.ranges().get(0);
        GasReservoir.Shomate.Range hi = o2.ranges().get(1);
        assertThat(lo.entropyJPerMolK(700)).isCloseTo(hi.entropyJPerMolK(700), within(0.05));
        assertThat(lo.enthalpyKjPerMol(700)).isCloseTo(hi.enthalpyKjPerMol(700), within(0.05));
    }

    /** E_a at fixed pO2 = fixed-mu E_a + H(T)/2 - g(T_ref), checked at T_ref: the difference is T S / 2. */
    @Test
    void activationEnergyAtFixedPo2ContainsTheEnthalpy() {
        DefectModel m = vacancyModel();
        Scan fixedMu = new Scan(Scan.Kind.PARTIAL_PRESSURE, "O", -10, 0, 3);
        Scan po2 = new Scan(Scan.Kind.PARTIAL_PRESSURE, "O", -10, 0, 3, GasReservoir.oxygen(), T_REF);
        GasReservoir.Shomate o2 = (GasReservoir.Shomate) GasReservoir.oxygen();
        double x = -5;   // pO2 = 1e-5 bar
        double eaMu = MechanismMap.activationEnergy(m, fixedMu, x, T_REF);
        assertThat(eaMu).isCloseTo(E0 + 2 * MU_E + EM, within(1e-6));
        double eaP = MechanismMap.activationEnergy(m, po2, x, T_REF);
        double tsHalf = Units.kjPerMolToEv(T_REF * o2.entropyJPerMolK(T_REF) / 1000) / 2;
        assertThat(tsHalf).isCloseTo(1.262, within(0.001));   // the "about 1.26 eV per O atom"
        assertThat(eaP - eaMu).isCloseTo(tsHalf, within(1e-5));
        // At another temperature of the map: E_a = E0 + 2 mu_e + E_m + mu_ref - g(T_ref) + H(T)/2.
        double t = 1300;
        double hHalf = Units.kjPerMolToEv(o2.rangeAt(t).enthalpyKjPerMol(t)) / 2;
        double expected = E0 + 2 * MU_E + EM - o2.halfGibbsEv(T_REF) + hHalf;
        assertThat(MechanismMap.activationEnergy(m, po2, x, t)).isCloseTo(expected, within(1e-5));
    }

    /**
     * Independent route: ln(sigma T) from two full solutions 20 K apart at fixed pO2, slope against 1/k_B T, compared
     * with the closed form at the mid temperature (second-order error (dT)^2 Cp / T ~ 1e-5 eV); and [V_O] goes as
     * pO2^(-1/2) at fixed T.
     */
    @Test
    void finiteDifferenceOfLnSigmaAtFixedPo2() {
        DefectModel m = vacancyModel();
        Scan po2 = new Scan(Scan.Kind.PARTIAL_PRESSURE, "O", -10, 0, 3, GasReservoir.oxygen(), T_REF);
        double t1 = 1090;
        double t2 = 1110;
        double x = -3;
        double l1 = Math.log(MechanismMap.partialSigma(m, po2, x, t1)[0] * t1);
        double l2 = Math.log(MechanismMap.partialSigma(m, po2, x, t2)[0] * t2);
        double slope = -(l2 - l1) / (1 / Units.kT(t2) - 1 / Units.kT(t1));
        GasReservoir.Shomate o2 = (GasReservoir.Shomate) GasReservoir.oxygen();
        double expected = E0 + 2 * MU_E + EM - o2.halfGibbsEv(T_REF)
                + Units.kjPerMolToEv(o2.rangeAt(1100).enthalpyKjPerMol(1100)) / 2;
        assertThat(slope).isCloseTo(expected, within(1e-4));
        double s0 = MechanismMap.partialSigma(m, po2, 0, 1100)[0];
        double s4 = MechanismMap.partialSigma(m, po2, -4, 1100)[0];
        assertThat(Math.log10(s4 / s0)).isCloseTo(2.0, within(1e-9));   // (1e-4)^(-1/2) = 100
    }

    /** Constant S, Cp = 0: mu(T) - mu(T_ref) = -S (T - T_ref) / 2, the E_a shift is T_ref S / 2 at T_ref. */
    @Test
    void constantEntropyReservoir() {
        DefectModel m = vacancyModel();
        GasReservoir gas = new GasReservoir.ConstantHeatCapacity(T_REF, 243.6, 0);
        Scan po2 = new Scan(Scan.Kind.PARTIAL_PRESSURE, "O", -10, 0, 3, gas, T_REF);
        assertThat(po2.standardShiftEv(1200)).isCloseTo(-Units.kjPerMolToEv(243.6e-3 * 200) / 2, within(1e-12));
        double shift = MechanismMap.activationEnergy(m, po2, -5, T_REF) - (E0 + 2 * MU_E + EM);
        assertThat(shift).isCloseTo(Units.kjPerMolToEv(243.6) / 2, within(1e-5));
    }

    /** Defaults: O takes O2; another gas must be given; fixed mu stays available. */
    @Test
    void settingsResolveTheReservoir() {
        DefectModel m = vacancyModel();
        DefectStudySettings s = DefectStudySettings.of(m, T_REF, Scan.Kind.PARTIAL_PRESSURE, "O", -10, 0);
        assertThat(s.resolvedReservoir()).isSameAs(GasReservoir.oxygen());
        assertThat(s.withReservoir(GasReservoir.fixedMu()).scan().standardShiftEv(1200)).isZero();
        DefectModel n = new DefectModel("N", 20.0, List.of(DefectSpecies.of("V_N^...", 1, 1, Map.of("N", -1))),
                Map.of("N", 0.0), null, null, MU_E);
        assertThatThrownBy(() -> DefectStudySettings.of(n, T_REF, Scan.Kind.PARTIAL_PRESSURE, "N", -10, 0))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("reservoir");
    }
}
