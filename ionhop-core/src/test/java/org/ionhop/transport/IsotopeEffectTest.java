package org.ionhop.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IsotopeEffectTest {

    /**
     * A single uncorrelated hop: its rate is Vineyard's nu* exp(-E_m/kT) with nu* from the Hessian of the hopping
     * ion, so 6Li over 7Li is the ratio of the two harmonic frequencies; it must equal sqrt(M_heavy / M_light)
     * (physics.md: sqrt(7.016/6.015) = 1.080) and give an isotope-effect parameter of exactly 1.
     */
    @Test
    void uncorrelatedHopGivesSquareRootMassRatio() {
        double[][] hessian = {{4.0, 0.3, 0}, {0.3, 3.0, 0}, {0, 0, 5.0}};
        double[][] saddleHessian = {{-1.0, 0.3, 0}, {0.3, 3.0, 0}, {0, 0, 5.0}};
        double[] rate = new double[2];
        double[] masses = {IsotopeEffect.LI6_AMU, IsotopeEffect.LI7_AMU};
        for (int i = 0; i < 2; i++) {
            double m = masses[i];
            double[] min = Vineyard.frequenciesThz(hessian, new double[] {m, m, m});
            double[] sad = Vineyard.frequenciesThz(saddleHessian, new double[] {m, m, m});
            rate[i] = Vineyard.ratePerPs(min, sad, 0.3, 500);
        }
        double ratio = rate[0] / rate[1];
        assertThat(ratio).isCloseTo(IsotopeEffect.classicalRatio(IsotopeEffect.LI6_AMU, IsotopeEffect.LI7_AMU),
                within(1e-12));
        assertThat(ratio).isCloseTo(Math.sqrt(7.016 / 6.015), within(2e-4));
        assertThat(IsotopeEffect.parameter(ratio, IsotopeEffect.LI6_AMU, IsotopeEffect.LI7_AMU)).isCloseTo(1.0,
                within(1e-9));
    }

    /** E = f dK: a correlated vacancy mechanism (f = 0.7815, fcc; Compaan and Haven 1956) with dK = 1. */
    @Test
    void correlatedMotionReducesTheParameter() {
        double r = IsotopeEffect.ratioFor(0.7815, IsotopeEffect.LI6_AMU, IsotopeEffect.LI7_AMU);
        assertThat(r - 1).isCloseTo(0.7815 * (Math.sqrt(IsotopeEffect.LI7_AMU / IsotopeEffect.LI6_AMU) - 1),
                within(1e-15));
        assertThat(IsotopeEffect.parameter(r, IsotopeEffect.LI6_AMU, IsotopeEffect.LI7_AMU)).isCloseTo(0.7815,
                within(1e-12));
        assertThat(IsotopeEffect.parameterErr(0.004, IsotopeEffect.LI6_AMU, IsotopeEffect.LI7_AMU))
                .isCloseTo(0.004 / 0.0800, within(1e-3));
        assertThatThrownBy(() -> IsotopeEffect.classicalRatio(7, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
