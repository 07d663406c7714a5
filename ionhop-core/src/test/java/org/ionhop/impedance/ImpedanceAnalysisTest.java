package org.ionhop.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.ProgressListener;
import org.ionhop.testing.RefData;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.transport.ArrheniusFit;

/** The impedance facade: model choice, series, Lin-KK settings, validation. */
class ImpedanceAnalysisTest {
    private static final double KB = 8.617333262e-5;

    @Test
    void bicChoosesTheGeneratingCircuit() {
        // one arc, no electrode: the two extra parameters of an electrode CPE must not pay for themselves
        // (penalty ln(2N) each, about 5 here, against a chi^2 gain of order 1 from fitting noise)
        Circuit one = Circuit.parse("R0-p(R1,CPE1)");
        Spectrum s1 = Synthetic.noisy(one, new double[] {50, 1e4, 1e-9, 0.9}, Synthetic.frequencies(1e6, 1, 8), 0.003,
                3);
        ImpedanceResult r1 = ImpedanceAnalysis.run(List.of(s1), ImpedanceSettings.defaults(), ProgressListener.NONE);
        assertThat(r1.circuit().text()).isEqualTo("R0-p(R1,CPE1)");
        // the pellet with electrode (CircuitFitterTest's, with a series resistance of 5 kOhm): the full model wins
        double[] withR0 = CircuitFitterTest.TRUE.clone();
        withR0[0] = 5000;
        Spectrum s2 = Synthetic.noisy(CircuitFitterTest.PELLET, withR0, CircuitFitterTest.F, 0.005, 4);
        ImpedanceResult r2 = ImpedanceAnalysis.run(List.of(s2), ImpedanceSettings.defaults(), ProgressListener.NONE);
        assertThat(r2.circuit().text()).isEqualTo("R0-p(R1,CPE1)-p(R2,CPE2)-CPE3");
        assertThat(r2.candidates()).hasSize(4).allMatch(c -> c.status().equals("fitted"));
        double min = r2.candidates().stream().mapToDouble(CandidateScore::bic).min().orElseThrow();
        assertThat(r2.candidates().get(3).bic()).isEqualTo(min);
        // the same without the series resistance: R0 would sit at its bound 0 and is not worth its ln(2N)
        Circuit noR0 = Circuit.parse("p(R1,CPE1)-p(R2,CPE2)-CPE3");
        double[] p3 = java.util.Arrays.copyOfRange(CircuitFitterTest.TRUE, 1, 9);
        Spectrum s3 = Synthetic.noisy(noR0, p3, CircuitFitterTest.F, 0.005, 5);
        assertThat(ImpedanceAnalysis.run(List.of(s3), ImpedanceSettings.defaults(), ProgressListener.NONE).circuit()
                .text()).isEqualTo("p(R1,CPE1)-p(R2,CPE2)-CPE3");
        // a given circuit skips the choice
        ImpedanceResult given = ImpedanceAnalysis.run(List.of(s2),
                ImpedanceSettings.defaults().withCircuit("R0-p(R1,CPE1)-CPE2"), ProgressListener.NONE);
        assertThat(given.candidates()).isEmpty();
        assertThat(given.circuit().text()).isEqualTo("R0-p(R1,CPE1)-CPE2");
    }

