package org.ionhop.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.transport.ConsistencyCheck.Measurement;

class ConsistencyCheckTest {
    private static final double T = 300;
    /** A consistent world generated with Eq. 1. */
    private static final HoppingConductivity WORLD = new HoppingConductivity(0.6, 0.5, 0.025, 1, 2.4, 6.0, 1.0, 0.3, 3);

    private static Measurement m(TransportQuantity q, double v, double rel) {
        return new Measurement(q, v, rel * v, "test");
    }

    /** D* and sigma imply H_R with the relative errors added in quadrature (first-order propagation). */
    @Test
    void impliesHavenRatioFromTracerDiffusivityAndConductivity() {
        double sigma = WORLD.conductivitySPerCm(T);
        double dStar = WORLD.tracerDiffusivityA2PerPs(T);
        var r = ConsistencyCheck.check(List.of(
                m(TransportQuantity.SIGMA, sigma, 0.05),
                m(TransportQuantity.TRACER_DIFFUSIVITY, dStar, 0.10),
                new Measurement(TransportQuantity.CARRIER_DENSITY, 0.025, 0, "structure")), T, 1, 3, 0.05);
        var hr = r.get(TransportQuantity.HAVEN_RATIO);
        assertThat(hr.determined()).isTrue();
        assertThat(hr.value()).isCloseTo(0.5, within(1e-9));
        assertThat(hr.stdErr()).isCloseTo(0.5 * Math.hypot(0.05, 0.10), within(1e-6));
        assertThat(r.get(TransportQuantity.CHARGE_DIFFUSIVITY).value())
                .isCloseTo(WORLD.chargeDiffusivityA2PerPs(T), within(1e-9 * WORLD.chargeDiffusivityA2PerPs(T)));
        // Nothing ties the jump rate to these three: it stays undetermined.
        assertThat(r.get(TransportQuantity.JUMP_RATE).determined()).isFalse();
        assertThat(r.degreesOfFreedom()).isZero();
        assertThat(r.consistent()).isTrue();
        assertThat(r.findings()).anyMatch(f -> f.startsWith("implied H_R"));
    }

