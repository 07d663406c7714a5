package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.stats.Measured;

/**
 * The tracer correlation factor f(c) of the non-interacting square and simple cubic lattice gases by a second,
 * independent algorithm: the textbook random-sequential Monte Carlo (pick a random ion and one of its 2d directions;
 * move if the site is empty), which shares no code with the rejection-free engine. Both estimate f = &lt;R^2&gt; / (&lt;n&gt; a^2), the
 * tracer's squared displacement over its number of jumps (docs/kmc.md), which does not depend on how time is
 * counted, so the two must agree within their statistical errors.
 */
class NaiveLatticeGasTest {
    private static final int RUNS = 32;

    /**
     * One random-sequential run on the periodic hypercubic lattice of side {@code l} in {@code dim} dimensions: f
     * estimated from all ions after {@code sweeps} attempts per ion.
     */
    private static double naiveF(int dim, int l, double c, int sweeps, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int m = (int) Math.pow(l, dim);
        int n = (int) Math.round(c * m);
        int[] siteIon = new int[m];
        java.util.Arrays.fill(siteIon, -1);
        int[] site = new int[n];
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        for (int i = 0; i < n; i++) {
            // Uniform random placement is the equilibrium state of the ideal lattice gas.
            int j = i + rng.nextInt(m - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            site[i] = order[i];
            siteIon[order[i]] = i;
        }
        long[][] disp = new long[n][dim];
        long jumps = 0;
        long attempts = (long) sweeps * n;
        for (long a = 0; a < attempts; a++) {
            int i = rng.nextInt(n);
            int d = rng.nextInt(2 * dim);
            int axis = d / 2;
            int step = d % 2 == 0 ? 1 : -1;
            int stride = (int) Math.pow(l, axis);
            int coord = site[i] / stride % l;
            int target = site[i] + (Math.floorMod(coord + step, l) - coord) * stride;
            if (siteIon[target] < 0) {
                siteIon[site[i]] = -1;
                siteIon[target] = i;
                site[i] = target;
                disp[i][axis] += step;
                jumps++;
            }
        }
        double sq = 0;
        for (long[] r : disp) {
            for (long x : r) {
                sq += (double) x * x;
            }
        }
        return sq / jumps;
    }

    /**
     * Thirty-two naive runs of 600 attempts per ion (over a hundred jumps per ion even at c = 0.8, long past the
     * transient of the first jumps) give the mean and its standard error from their spread (about 0.004-0.012); the
     * engine's block estimate has its own. The tolerance is four combined standard errors (a false alarm about once
     * in 16 000 runs), which resolves a difference in f of about 2-5 %. Square 24 x 24 and simple cubic 10^3.
     * Measured, engine vs naive: square 0.851 ± 0.011 / 0.826 ± 0.012 (c = 0.3), 0.705 ± 0.006 / 0.714 ± 0.007
     * (0.5), 0.552 ± 0.005 / 0.561 ± 0.005 (0.8); simple cubic 0.909 ± 0.009 / 0.906 ± 0.009, 0.836 ± 0.006 /
     * 0.853 ± 0.007, 0.737 ± 0.003 / 0.738 ± 0.004.
     */
    @ParameterizedTest
    @CsvSource({"SQUARE, 2, 24, 0.3", "SQUARE, 2, 24, 0.5", "SQUARE, 2, 24, 0.8",
        "SIMPLE_CUBIC, 3, 10, 0.3", "SIMPLE_CUBIC, 3, 10, 0.5", "SIMPLE_CUBIC, 3, 10, 0.8"})
    void engineAgreesWithTheNaiveAlgorithm(BuiltinLattice lattice, int dim, int l, double c) {
        double[] f = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            f[r] = naiveF(dim, l, c, 600, 100 + r);
        }
        Measured naive = Measured.mean(f);

        KmcSystem sys = new KmcSystem(lattice.network(l, 3.0, 0.25, "Li"), dim);
        int n = (int) Math.round(c * sys.sites());
        long events = 300L * n * 8;
        KmcParameters p = KmcParameters.of(500, n, events).withEvents(events, 5L * sys.sites(), 8);
        Measured engine = KmcRunner.run(sys, p, 4, 77L, ProgressListener.NONE).correlationFactor();

        assertThat(naive.err()).isLessThan(0.015);
        assertThat(Math.abs(engine.value() - naive.value()))
                .as("engine %s vs naive %s", engine, naive)
                .isLessThan(4 * Math.hypot(engine.err(), naive.err()));
    }
}
