package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.stats.Measured;
import org.ionhop.units.Constants;

/** Isotope-scaled attempt frequencies, phonon-assisted lowering and reproducibility of parallel runs. */
class RateOptionsTest {

    /**
     * A dilute 6Li/7Li gas (10 + 10 ions on 1024 sites): single-ion hops, so D(6Li)/D(7Li) = sqrt(M7/M6) = 1.0800
     * (physics.md, isotope effect with f close to 1 and no collective motion). The ratio's error follows from the
     * two estimates' standard errors; tolerance 3.5 of it, and the effect itself must be resolved.
     */
    @Test
    void lightIsotopeDiffusesFasterBySquareRootOfMassRatio() {
        KmcSystem sys = new KmcSystem(BuiltinLattice.SQUARE.network(32, 3.0, 0.2, "Li"), 2);
        KmcParameters p = KmcParameters.of(500, 20, 40_000).withEvents(40_000, 2000, 100)
                .withIsotopes(Isotope.parseMixture("6Li:0.5,7Li:0.5"), 6.94);
        KmcResult r = KmcRunner.run(sys, p, 8, 3L, ProgressListener.NONE);
        List<Measured> d = r.tracerDiffusivityBySpecies();
        double ratio = d.get(0).value() / d.get(1).value();
        double err = ratio * Math.hypot(d.get(0).err() / d.get(0).value(), d.get(1).err() / d.get(1).value());
        double expected = Math.sqrt(Isotope.massOf("7Li") / Isotope.massOf("6Li"));
        assertThat(Math.abs(ratio - expected)).as("ratio %f ± %f", ratio, err).isLessThan(3.5 * err);
        assertThat(ratio - 1).isGreaterThan(3 * err);
    }

    /**
     * One ion on a chain: an uncorrelated walk with D = Gamma a^2 (z = 2, d = 1), Gamma = nu exp(-(E - delta)/k_B T)
     * with the phonon lowering delta = alpha^2 / (2 m omega^2). D from the displacements within 3.5 standard errors.
     */
    @Test
    void phononAssistedHoppingLowersTheBarrier() {
        double t = 300;
        double delta = KmcParameters.phononLowering(0.5, 5.0, 30.0);
        // m omega^2 = 30 amu (2 pi 5/ps)^2 = 29608.8 amu/ps^2 = 3.0687 eV/Å^2 (1 amu Å^2/ps^2 = 1.036427e-4 eV).
        assertThat(delta).isCloseTo(0.25 / (2 * 3.06869), org.assertj.core.data.Offset.offset(1e-4));
        KmcSystem sys = new KmcSystem(BuiltinLattice.CHAIN.network(64, 3.0, 0.3, "Li"), 1);
        KmcParameters p = KmcParameters.of(t, 1, 200_000).withEvents(200_000, 0, 400).withAttempt(10.0, null, delta);
        Measured d = KmcRunner.run(sys, p, 4, 8L, ProgressListener.NONE).tracerDiffusivity();
        double exact = 10.0 * Math.exp(-(0.3 - delta) / (Constants.BOLTZMANN_EV_PER_K * t)) * 9.0;
        assertThat(d.sigmasFrom(exact)).as("%s vs %g", d, exact).isLessThan(3.5);
        assertThat(exact / (10.0 * Math.exp(-0.3 / (Constants.BOLTZMANN_EV_PER_K * t)) * 9.0)).isGreaterThan(4);
    }

    /** Per-task seeds make the results independent of the number of threads. */
    @Test
    void resultsDoNotDependOnThreadCount() {
        KmcSystem sys = new KmcSystem(BuiltinLattice.TRIANGULAR.network(8, 3.0, 0.3, "Li"), 2);
        KmcParameters p = KmcParameters.of(500, 20, 5000).withEnergetics(Disorder.uniform(0.05), 0.03);
        List<KmcParameters> ps = List.of(p, p.withTemperature(700));
        List<KmcResult> one = KmcRunner.runAll(sys, ps, 3, 77L, 1, ProgressListener.NONE);
        List<KmcResult> two = KmcRunner.runAll(sys, ps, 3, 77L, 2, ProgressListener.NONE);
        for (int k = 0; k < 2; k++) {
            assertThat(two.get(k).tracerDiffusivity()).isEqualTo(one.get(k).tracerDiffusivity());
            assertThat(two.get(k).chargeDiffusivity()).isEqualTo(one.get(k).chargeDiffusivity());
        }
        assertThat(one.get(0).tracerDiffusivity()).isNotEqualTo(one.get(1).tracerDiffusivity());
    }
}
