package org.ionhop.defects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.units.Units;

class DefectStudyTest {

    /**
     * The facade's defaults: Li2S over the host's range of mu_Li (dH/2 .. 0), 121 points, 21 map temperatures from
     * max(T/2, 200 K) to 1.5 T; its equilibrium is that of DefectEquilibrium at the model's own mu_Li; and the
     * Schottky closed form holds at the reference point (no band edges: x_VLi = x_VS = exp(-G_S / 3 k_B T) with
     * G_S = 2 E_VLi + E_VS + dH, independent of mu_Li; physics.md, "Defects and activation energy").
     */
    @Test
    void defaultsAndEquilibriumAgreeWithTheClosedForm() {
        DefectModel m = ModelFixtures.li2s(1.6, 2.5, 5.28, -4.58, -1.0);
        DefectStudySettings s = DefectStudySettings.overHostRange(m, 600, "Li");
        assertThat(s.scan().from()).isEqualTo(-4.58 / 2);
        assertThat(s.scan().to()).isZero();
        assertThat(s.scan().points()).isEqualTo(121);
        double[] t = s.mapTemperaturesK();
        assertThat(t).hasSize(21);
        assertThat(t[0]).isEqualTo(300);
        assertThat(t[20]).isEqualTo(900);
        DefectStudyResult r = DefectStudy.run(s);
        double gs = 2 * 1.6 + 5.28 - 4.58;
        double x = Math.exp(-gs / (3 * Units.kT(600)));
        assertThat(r.equilibrium().siteFraction(KrogerVink.parse("V_Li'"))).isCloseTo(x, within(1e-9 * x));
        assertThat(r.equilibrium().siteFraction(KrogerVink.parse("V_S^..")))
                .isCloseTo(x, within(1e-9 * x));
        assertThat(r.concentrations()).hasSize(3);
        assertThat(r.hasCarriers()).isTrue();
        assertThat(r.mechanismMap().temperaturesK()).containsExactly(t);
    }

    /** A scan target the model cannot vary is refused before any solution, naming the setting. */
    @Test
    void badTargetsAreInvalidSettings() {
        DefectModel m = ModelFixtures.li2s(1.6, 2.5, 5.28, -4.58, -1.0);
        assertThatThrownBy(() -> DefectStudySettings.overHostRange(m, 600, "S"))
                .isInstanceOf(InvalidSettingException.class)
                .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo("scanTarget");
        assertThatThrownBy(() -> DefectStudySettings.of(m, 600, Scan.Kind.DOPANT, "Al_Li^..", -5, -2))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("Al_Li^..");
        assertThatThrownBy(() -> DefectStudySettings.of(m, 600, Scan.Kind.DOPANT, "Al_Li^..", Double.NaN,
                Double.NaN)).isInstanceOf(InvalidSettingException.class)
                .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo("scanFrom");
        assertThatThrownBy(() -> DefectStudySettings.overHostRange(m, -5, "Li"))
                .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo("temperatureK");
    }

    /**
     * With a Fermi level fixed by a reservoir and only V_Li' charged, neutrality is not imposed and the regime has a
     * negative majority and no positive one: it is labelled by its uncompensated charge, not "no charged defects".
     * Against both reservoirs each concentration is exp(-G_f / k_B T) with G_f = E_f0 + mu_Li - mu_e, so the slope
     * d ln c / d(mu_Li / k_B T) is exactly -1 (issue 18, section 4).
     */
    @Test
    void fixedFermiLevelRegimeNamesTheUncompensatedCharge() {
        DefectModel m = new DefectModel("V_Li only", 40, List.of(DefectSpecies.of("V_Li'", 1, 1.0, Map.of("Li", -1))),
                Map.of("Li", -1.0), null, null, 0.5);
        DefectStudyResult r = DefectStudy.run(DefectStudySettings.of(m, 600, Scan.Kind.CHEMICAL_POTENTIAL, "Li", -2,
                0));
        assertThat(r.fermiLevelFixed()).isTrue();
        assertThat(r.brouwer().regimes()).hasSize(1);
        BrouwerDiagram.Regime g = r.brouwer().regimes().get(0);
        assertThat(g.condition()).isEqualTo("[V_Li'] uncompensated (no charge of the other sign)");
        assertThat(g.rationalSlopes().get(KrogerVink.parse("V_Li'")).fraction()).isEqualTo("-1");
        assertThat(g.slopes().get(KrogerVink.parse("V_Li'"))).isCloseTo(-1, within(1e-6));
    }
}
