package org.ionhop.nmr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.TextSource;

/** The NMR facade: settings from options or from the table's comment lines lead to the same fits. */
class NmrAnalysisTest {
    private static final double KB = 8.617333262e-5;

    private static NumericTable table(String name, String text) {
        return NumericTable.read(TextSource.fromString(name, text));
    }

    /** Exact BPP rates: E_a = 0.4 eV, tau_0 = 1e-14 s, C = 3e9 1/s^2 at 100 MHz. */
    private static String bppRows(boolean asTimes) {
        StringBuilder b = new StringBuilder();
        double w = 2 * Math.PI * 100e6;
        for (int i = 0; i < 20; i++) {
            double t = 250 + 15 * i;
            double tau = 1e-14 * Math.exp(0.4 / (KB * t));
            double rate = 3e9 * (tau / (1 + w * w * tau * tau) + 4 * tau / (1 + 4 * w * w * tau * tau));
            b.append(t).append(' ').append(asTimes ? 1 / rate : rate).append('\n');
        }
        return b.toString();
    }

    @Test
    void relaxationSettingsFromOptionsOrFileAgree() {
        RelaxationResult fromFile = NmrAnalysis.t1(table("a_t1.txt", "# larmor_mhz = 100\n" + bppRows(false)),
                T1Settings.defaults());
        RelaxationResult fromOption = NmrAnalysis.t1(table("b.txt", bppRows(false)),
                T1Settings.defaults().withLarmorMhz(100));
        RelaxationResult fromTimes = NmrAnalysis.t1(table("c.txt", "# values = t1\n" + bppRows(true)),
                T1Settings.defaults().withLarmorMhz(100));
        for (RelaxationResult r : List.of(fromFile, fromOption, fromTimes)) {
            assertThat(r.activationEnergyEv().value()).isCloseTo(0.4, within(1e-6));
            assertThat(r.tau0S().value()).isCloseTo(1e-14, within(1e-19));
            // BPP T1 maximum at omega_0 tau_c = 0.6158 (physics.md)
            assertThat(r.peakOmegaTau()).isCloseTo(0.6158, within(1e-4));
            assertThat(r.beta().value()).isEqualTo(2);
            assertThat(r.beta().err()).isZero();
        }
        assertThat(fromFile.activationEnergyEv()).isEqualTo(fromOption.activationEnergyEv());
        assertThatThrownBy(() -> NmrAnalysis.t1(table("d.txt", bppRows(false)), T1Settings.defaults()))
                .isInstanceOf(InvalidSettingException.class).extracting(e -> ((InvalidSettingException) e).setting())
                .isEqualTo("larmorMhz");
        assertThatThrownBy(() -> NmrAnalysis.t1(table("e.txt", bppRows(false)),
                T1Settings.defaults().withLarmorMhz(100).withT1rho(true))).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("spin-lock");
    }

    @Test
    void pfgFromGradientsInTeslaOrGaussEqualsTheTrueDiffusivity() {
        // S = S0 exp(-D b), b = gamma^2 g^2 delta^2 (Delta - delta/3), D = 1e-12 m^2/s = 1e-8 cm^2/s, 7Li
        double gamma = Nucleus.parse("7Li").gammaRadPerSPerT();
        StringBuilder tesla = new StringBuilder();
        StringBuilder gauss = new StringBuilder("# gradient_unit = G/cm\n");
        for (int i = 0; i < 12; i++) {
            double g = 0.1 * i;
            double b = StejskalTanner.bValue(gamma, g, 2e-3, 50e-3);
            double sig = 1000 * Math.exp(-1e-12 * b);
            tesla.append(g).append(' ').append(sig).append('\n');
            gauss.append(100 * g).append(' ').append(sig).append('\n');
        }
        PfgSettings s = PfgSettings.defaults().withNucleus("7Li").withDeltaMs(2).withBigDeltaMs(50);
        PfgResult t = NmrAnalysis.pfg(table("t.txt", tesla.toString()), s);
        PfgResult g = NmrAnalysis.pfg(table("g.txt", gauss.toString()), s);
        assertThat(t.diffusivityCm2PerS().value()).isCloseTo(1e-8, within(1e-14));
        assertThat(g.diffusivityCm2PerS().value()).isCloseTo(1e-8, within(1e-14));
        assertThat(t.s0().value()).isCloseTo(1000, within(1e-6));
        assertThatThrownBy(() -> NmrAnalysis.pfg(table("t.txt", tesla.toString()), PfgSettings.defaults()))
                .isInstanceOf(InvalidSettingException.class).extracting(e -> ((InvalidSettingException) e).setting())
                .isEqualTo("nucleus");
    }

