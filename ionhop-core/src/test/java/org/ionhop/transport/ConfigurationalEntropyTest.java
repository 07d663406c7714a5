package org.ionhop.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class ConfigurationalEntropyTest {

    /**
     * Ideal mixing is the Stirling limit of the exact count ln(N! / prod N_k!) (Boltzmann). For a sublattice of
     * N = m M sites (M formula units) the exact entropy per formula unit differs from the ideal form by
     * O(ln N / M); with M = 1e6 the difference is below 1e-4.
     */
    @Test
    void idealFormIsTheLimitOfExactCounting() {
        double m = 3;
        double[] x = {0.5, 0.3, 0.2};
        double sIdeal = ConfigurationalEntropy.perFormulaUnitKb(
                List.of(new ConfigurationalEntropy.Sublattice(m, x)));
        double formulaUnits = 1e6;
        double sites = m * formulaUnits;
        double lnCount = Gamma.logGamma(sites + 1);
        for (double xi : x) {
            lnCount -= Gamma.logGamma(xi * sites + 1);
        }
        assertThat(lnCount / formulaUnits).isCloseTo(sIdeal, within(1e-4));
        assertThat(lnCount / formulaUnits).isLessThan(sIdeal);
    }

    /** Half-filled binary sublattice: m ln 2; mixing free energy and the temperature where it changes sign. */
    @Test
    void binaryHalfFilling() {
        double s = ConfigurationalEntropy.perFormulaUnitKb(List.of(
                new ConfigurationalEntropy.Sublattice(2, new double[] {0.5, 0.5}),
                new ConfigurationalEntropy.Sublattice(1, new double[] {1.0})));
        assertThat(s).isCloseTo(2 * Math.log(2), within(1e-15));
        double dH = 0.05;
        double tStar = ConfigurationalEntropy.stabilityTemperatureK(dH, s);
        assertThat(ConfigurationalEntropy.mixingFreeEnergyEv(dH, s, tStar)).isCloseTo(0, within(1e-15));
        assertThat(ConfigurationalEntropy.mixingFreeEnergyEv(dH, s, tStar * 1.1)).isNegative();
        assertThat(ConfigurationalEntropy.stabilityTemperatureK(-0.01, s)).isZero();
        assertThatThrownBy(() -> new ConfigurationalEntropy.Sublattice(1, new double[] {0.5, 0.4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
    }
}