    /** Over-determined and consistent: chi^2 = 0 for exact data; every implied quantity equals the world's. */
    @Test
    void consistentOverdeterminedSetPasses() {
        double[] noise = {0.02, -0.03, 0.01, 0.0, 0.02};
        List<Measurement> ms = List.of(
                m(TransportQuantity.SIGMA, WORLD.conductivitySPerCm(T) * (1 + noise[0]), 0.05),
                m(TransportQuantity.TRACER_DIFFUSIVITY, WORLD.tracerDiffusivityA2PerPs(T) * (1 + noise[1]), 0.05),
                m(TransportQuantity.CARRIER_DENSITY, 0.025, 0.01),
                m(TransportQuantity.HAVEN_RATIO, 0.5 * (1 + noise[2]), 0.1),
                m(TransportQuantity.JUMP_RATE, WORLD.jumpRatePerPs(T) * (1 + noise[4]), 0.1),
                m(TransportQuantity.JUMP_DISTANCE, 2.4, 0.02));
        var r = ConsistencyCheck.check(ms, T, 1, 3, 0.05);
        assertThat(r.degreesOfFreedom()).isEqualTo(1);
        assertThat(r.consistent()).isTrue();
        assertThat(r.get(TransportQuantity.CORRELATION_FACTOR).determined()).isTrue();
        assertThat(r.get(TransportQuantity.CORRELATION_FACTOR).value()).isCloseTo(0.6, within(0.05));

        // Second route: the same weighted least squares written directly in five free parameters
        // theta = (ln c, ln D_sigma, ln H_R, ln Gamma, ln a), solved by QR; then f = 2d D* / (Gamma a^2) and chi^2.
        double lnK = Math.log(NernstEinstein.conductivitySPerCm(1, 1, 1, T));
        double[][] rows = {{1, 1, 0, 0, 0}, {0, 1, 1, 0, 0}, {1, 0, 0, 0, 0}, {0, 0, 1, 0, 0}, {0, 0, 0, 1, 0},
            {0, 0, 0, 0, 1}};
        double[] offset = {lnK, 0, 0, 0, 0, 0};
        double[] rel = {0.05, 0.05, 0.01, 0.1, 0.1, 0.02};
        org.hipparchus.linear.RealMatrix a = new org.hipparchus.linear.Array2DRowRealMatrix(6, 5);
        org.hipparchus.linear.RealVector b = new org.hipparchus.linear.ArrayRealVector(6);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 5; j++) {
                a.setEntry(i, j, rows[i][j] / rel[i]);
            }
            b.setEntry(i, (Math.log(ms.get(i).value()) - offset[i]) / rel[i]);
        }
        var solver = new org.hipparchus.linear.QRDecomposition(a).getSolver();
        org.hipparchus.linear.RealVector theta = solver.solve(b);
        org.hipparchus.linear.RealVector resid = b.subtract(a.operate(theta));
        double lnF = Math.log(6) + theta.getEntry(1) + theta.getEntry(2) - theta.getEntry(3) - 2 * theta.getEntry(4);
        assertThat(r.get(TransportQuantity.CORRELATION_FACTOR).value()).isCloseTo(Math.exp(lnF),
                within(1e-9 * Math.exp(lnF)));
        assertThat(r.chiSquare()).isCloseTo(resid.dotProduct(resid), within(1e-9));
        assertThat(r.get(TransportQuantity.CHARGE_DIFFUSIVITY).value()).isCloseTo(Math.exp(theta.getEntry(1)),
                within(1e-9 * Math.exp(theta.getEntry(1))));
    }

    /**
     * sigma off by a factor exp(5 * 0.05 * sqrt(2)) against D*, H_R and c (each relative error 0.05, c exact): the
     * leave-one-out z-score of sigma is 5 * sqrt(2) * 0.05 / sqrt(0.05^2 + 0.05^2 + 0.05^2) ... computed exactly here.
     */
    @Test
    void inconsistentConductivityIsFlaggedWithItsZScore() {
        double sigma = WORLD.conductivitySPerCm(T);
        double shift = 0.3; // ln of the factor by which sigma is wrong
        List<Measurement> ms = List.of(
                m(TransportQuantity.SIGMA, sigma * Math.exp(shift), 0.05),
                m(TransportQuantity.TRACER_DIFFUSIVITY, WORLD.tracerDiffusivityA2PerPs(T), 0.05),
                m(TransportQuantity.HAVEN_RATIO, 0.5, 0.05),
                new Measurement(TransportQuantity.CARRIER_DENSITY, 0.025, 0, "structure"));
        var r = ConsistencyCheck.check(ms, T, 1, 3, 0.05);
        double expectedZ = shift / Math.sqrt(3 * 0.05 * 0.05);
        assertThat(r.get(TransportQuantity.SIGMA).looZ()).isCloseTo(expectedZ, within(1e-6));
        // One constraint over three noisy measurements: chi^2 = z^2 with one degree of freedom.
        assertThat(r.degreesOfFreedom()).isEqualTo(1);
        assertThat(r.chiSquare()).isCloseTo(expectedZ * expectedZ, within(1e-6));
        assertThat(r.consistent()).isFalse();
        assertThat(r.findings()).anyMatch(f -> f.contains("sigma measured") && f.contains("3.5 sigma"));
    }

    /** A tracer correlation factor above 1 is impossible and is reported. */
    @Test
    void correlationFactorAboveOneIsFlagged() {
        List<Measurement> ms = List.of(
                m(TransportQuantity.TRACER_DIFFUSIVITY, 1e-2, 0.05),
                m(TransportQuantity.JUMP_RATE, 1e-3, 0.05),
                new Measurement(TransportQuantity.JUMP_DISTANCE, 2.0, 0, "structure"));
        var r = ConsistencyCheck.check(ms, T, 1, 3, 0.05);
        // f = 6 D* / (Gamma a^2) = 15. An exact input is weighted 1/1e-9, 5e7 times the others, so the SVD's round-off
        // is amplified to ~1e-8 relative: hence 1e-7.
        assertThat(r.get(TransportQuantity.CORRELATION_FACTOR).value()).isCloseTo(15, within(15 * 1e-7));
        assertThat(r.consistent()).isFalse();
        assertThat(r.findings()).anyMatch(f -> f.contains("cannot exceed 1"));
    }

    /** Jump rate from nu_0 exp(dS/k_B) and dH (Eq. 1's exponentials) with dH's absolute error. */
    @Test
    void jumpRateFromAttemptFrequencyAndEnthalpy() {
        var r = ConsistencyCheck.check(List.of(
                new Measurement(TransportQuantity.EFFECTIVE_ATTEMPT_FREQUENCY, 6.0 * Math.exp(1.0), 0, "Vineyard"),
                new Measurement(TransportQuantity.ACTIVATION_ENTHALPY, 0.3, 0.01, "EIS")), T, 1, 3, 0.05);
        var g = r.get(TransportQuantity.JUMP_RATE);
        assertThat(g.value()).isCloseTo(WORLD.jumpRatePerPs(T), within(1e-9 * g.value()));
        assertThat(g.stdErr() / g.value()).isCloseTo(0.01 / org.ionhop.units.Units.kT(T), within(1e-6));
        assertThatThrownBy(() -> ConsistencyCheck.check(List.of(), T, 1, 3, 0.05))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
