package org.ionhop.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.analysis.integration.gauss.SymmetricGaussIntegrator;
import org.junit.jupiter.api.Test;

import org.ionhop.units.Units;

class PhononAssistedHoppingTest {

    /** Mean Arrhenius factor over a Gaussian barrier by Gauss-Hermite quadrature vs the closed form. */
    @Test
    void gaussianBarrierMeanRateMatchesQuadrature() {
        double e0 = 0.35;
        double s = 0.04;
        double t = 400;
        double kT = Units.kT(t);
        // <f(E)> = (1/sqrt(pi)) sum w_i f(E0 + sqrt(2) s z_i) for E ~ N(E0, s^2).
        SymmetricGaussIntegrator gh = new GaussIntegratorFactory().hermite(60);
        double mean = gh.integrate(z -> Math.exp(-(e0 + Math.sqrt(2) * s * z) / kT)) / Math.sqrt(Math.PI);
        assertThat(PhononAssistedHopping.meanRatePerPs(1.0, e0, s, t)).isCloseTo(mean, within(1e-10 * mean));
        assertThat(PhononAssistedHopping.enhancement(s, t)).isCloseTo(mean / Math.exp(-e0 / kT), within(1e-8));
    }

    /**
     * A mode with E(u) = E0 - alpha u and Boltzmann-distributed amplitude u (variance k_B T / m omega^2): Monte Carlo
     * average of exp(-E(u)/k_B T) over seeded samples equals nu exp(-(E0 - alpha^2/(2 m omega^2))/k_B T) within three
     * standard errors of the sample mean.
     */
    @Test
    void modeLowersBarrierByAlphaSquaredOverTwoMOmegaSquared() {
        double alpha = 0.5;   // eV/Å
        double mass = 32.06;  // amu, a sulfur-like breathing mode
        double nuThz = 4.0;
        double e0 = 0.4;
        double t = 500;
        double kT = Units.kT(t);
        double stiff = PhononAssistedHopping.stiffnessEvPerA2(mass, nuThz);
        SplittableRandom rnd = new SplittableRandom(42);
        int n = 200_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double u = rnd.nextGaussian() * Math.sqrt(kT / stiff);
            double f = Math.exp(-(e0 - alpha * u) / kT);
            sum += f;
            sum2 += f * f;
        }
        double mean = sum / n;
        double se = Math.sqrt((sum2 / n - mean * mean) / n);
        double lowering = PhononAssistedHopping.barrierLoweringEv(alpha, mass, nuThz);
        assertThat(Math.exp(-(e0 - lowering) / kT)).isCloseTo(mean, within(3 * se));
        // The lowering is the Gaussian one with s = alpha sqrt(kT / m omega^2) and does not depend on T.
        double s = PhononAssistedHopping.barrierSpreadEv(alpha, mass, nuThz, t);
        assertThat(e0 - PhononAssistedHopping.effectiveBarrierEv(e0, s, t)).isCloseTo(lowering, within(1e-14));
        double s2 = PhononAssistedHopping.barrierSpreadEv(alpha, mass, nuThz, 900);
        assertThat(e0 - PhononAssistedHopping.effectiveBarrierEv(e0, s2, 900)).isCloseTo(lowering, within(1e-14));
        // Softer mode, larger lowering: halving the frequency quadruples it.
        assertThat(PhononAssistedHopping.barrierLoweringEv(alpha, mass, nuThz / 2)).isCloseTo(4 * lowering,
                within(1e-14));
    }

    /** Unit of m omega^2: 1 amu (1/ps)^2 = 1.0364e-4 eV/Å^2 (amu Å^2/ps^2 in eV). */
    @Test
    void stiffnessUnits() {
        assertThat(PhononAssistedHopping.EV_PER_AMU_A2_PER_PS2).isCloseTo(1.0364e-4, within(1e-8));
        double nu = 1 / (2 * Math.PI);
        assertThat(PhononAssistedHopping.stiffnessEvPerA2(1, nu)).isCloseTo(1.0364e-4, within(1e-8));
    }
}
