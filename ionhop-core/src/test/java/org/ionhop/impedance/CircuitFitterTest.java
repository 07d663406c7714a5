package org.ionhop.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** CNLS on synthetic spectra from known circuits with seeded noise, fitted from automatic starting values. */
class CircuitFitterTest {
    // a solid-electrolyte-like spectrum: bulk and grain-boundary arcs a factor ~3 apart in C, electrode spur
    static final Circuit PELLET = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)-CPE3");
    static final double[] TRUE = {50, 1.5e5, 6e-11, 0.85, 1.0e6, 1.5e-10, 0.8, 1.4e-6, 0.55};
    static final double[] F = Synthetic.frequencies(1e6, 0.05, 8);

    @Test
    void parametersAreRecoveredWithinTheirErrorBars() {
        // Coverage over 20 seeds x 9 parameters: with correct standard errors about 68 % lie within 1 sigma
        // and 99.7 % within 3 sigma. Binomial spread for 180 trials at p = 0.68 is 3.5 %, so 55-80 % is
        // a 3.5-sigma band; errors off by a factor of 1.5 either way would leave it.
        int within1 = 0;
        int within3 = 0;
        int total = 0;
        double[] sums = new double[20];
        double meanSumErr = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Spectrum s = Synthetic.noisy(PELLET, TRUE, F, 0.005, seed);
            CircuitFitResult r = CircuitFitter.fit(s, PELLET, FitOptions.DEFAULT);
            FittedSpectrum fs = FittedSpectrum.of(r, ArcAssignment.Order.CAPACITANCE, null);
            sums[(int) seed - 1] = fs.totalResistanceOhm();
            meanSumErr += fs.totalResistanceErrOhm() / 20;
            assertThat(r.covariance()[1][1]).isCloseTo(r.errors()[1] * r.errors()[1], within(1e-9 * r.covariance()[1][1]));
            for (int i = 0; i < TRUE.length; i++) {
                double z = Math.abs(r.parameters()[i] - TRUE[i]) / r.errors()[i];
                within1 += z <= 1 ? 1 : 0;
                within3 += z <= 3 ? 1 : 0;
                total++;
            }
            // modulus weighting with noise sigma = 0.005 |Z| per part: chi^2/dof estimates 0.005^2
            assertThat(Math.sqrt(r.reducedChiSquare())).isCloseTo(0.005, within(0.0015));
        }
        assertThat(within1 / (double) total).isBetween(0.55, 0.80);
        // the error of R_bulk + R_gb (with the fit covariance) against the scatter of the sum over the 20 spectra:
        // a standard deviation from 20 samples is uncertain by ~16 %, so they must agree within 40 %
        double mean = 0;
        for (double v : sums) {
            mean += v / 20;
        }
        double var = 0;
        for (double v : sums) {
            var += (v - mean) * (v - mean) / 19;
        }
        assertThat(Math.sqrt(var)).isCloseTo(meanSumErr, within(0.4 * meanSumErr));
        assertThat(within3 / (double) total).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void noiseFreeSpectrumIsReproducedExactly() {
        Spectrum s = PELLET.simulate(F, TRUE);
        CircuitFitResult r = CircuitFitter.fit(s, PELLET, FitOptions.DEFAULT.withWeighting(Weighting.PROPORTIONAL));
        for (int i = 0; i < TRUE.length; i++) {
            assertThat(r.parameters()[i]).isCloseTo(TRUE[i], within(1e-5 * TRUE[i]));
        }
        assertThat(r.relativeRms()).isLessThan(1e-7);
    }

    @Test
    void fixedParametersStayAndBoundsHold() {
        Spectrum s = Synthetic.noisy(PELLET, TRUE, F, 0.005, 7);
        CircuitFitResult fixed = CircuitFitter.fit(s, PELLET, FitOptions.DEFAULT.withFixed(Map.of("CPE3_n", 0.55)));
        assertThat(fixed.value("CPE3_n")).isEqualTo(0.55);
        assertThat(fixed.error("CPE3_n")).isZero();
        assertThat(fixed.dof()).isEqualTo(2 * F.length - 8);
        CircuitFitResult bounded = CircuitFitter.fit(s, PELLET,
                FitOptions.DEFAULT.withBounds(Map.of("R1", new double[] {0, 1e5})));
        assertThat(bounded.value("R1")).isLessThanOrEqualTo(1e5);
        assertThat(bounded.chiSquare()).isGreaterThan(fixed.chiSquare());
        assertThatThrownBy(() -> CircuitFitter.fit(s, PELLET, FitOptions.DEFAULT.withFixed(Map.of("R9", 1.0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R9");
    }

    @Test
    void multiStartEscapesABadStart() {
        Spectrum s = Synthetic.noisy(PELLET, TRUE, F, 0.002, 3);
        // a deliberately poor start: the two arcs' resistances swapped and far off
        FitOptions bad = FitOptions.DEFAULT.withInitial(Map.of("R1", 1e8, "R2", 10.0, "CPE1_Q", 1e-3, "CPE2_Q", 1e-15))
                .withMultiStarts(0);
        CircuitFitResult single = CircuitFitter.fit(s, PELLET, bad);
        CircuitFitResult multi = CircuitFitter.fit(s, PELLET, bad.withMultiStarts(16));
        assertThat(multi.chiSquare()).isLessThanOrEqualTo(single.chiSquare());
        assertThat(multi.relativeRms()).isLessThan(0.004);
        List<Arc> arcs = ArcAssignment.assign(multi, ArcAssignment.Order.CAPACITANCE);
        assertThat(arcs.get(0).resistanceOhm()).isCloseTo(1.5e5, within(0.05 * 1.5e5));
    }

    @Test
    void arcsAreLabelledByCapacitanceNotPosition() {
        Circuit swapped = Circuit.parse("R0-p(R2,CPE2)-p(R1,CPE1)-CPE3");
        double[] p = {50, 1.0e6, 1.5e-10, 0.8, 1.5e5, 6e-11, 0.85, 1.4e-6, 0.55};
        CircuitFitResult r = CircuitFitter.fit(Synthetic.noisy(swapped, p, F, 0.003, 11), swapped, FitOptions.DEFAULT);
        FittedSpectrum fs = FittedSpectrum.of(r, ArcAssignment.Order.CAPACITANCE, Geometry.disc(0.8, 0.21));
        // whichever block the fit put the bulk arc in, the label follows the capacitance
        assertThat(fs.bulk().resistanceOhm()).isCloseTo(1.5e5, within(0.05 * 1.5e5));
        assertThat(fs.grainBoundary().resistanceOhm()).isCloseTo(1.0e6, within(0.05 * 1.0e6));
        FittedSpectrum other = FittedSpectrum.of(CircuitFitter.fit(Synthetic.noisy(swapped, p, F, 0.003, 11), PELLET,
                FitOptions.DEFAULT), ArcAssignment.Order.CAPACITANCE, null);
        assertThat(other.bulk().resistanceOhm()).isCloseTo(fs.bulk().resistanceOhm(), within(1e-4 * 1.5e5));
        // C_eff = (R^(1-n) Q)^(1/n) recomputed by hand for the true bulk arc
        double c = Math.pow(Math.pow(1.5e5, 0.15) * 6e-11, 1 / 0.85);
        assertThat(fs.bulk().capacitanceF()).isCloseTo(c, within(0.1 * c));
        // sigma = L / (R A)
        assertThat(fs.conductivitySPerCm(fs.bulk().resistanceOhm()))
                .isCloseTo(0.21 / (fs.bulk().resistanceOhm() * Math.PI * 0.16), within(1e-15));
        // time-constant order agrees here (the bulk arc is also the faster one)
        assertThat(ArcAssignment.assign(r, ArcAssignment.Order.TIME_CONSTANT).get(0).resistorName())
                .isEqualTo(fs.bulk().resistorName());
    }

    @Test
    void effectiveCapacitanceOfAnIdealCapacitorIsItself() {
        assertThat(ArcAssignment.effectiveCapacitance(1e6, 3e-12, 1.0)).isCloseTo(3e-12, within(1e-24));
    }
}
