package org.ionhop.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

import org.ionhop.testing.RefData;

/** Lin-KK: KK-valid spectra pass, a drifting one fails; impedance.py's published M and mu are reproduced. */
class LinKKTest {
    @Test
    void reproducesImpedancePyOnTheZplotFile() {
        // impedance.py test_validation.py: linKK(f, Z, c=0.69) -> M = 10, mu = 0.6843821117885378
        Spectrum s = SpectrumReader.read(RefData.path("eis/impedancepy_Circuit3_EIS_1.z"));
        LinKK k = LinKK.test(s, 0.69, 50, 1);
        assertThat(k.elements()).isEqualTo(10);
        assertThat(k.mu()).isCloseTo(0.6843821117885378, within(1e-10));
    }

    @Test
    void validCircuitSpectrumPasses() {
        Spectrum s = Synthetic.noisy(CircuitFitterTest.PELLET, CircuitFitterTest.TRUE, CircuitFitterTest.F, 0.001, 5);
        LinKK k = LinKK.test(s);
        // residuals at the noise level (0.1 % per part): below 0.5 % everywhere
        assertThat(k.residualMax()).isLessThan(0.005);
        assertThat(k.passes(0.01)).isTrue();
    }

    @Test
    void driftingSampleFails() {
        // The bulk resistance grows by 30 % while the sweep runs from high to low frequency: a time-variant
        // system, which no KK-compliant model reproduces.
        Circuit c = CircuitFitterTest.PELLET;
        double[] f = CircuitFitterTest.F;
        double[] re = new double[f.length];
        double[] im = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            double[] p = CircuitFitterTest.TRUE.clone();
            p[2] *= 1 + 0.3 * i / (f.length - 1.0);
            p[4] *= 1 + 0.3 * i / (f.length - 1.0);
            Complex z = c.impedance(f[i], p);
            re[i] = z.getReal();
            im[i] = z.getImaginary();
        }
        LinKK k = LinKK.test(new Spectrum("drift", f, re, im, Double.NaN));
        assertThat(k.passes(0.01)).isFalse();
        // four times the largest residual of the noisy valid spectrum above
        assertThat(k.residualMax()).isGreaterThan(0.015);
    }

    @Test
    void measuredPelletSpectraPass() {
        // the s04147 spectra with blocking electrodes pass at 2 % thanks to the series capacitance
        for (int t = 140; t <= 200; t += 30) {
            Spectrum s = SpectrumReader.read(RefData.path("eis/eisfitpython_s04147_VT/s04147-" + t + "deg.txt"));
            assertThat(LinKK.test(s).passes(0.02)).isTrue();
        }
    }
}