    @Test
    void havenRatioNeedsExactlyOneSourceOfEachInput() {
        HavenSettings ok = HavenSettings.defaults().withDStar(1e-8, 0).withSigma(1e-3, 0).withTemperatureK(300)
                .withDensity(0.02);
        HavenResult h = NmrAnalysis.haven(ok);
        // H_R D_sigma = D* by definition
        assertThat(h.havenRatio().value() * h.chargeDiffusivityCm2PerS()).isCloseTo(1e-8, within(1e-18));
        assertThatThrownBy(() -> NmrAnalysis.haven(ok.withStructure(java.nio.file.Path.of("x.cif"))))
                .isInstanceOf(InvalidSettingException.class).extracting(e -> ((InvalidSettingException) e).setting())
                .isEqualTo("density");
        assertThatThrownBy(() -> NmrAnalysis.haven(HavenSettings.defaults().withDStar(1e-8, 0).withTemperatureK(300)
                .withDensity(0.02))).isInstanceOf(InvalidSettingException.class)
                .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo("sigma");
    }

    @Test
    void lineshapeComponentsFromOptionOrFileAgree() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i <= 200; i++) {
            double x = -20 + 0.2 * i;
            rows.append(x).append(' ').append(LineShape.LORENTZIAN.value(x, 1, 3, 0) * 500
                    + LineShape.GAUSSIAN.value(x, -2, 7, 0) * 450).append('\n');
        }
        LineshapeResult a = NmrAnalysis.lineshape(table("a.txt", "# components = lorentzian,gaussian\n" + rows),
                LineshapeSettings.defaults());
        LineshapeResult b = NmrAnalysis.lineshape(table("b.txt", rows.toString()),
                LineshapeSettings.defaults().withComponents(List.of(LineShape.LORENTZIAN, LineShape.GAUSSIAN)));
        assertThat(a.components().get(0).fraction().value()).isEqualTo(b.components().get(0).fraction().value());
        // exact data: the area fractions are 500 / 950 and 450 / 950 if the shapes are unit-area
        assertThat(a.components().get(0).fraction().value()).isCloseTo(500.0 / 950, within(1e-6));
        assertThatThrownBy(() -> NmrAnalysis.lineshape(table("c.txt", rows.toString()), LineshapeSettings.defaults()))
                .isInstanceOf(InvalidSettingException.class).extracting(e -> ((InvalidSettingException) e).setting())
                .isEqualTo("components");
    }

    @Test
    void kindFromCommentOrName() {
        assertThat(NmrAnalysis.kindOf(table("x.txt", "# kind = t1rho\n1 2\n"))).isEqualTo(NmrAnalysis.Kind.T1RHO);
        assertThat(NmrAnalysis.kindOf(table("dir/li_pfg.txt", "1 2\n"))).isEqualTo(NmrAnalysis.Kind.PFG);
        assertThat(NmrAnalysis.kindOf(table("li_t1.txt", "1 2\n"))).isEqualTo(NmrAnalysis.Kind.T1);
        assertThat(NmrAnalysis.kindOf(table("other.txt", "1 2\n"))).isEqualTo(NmrAnalysis.Kind.UNKNOWN);
    }
}
