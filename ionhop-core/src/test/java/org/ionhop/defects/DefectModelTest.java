package org.ionhop.defects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ionhop.units.Units;

class DefectModelTest {

    /** Host stability: 2 mu_Li + mu_O = dH_f fixes mu_O; the Li range is [dH_f/2, 0]. */
    @Test
    void hostConstraintFixesTheDependentPotential() {
        HostConstraint li2o = new HostConstraint(Map.of("Li", 2, "O", 1), -6.2, "O");
        assertThat(li2o.dependentPotential(Map.of("Li", -1.0))).isCloseTo(-4.2, within(1e-15));
        assertThat(li2o.range("Li")).containsExactly(-3.1, 0.0);
        assertThatThrownBy(() -> li2o.range("O")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HostConstraint(Map.of("Li", 2), -1, "O"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dependent");
    }

    /** Formation free energy E_f0 - sum n_i mu_i + q mu_e - k_B T S_f, term by term. */
    @Test
    void formationFreeEnergyTerms() {
        DefectSpecies v = new DefectSpecies(KrogerVink.parse("V_O^.."), 1, 2.0, 3.0, Map.of("O", -1), Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, 1);
        double g = v.formationFreeEnergy(Map.of("O", -1.5), 0.7, 1000);
        assertThat(g).isCloseTo(2.0 + (-1.5) + 2 * 0.7 - Units.kT(1000) * 3.0, within(1e-15));
    }

    @Test
    void rejectsInconsistentModels() {
        DefectSpecies v = DefectSpecies.of("V_Li'", 1, 1, Map.of("Li", -1));
        assertThatThrownBy(() -> DefectModel.of("dup", 40, List.of(v, v), Map.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> DefectModel.of("vol", 0, List.of(v), Map.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volume");
        DefectModel withHost = DefectModel.of("h", 40, List.of(v), Map.of(), null,
                new HostConstraint(Map.of("Li", 2, "O", 1), -6.2, "O"));
        assertThatThrownBy(() -> withHost.withChemicalPotential("O", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dependent");
        assertThatThrownBy(() -> withHost.withDopantFraction(KrogerVink.parse("V_Li'"), 1e-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a fixed dopant");
        assertThatThrownBy(() -> DefectSpecies.dopant("Al_Li^..", 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> DefectSpecies.of("Li_Li^x", 1, 1, Map.of()).withHopping(0.3, 2, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neutral");
        assertThatThrownBy(() -> new Scan(Scan.Kind.CHEMICAL_POTENTIAL, "Li", 0, 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BandEdges(-1, 1e-4, 1e-4)).isInstanceOf(IllegalArgumentException.class);
    }

    /** pO2 scan: mu_O = mu_ref + (k_B T / 2) ln(pO2), so ten decades move mu_O by 5 k_B T ln 10. */
    @Test
    void partialPressureScanMovesTheChemicalPotential() {
        DefectModel m = DefectModel.of("o", 20, List.of(DefectSpecies.of("V_O^..", 1, 1, Map.of("O", -1)),
                DefectSpecies.of("O_i''", 1, 1, Map.of("O", 1))), Map.of("O", -0.4), null, null);
        Scan s = new Scan(Scan.Kind.PARTIAL_PRESSURE, "O", -10, 10, 3);
        assertThat(s.apply(m, 10, 800).chemicalPotentialsEv().get("O")).isCloseTo(
                -0.4 + 5 * Units.kT(800) * Math.log(10), within(1e-14));
        assertThat(s.label()).isEqualTo("log10 pO2 (bar)");
    }
}
