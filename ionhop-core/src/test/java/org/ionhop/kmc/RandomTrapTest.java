package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.stats.Measured;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.transport.ArrheniusFit;
import org.ionhop.units.Constants;

/**
 * Random-trap model (physics.md): one saddle energy E_s, rate out of site i per direction w_i =
 * nu exp(-(E_s - E_i) / k_B T). The hops form a simple random walk in space, so D = a^2 / (2 d &lt;tau&gt;) exactly,
 * tau_i = 1 / (z w_i) the residence time and the average over sites (docs/kmc.md). For Gaussian E_i of width s,
 * &lt;tau&gt; ~ exp(s^2 / 2 (k_B T)^2), so the apparent activation energy is E_s + s^2 / (k_B T).
 */
class RandomTrapTest {
    private static final double SADDLE = 0.3;
    private static final double SIGMA = 0.04;
    private static final double HOP = 2.5;

    /** Exact D for the sampled energies, Å²/ps. */
    private static double exactD(double[] e, double t) {
        double kT = Constants.BOLTZMANN_EV_PER_K * t;
        double tau = 0;
        for (double ei : e) {
            tau += 1 / (4 * 10.0 * Math.exp(-(SADDLE - ei) / kT));
        }
        tau /= e.length;
        return HOP * HOP / (2 * 2 * tau);
    }

    /**
     * A single ion on a 12 x 12 square lattice with Gaussian site energies: D* from the displacements against the
     * exact value at three temperatures (each within 3.5 standard errors of 8 x 300 blocks), and the Arrhenius
     * fit of the measured D against that of the exact values at the same temperatures.
     */
    @Test
    void diffusivityMatchesExactRandomTrapResult() {
        KmcSystem sys = new KmcSystem(BuiltinLattice.SQUARE.network(12, HOP, 0.0, "Li"), 2);
        Disorder d = Disorder.gaussian(SIGMA);
        long seed = 7L;
        double[] e = KmcRunner.siteEnergies(sys, d, seed);
        double[] temps = {400, 500, 650};
        KmcParameters base = KmcParameters.of(400, 1, 300_000).withRateLaw(RateLaw.RANDOM_TRAP, SADDLE)
                .withEnergetics(d, 0.0).withEvents(300_000, 1000, 300);
        java.util.List<KmcParameters> ps = java.util.Arrays.stream(temps).mapToObj(base::withTemperature).toList();
        java.util.List<KmcResult> rs = KmcRunner.runAll(sys, ps, 8, seed, 2, ProgressListener.NONE);
        double[] dm = new double[temps.length];
        double[] de = new double[temps.length];
        double[] dx = new double[temps.length];
        for (int k = 0; k < temps.length; k++) {
            Measured est = rs.get(k).tracerDiffusivity();
            dm[k] = est.value();
            de[k] = est.err();
            dx[k] = exactD(e, temps[k]);
            assertThat(est.err() / est.value()).isLessThan(0.05);
            assertThat(est.sigmasFrom(dx[k])).as("T=%f: %s vs %g", temps[k], est, dx[k]).isLessThan(3.5);
        }
        ArrheniusFit measured = ArrheniusFit.fit(temps, dm, de, ArrheniusConvention.PLAIN);
        ArrheniusFit exact = ArrheniusFit.fit(temps, dx, null, ArrheniusConvention.PLAIN);
        assertThat(Math.abs(measured.activationEnergyEv() - exact.activationEnergyEv()))
                .isLessThan(3.5 * measured.activationEnergyErrEv());
    }

    /**
     * Large-sample limit of the exact result: for 400 x 400 Gaussian site energies the local slope
     * -d ln D / d(1/k_B T) at T equals E_s + s^2 / (k_B T) within the sampling error of &lt;tau&gt; (about 1e-3 eV here).
     */
    @Test
    void apparentActivationEnergyApproachesSaddlePlusVarianceOverKT() {
        KmcSystem sys = new KmcSystem(BuiltinLattice.SQUARE.network(400, HOP, 0.0, "Li"), 2);
        double[] e = KmcRunner.siteEnergies(sys, Disorder.gaussian(SIGMA), 99L);
        double t = 500;
        double h = 1.0;
        double b1 = 1 / (Constants.BOLTZMANN_EV_PER_K * (t - h));
        double b2 = 1 / (Constants.BOLTZMANN_EV_PER_K * (t + h));
        double slope = -(Math.log(exactD(e, t + h)) - Math.log(exactD(e, t - h))) / (b2 - b1);
        double expected = SADDLE + SIGMA * SIGMA / (Constants.BOLTZMANN_EV_PER_K * t);
        assertThat(slope).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(expected - SADDLE).isGreaterThan(0.03);
    }
}
