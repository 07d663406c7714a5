package org.ionhop.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import org.ionhop.units.Constants;
import org.ionhop.units.Units;

class HoppingConductivityTest {
    private final HoppingConductivity eq1 = new HoppingConductivity(0.65, 0.4, 0.03, 1, 2.5, 8.0, 1.5, 0.35, 3);

    /** Eq. 1 written out in SI units by hand (an independent evaluation of the same formula). */
    @Test
    void forwardMatchesSiEvaluation() {
        double t = 350;
        double cPerM3 = 0.03 * 1e30;
        double q = Constants.ELEMENTARY_CHARGE_C;
        double aM = 2.5e-10;
        double nuHz = 8.0e12;
        double kT = Constants.BOLTZMANN_J_PER_K * t;
        double sigmaSPerM = (1.0 / 6) * (0.65 / 0.4) * cPerM3 * q * q / kT * aM * aM * nuHz * Math.exp(1.5)
                * Math.exp(-0.35 / Units.kT(t));
        assertThat(eq1.conductivitySPerCm(t)).isCloseTo(sigmaSPerM / 100, within(1e-12 * sigmaSPerM / 100));
    }

    /** Eq. 1 is Nernst-Einstein with D_sigma = (f/H_R) Gamma a^2 / 6 (a second route through NernstEinstein). */
    @Test
    void forwardEqualsNernstEinsteinWithRandomWalkDiffusivity() {
        for (double t : new double[] {250, 300, 600}) {
            double dSigma = 0.65 / 0.4 * eq1.jumpRatePerPs(t) * 2.5 * 2.5 / 6;
            assertThat(eq1.chargeDiffusivityA2PerPs(t)).isCloseTo(dSigma, within(1e-15 * dSigma + 1e-300));
            double sigma = NernstEinstein.conductivitySPerCm(0.03, 1, dSigma, t);
            assertThat(eq1.conductivitySPerCm(t)).isCloseTo(sigma, within(1e-12 * sigma));
            // D* / D_sigma is the Haven ratio.
            assertThat(eq1.tracerDiffusivityA2PerPs(t) / eq1.chargeDiffusivityA2PerPs(t)).isCloseTo(0.4, within(1e-14));
        }
        // Lower dimension: 1/(2d) instead of 1/6.
        HoppingConductivity planar = new HoppingConductivity(0.65, 0.4, 0.03, 1, 2.5, 8.0, 1.5, 0.35, 2);
        assertThat(planar.conductivitySPerCm(300) / eq1.conductivitySPerCm(300)).isCloseTo(1.5, within(1e-13));
    }

    /** Inverses: nu_0 exp(dS/k_B) and c recovered from a sigma computed forward. */
    @Test
    void inversesRoundTrip() {
        double t = 320;
        double sigma = eq1.conductivitySPerCm(t);
        assertThat(eq1.effectiveAttemptFrequencyThz(sigma, t)).isCloseTo(8.0 * Math.exp(1.5), within(1e-10));
        assertThat(eq1.carrierDensityPerA3For(sigma, t)).isCloseTo(0.03, within(1e-15));
        assertThat(eq1.carrierDensityPerA3For(2 * sigma, t)).isCloseTo(0.06, within(1e-15));
    }

    /** The inverse over a sigma(T) series: exact Eq. 1 data give dH and nu_0 exp(dS/k_B) back. */
    @Test
    void inverseFromSeriesRecoversEnthalpyAndEffectiveAttemptFrequency() {
        double[] t = {280, 320, 360, 400, 440};
        double[] s = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            s[i] = eq1.conductivitySPerCm(t[i]);
        }
        HoppingConductivity.InverseResult r = eq1.fromMeasurements(t, s, null);
        assertThat(r.fit().activationEnergyEv()).isCloseTo(0.35, within(1e-10));
        assertThat(r.effectiveAttemptFrequencyThz()).isCloseTo(8.0 * Math.exp(1.5), within(1e-7));
        // The other unknown: with nu_0 and dS known and c guessed 10x too small, the prefactor gives c back.
        HoppingConductivity guess = new HoppingConductivity(0.65, 0.4, 0.003, 1, 2.5, 8.0, 1.5, 0.35, 3);
        assertThat(guess.carrierDensityPerA3From(guess.fromMeasurements(t, s, null))).isCloseTo(0.03, within(1e-12));
    }

    /**
     * The seed's Li5.3PS4.3ClBr0.7 (Deck and Hu 2023, citing Patel et al. 2021): 24 mS/cm at 25 °C with
     * E_a = 0.155 eV. With the Li density of the argyrodite (5.3 Li per formula unit, 4 formula units in a cubic
     * cell of a ~ 9.8 Å) and a jump distance of ~2 Å, Eq. 1 with f = H_R = 1 implies nu_0 exp(dS/k_B) of order a THz,
     * in the phonon range (0.1-100 THz) as hopping requires; a jump distance 10x too long would push it below.
     */
    @Test
    void seedArgyroditeNumbersImplyPhononScaleAttemptFrequency() {
        double c = 4 * 5.3 / Math.pow(9.8, 3);
        HoppingConductivity h = new HoppingConductivity(1, 1, c, 1, 2.0, 1, 0, 0.155, 3);
        double t = Units.celsiusToKelvin(25);
        double nu = h.effectiveAttemptFrequencyThz(0.024, t);
        // Second route: Nernst-Einstein gives D_sigma, the random walk Gamma = 6 D / a^2, and nu = Gamma e^(E_a/kT).
        double d = NernstEinstein.diffusivityA2PerPs(c, 1, 0.024, t);
        double nuByHand = 6 * d / (2.0 * 2.0) * Math.exp(0.155 / Units.kT(t));
        assertThat(nu).isCloseTo(nuByHand, within(1e-12 * nuByHand));
        assertThat(nu).isBetween(0.1, 100.0);
        HoppingConductivity longJumps = new HoppingConductivity(1, 1, c, 1, 20.0, 1, 0, 0.155, 3);
        assertThat(longJumps.effectiveAttemptFrequencyThz(0.024, t)).isLessThan(0.1);
    }

    @Test
    void rejectsUnphysicalParameters() {
        assertThatThrownBy(() -> new HoppingConductivity(1, 0, 0.03, 1, 2.5, 8, 0, 0.3, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Haven");
        assertThatThrownBy(() -> new HoppingConductivity(1, 1, -0.03, 1, 2.5, 8, 0, 0.3, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("carrier density");
        assertThatThrownBy(() -> new HoppingConductivity(1, 1, 0.03, 1, 2.5, 8, 0, 0.3, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension");
        assertThatThrownBy(() -> eq1.conductivitySPerCm(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> eq1.effectiveAttemptFrequencyThz(0, 300)).isInstanceOf(IllegalArgumentException.class);
    }
}
