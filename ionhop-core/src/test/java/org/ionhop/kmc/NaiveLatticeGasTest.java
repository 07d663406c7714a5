package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.ionhop.io.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tracer correlation factor f(c) of the non-interacting square lattice gas by a second, independent algorithm:
 * the textbook random-sequential Monte Carlo (pick a random ion and one of its four directions; move if the site is
 * empty), which shares no code with the rejection-free engine. Both estimate f = &lt;R^2&gt; / (&lt;n&gt; a^2), the
 * tracer's squared displacement over its number of jumps (docs/kmc.md), which does not depend on how time is
 * counted, so the two must agree within their statistical errors.
 */
class NaiveLatticeGasTest {
    private static final int L = 24;
    private static final int RUNS = 32;

    /** One random-sequential run: f estimated from all ions of the lattice after {@code sweeps} attempts per ion. */
    private static double naiveF(double c, int sweeps, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int m = L * L;
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
        long[] dx = new long[n];
        long[] dy = new long[n];
        long jumps = 0;
        int[] ddx = {1, -1, 0, 0};
        int[] ddy = {0, 0, 1, -1};
        long attempts = (long) sweeps * n;
        for (long a = 0; a < attempts; a++) {
            int i = rng.nextInt(n);
            int d = rng.nextInt(4);
            int x = site[i] % L;
            int y = site[i] / L;
            int target = Math.floorMod(x + ddx[d], L) + L * Math.floorMod(y + ddy[d], L);
            if (siteIon[target] < 0) {
                siteIon[site[i]] = -1;
                siteIon[target] = i;
                site[i] = target;
                dx[i] += ddx[d];
                dy[i] += ddy[d];
                jumps++;
            }
        }
        double sq = 0;
        for (int i = 0; i < n; i++) {
            sq += (double) dx[i] * dx[i] + (double) dy[i] * dy[i];
        }
        return sq / jumps;
    }

    /**
     * Thirty-two naive runs of 600 attempts per ion (over a hundred jumps per ion even at c = 0.8, long past the
     * transient of the first jumps) give the mean and its standard error from their spread (about 0.005-0.012); the
     * engine's block estimate has its own. The tolerance is four combined standard errors (a false alarm about once
     * in 16 000 runs), which resolves a difference in f of about 2-5 %.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.5, 0.8})
    void engineAgreesWithTheNaiveAlgorithm(double c) {
        double[] f = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            f[r] = naiveF(c, 600, 100 + r);
        }
        Estimate naive = Estimate.mean(f);

        KmcSystem sys = new KmcSystem(BuiltinLattice.SQUARE.network(L, 3.0, 0.25, "Li"), 2);
        int n = (int) Math.round(c * sys.sites());
        long events = 300L * n * 8;
        KmcParameters p = KmcParameters.of(500, n, events).withEvents(events, 5L * sys.sites(), 8);
        Estimate engine = KmcRunner.run(sys, p, 4, 77L, ProgressListener.NONE).correlationFactor();

        assertThat(naive.err()).isLessThan(0.015);
        assertThat(Math.abs(engine.value() - naive.value()))
                .as("engine %s vs naive %s", engine, naive)
                .isLessThan(4 * Math.hypot(engine.err(), naive.err()));
    }
}
