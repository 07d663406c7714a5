package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.stats.Measured;
import org.ionhop.units.Constants;

/**
 * Non-interacting lattice gas with site exclusion (docs/kmc.md, "Ideal lattice gas"): the equilibrium state is a
 * uniform product measure, so an ion's neighbour is empty with probability (M - N)/(M - 1) exactly (M sites, N ions),
 * and the summed displacement is a martingale (its expected increment vanishes in every configuration), giving
 * D_sigma = D_0 (M - N)/(M - 1) -> (1 - c) D_0 with D_0 = z Gamma a^2 / (2d): the chemical diffusion coefficient
 * D_sigma / (1 - c) = D_0 does not depend on the concentration.
 */
class LatticeGasTest {
    private static final double T = 500;
    private static final double BARRIER = 0.25;
    private static final double HOP = 3.0;

    private static double gamma() {
        return 10.0 * Math.exp(-BARRIER / (Constants.BOLTZMANN_EV_PER_K * T));
    }

    /**
     * D_sigma against the exact value; the collective displacement is a martingale so short blocks carry no bias
     * and 4 x 150 blocks give a 4 % standard error; tolerance 3.5 of the run's standard errors.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.5, 0.8})
    void chargeDiffusivityIsExactForIdealLatticeGas(double c) {
        KmcSystem sys = new KmcSystem(BuiltinLattice.SQUARE.network(16, HOP, BARRIER, "Li"), 2);
        int m = sys.sites();
        int n = (int) Math.round(c * m);
        KmcParameters p = KmcParameters.of(T, n, 600_000).withEvents(600_000, 5L * m, 150);
        KmcResult r = KmcRunner.run(sys, p, 4, 11L, ProgressListener.NONE);
        double d0 = 4 * gamma() * HOP * HOP / 4;
        double exact = d0 * (m - n) / (m - 1.0);
        Measured ds = r.chargeDiffusivity();
        assertThat(ds.err() / ds.value()).isLessThan(0.06);
        assertThat(ds.sigmasFrom(exact)).isLessThan(3.5);
        // Exact jump rate per ion z Gamma (M - N)/(M - 1): total squared hop length / (N a^2 t).
        double jumps = r.replicas().stream().flatMap(x -> x.blocks().stream()).mapToDouble(Block::jumpSq).sum()
                / (HOP * HOP);
        double time = r.replicas().stream().flatMap(x -> x.blocks().stream()).mapToDouble(Block::durationPs).sum();
        double rate = jumps / (n * time);
        // Poisson-like count: relative error 1/sqrt(jumps) (jumps of different ions are nearly independent).
        assertThat(Math.abs(rate / (4 * gamma() * (m - n) / (m - 1.0)) - 1)).isLessThan(4 / Math.sqrt(jumps) + 2e-3);
    }

    /**
     * Tracer correlation factor f(c) of the square lattice gas: 1 in the dilute limit, the single-vacancy value
     * 0.46694 (Compaan and Haven) as c -> 1, and in between decreasing with c; D* = (1 - c) f(c) D_0 holds by
     * construction of f from the hops, so the check here is the ordering of f(c) between the two exact limits,
     * each step resolved by more than three combined standard errors.
     */
    @Test
    void tracerCorrelationFactorFallsFromOneToTheVacancyLimit() {
        KmcSystem sys = new KmcSystem(BuiltinLattice.SQUARE.network(24, HOP, BARRIER, "Li"), 2);
        int m = sys.sites();
        double[] cs = {0.2, 0.5, 0.9};
        Measured[] f = new Measured[cs.length];
        for (int k = 0; k < cs.length; k++) {
            int n = (int) Math.round(cs[k] * m);
            long events = 300L * n * 8;
            KmcParameters p = KmcParameters.of(T, n, events).withEvents(events, 5L * m, 8);
            KmcResult r = KmcRunner.run(sys, p, 4, 5L + k, ProgressListener.NONE);
            f[k] = r.correlationFactor();
            // Two-dimensional lattice gas: normal diffusion, MSD exponent 1 (not flagged as single file).
            assertThat(r.tracerMsdExponent().value()).isBetween(0.9, 1.1);
            assertThat(r.tracerSubdiffusive()).isFalse();
        }
        assertThat(1 - f[0].value()).isGreaterThan(3 * f[0].err());
        assertThat(f[0].value() - f[1].value()).isGreaterThan(3 * Math.hypot(f[0].err(), f[1].err()));
        assertThat(f[1].value() - f[2].value()).isGreaterThan(3 * Math.hypot(f[1].err(), f[2].err()));
        assertThat(f[2].value() - 0.46694).isGreaterThan(3 * f[2].err());
    }
}
