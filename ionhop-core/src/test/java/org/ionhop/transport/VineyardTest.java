package org.ionhop.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

import org.ionhop.units.Constants;
import org.ionhop.units.Units;

class VineyardTest {

    /**
     * 1D harmonic well V = k x^2 / 2 up to the dividing point x_b (barrier E = k x_b^2 / 2). Classical TST:
     * rate = sqrt(k_B T / (2 pi m)) exp(-E/k_B T) / Z, Z = integral_{-inf}^{x_b} exp(-V/k_B T) dx, evaluated here by
     * numerical quadrature. For a harmonic well Z = sqrt(2 pi k_B T / k) (1 - erfc(sqrt(E/k_B T))/2), so the exact
     * TST rate is nu exp(-E/k_B T) / (1 - erfc/2): Vineyard with nu = sqrt(k/m)/2 pi from the 1x1 Hessian is exact
     * up to that erfc term (1e-10 for E = 20 k_B T).
     */
    @Test
    void harmonicOneDimensionalCaseIsExact() {
        double kSpring = 3.2; // eV/Å^2
        double mass = 6.94;   // amu
        double t = 500;
        double kT = Units.kT(t);
        double barrier = 20 * kT;
        double xb = Math.sqrt(2 * barrier / kSpring);
        IterativeLegendreGaussIntegrator quad = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-15);
        double lower = -xb - 12 * Math.sqrt(kT / kSpring);
        double z = quad.integrate(100000, x -> Math.exp(-0.5 * kSpring * x * x / kT), lower, xb);
        // Flux factor sqrt(k_B T / 2 pi m) in Å/ps: kT [eV] / m [amu] in Å^2/ps^2 needs 1 eV = 9648.53 amu Å^2/ps^2.
        double amuA2Ps2PerEv = Constants.ELEMENTARY_CHARGE_C / (Constants.ATOMIC_MASS_UNIT_KG * 1e-20 / 1e-24);
        double flux = Math.sqrt(kT * amuA2Ps2PerEv / (2 * Math.PI * mass));
        double tstRate = flux * Math.exp(-barrier / kT) / z;

        double[] nuMin = Vineyard.frequenciesThz(new double[][] {{kSpring}}, new double[] {mass});
        double vineyardRate = Vineyard.ratePerPs(nuMin, new double[0], barrier, t);
        double erfcCorrection = 1 - 0.5 * Erf.erfc(Math.sqrt(barrier / kT));
        assertThat(vineyardRate / erfcCorrection).isCloseTo(tstRate, within(1e-9 * tstRate));
    }

    /** Coupled oscillators: two masses m, springs k to walls and k_c between: omega^2 = k/m and (k + 2 k_c)/m. */
    @Test
    void hessianFrequenciesMatchAnalyticNormalModes() {
        double k = 2.0;
        double kc = 0.5;
        double m = 7.0;
        double[] nu = Vineyard.frequenciesThz(new double[][] {{k + kc, -kc}, {-kc, k + kc}}, new double[] {m, m});
        double conv = Vineyard.RAD_PER_PS_PER_SQRT_EV_A2_AMU / (2 * Math.PI);
        assertThat(nu[0]).isCloseTo(Math.sqrt(k / m) * conv, within(1e-12));
        assertThat(nu[1]).isCloseTo(Math.sqrt((k + 2 * kc) / m) * conv, within(1e-12));
        // A saddle Hessian gives a negative (imaginary) frequency first.
        double[] saddle = Vineyard.frequenciesThz(new double[][] {{-1.0, 0}, {0, k}}, new double[] {m, m});
        assertThat(saddle[0]).isNegative();
        // 1 eV/(Å^2 amu) corresponds to 15.633 THz (sqrt(e / (1e-20 amu)) / 2 pi).
        assertThat(conv).isCloseTo(15.6333, within(1e-3));
    }

    /** A spectator mode unchanged at the saddle cancels; the imaginary mode may be given as a negative value. */
    @Test
    void spectatorModesCancel() {
        double a = Vineyard.attemptFrequencyThz(new double[] {5.0, 7.0, 11.0}, new double[] {7.0, 11.0});
        assertThat(a).isCloseTo(5.0, within(1e-12));
        double b = Vineyard.attemptFrequencyThz(new double[] {5.0, 7.0, 11.0}, new double[] {-3.0, 7.0, 5.5});
        assertThat(b).isCloseTo(10.0, within(1e-12));
        assertThatThrownBy(() -> Vineyard.attemptFrequencyThz(new double[] {5, 7}, new double[] {7, 5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one mode fewer");
        assertThatThrownBy(() -> Vineyard.attemptFrequencyThz(new double[] {0, 7}, new double[] {7}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