    @Test
    void seriesRecoversTheActivationEnergiesAndEqualsTheDirectRoute() {
        // sigma T = A exp(-E_a / k T) for bulk (0.5 eV) and grain boundary (0.8 eV): R = R_400 (T/400) exp(E_a/k (1/T - 1/400))
        Circuit c = Circuit.parse("p(R1,C1)-p(R2,C2)");
        double[] f = Synthetic.frequencies(1e7, 1, 8);
        List<Spectrum> spectra = new ArrayList<>();
        double[] temps = {380, 400, 420, 440};
        for (int i = 0; i < temps.length; i++) {
            double t = temps[i];
            double rb = 1e5 * t / 400 * Math.exp(0.5 / KB * (1 / t - 1 / 400.0));
            double rg = 1e6 * t / 400 * Math.exp(0.8 / KB * (1 / t - 1 / 400.0));
            spectra.add(Synthetic.noisy(c, new double[] {rb, 5e-12, rg, 2e-11}, f, 0.002, 10 + i).withTemperature(t));
        }
        ImpedanceSettings s = ImpedanceSettings.defaults().withCircuit(c.text()).withGeometry(0.1, 0.5);
        ImpedanceResult r = ImpedanceAnalysis.run(spectra, s, ProgressListener.NONE);
        ArrheniusFit bulk = r.arrhenius().bulk();
        ArrheniusFit gb = r.arrhenius().grainBoundary();
        assertThat(Math.abs(bulk.activationEnergyEv() - 0.5)).isLessThan(3 * bulk.activationEnergyErrEv());
        assertThat(Math.abs(gb.activationEnergyEv() - 0.8)).isLessThan(3 * gb.activationEnergyErrEv());
        assertThat(r.arrhenius().conductance()).isFalse();
        // the same as the series fitted directly
        TemperatureSeries direct = TemperatureSeries.fit(spectra, c, FitOptions.DEFAULT, new Geometry(0.1, 0.5),
                ArcAssignment.Order.CAPACITANCE, ArrheniusConvention.TIMES_T, ProgressListener.NONE);
        assertThat(bulk.activationEnergyEv()).isEqualTo(direct.bulk().activationEnergyEv());
        // sigma_bulk = L / (R A) with s_sigma / sigma = s_R / R
        SpectrumResult first = r.fits().get(0);
        double rb = first.bulkResistanceOhm().value();
        assertThat(first.bulkConductivitySPerCm().value()).isCloseTo(0.1 / (rb * 0.5), within(1e-12 / rb));
        assertThat(first.bulkConductivitySPerCm().relativeError())
                .isCloseTo(first.bulkResistanceOhm().relativeError(), within(1e-12));
    }

    @Test
    void linKkSettingsReproduceImpedancePy() {
        // impedance.py test_validation.py: linKK(f, Z, c=0.69) -> M = 10, mu = 0.6843821117885378; the search from
        // M = 1 or from M = 10 stops at the same M because mu(10) is already below c
        Spectrum s = SpectrumReader.read(RefData.path("eis/impedancepy_Circuit3_EIS_1.z"));
        for (int start : new int[] {1, 10}) {
            LinKK k = ImpedanceAnalysis.linKK(s, ImpedanceSettings.defaults().withKkC(0.69).withKkM(start));
            assertThat(k.elements()).isEqualTo(10);
            assertThat(k.mu()).isCloseTo(0.6843821117885378, within(1e-10));
        }
        // the default starts at two per decade spanned
        LinKK d = ImpedanceAnalysis.linKK(s, ImpedanceSettings.defaults());
        assertThat(d.elements()).isGreaterThanOrEqualTo(LinKK.minimumElements(s));
    }

    @Test
    void impossibleSettingsNameTheirComponent() {
        ImpedanceSettings d = ImpedanceSettings.defaults();
        assertThatThrownBy(() -> d.withKkC(1.5)).isInstanceOf(InvalidSettingException.class)
                .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo("kkC");
        assertThatThrownBy(() -> d.withCircuit("R0-p(R1,X1)")).isInstanceOf(InvalidSettingException.class)
                .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo("circuit");
        assertThatThrownBy(() -> d.withGeometry(0.2, Double.NaN)).isInstanceOf(InvalidSettingException.class)
                .extracting(e -> ((InvalidSettingException) e).setting()).isEqualTo("areaCm2");
        assertThatThrownBy(() -> d.withTemperatureK(List.of(300.0)).withTemperatureC(List.of(30.0)))
                .isInstanceOf(InvalidSettingException.class);
        assertThatThrownBy(() -> ImpedanceSettings.of(List.of(java.nio.file.Path.of("a"), java.nio.file.Path.of("b")))
                .withTemperatureC(List.of(140.0))).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("one temperature per file");
        assertThatThrownBy(() -> ImpedanceAnalysis.run(d, ProgressListener.NONE))
                .isInstanceOf(InvalidSettingException.class).extracting(e -> ((InvalidSettingException) e).setting())
                .isEqualTo("files");
    }
}
