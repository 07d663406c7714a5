package org.ionhop.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.ionhop.grid.GridPercolation;
import org.ionhop.grid.PeriodicGrid;
import org.ionhop.structure.Lattice;

/**
 * Percolation thresholds on model landscapes whose answers follow from their construction, and against a
 * second, independent algorithm (flood fill with image tracking at every grid level) on random landscapes.
 */
class PercolationTest {
    private static final Lattice CUBE = Lattice.fromParameters(5, 5, 5, 90, 90, 90);

    /** A grid filled from a function of the indices (i, j, k). */
    interface F {
        double at(int i, int j, int k);
    }

    static PeriodicGrid grid(int na, int nb, int nc, F f) {
        return grid(CUBE, na, nb, nc, f);
    }

    /** A grid over a given cell filled from a function of the indices. */
    static PeriodicGrid grid(Lattice lattice, int na, int nb, int nc, F f) {
        double[] v = new double[na * nb * nc];
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                for (int k = 0; k < nc; k++) {
                    v[(i * nb + j) * nc + k] = f.at(i, j, k);
                }
            }
        }
        return new PeriodicGrid(lattice, na, nb, nc, v);
    }

    static double s2(int i, int n) {
        double s = Math.sin(Math.PI * i / n);
        return s * s;
    }

    @Test
    void straightChannelAlongB() {
        // channel along b at i = k = 0 with a 0.3 eV modulation; leaving it costs 2 eV along a or c.
        // 1D threshold = the channel's highest point 0.3; 2D and 3D need the 2 eV crossing (at j = 0).
        PeriodicGrid g = grid(12, 16, 10, (i, j, k) -> 0.3 * s2(j, 16) + 2 * s2(i, 12) + 2 * s2(k, 10));
        PercolationBarriers b = PercolationBarriers.of(GridPercolation.subLevel(g, 10));
        assertThat(b.barrier(1)).isCloseTo(0.3, within(1e-12));
        assertThat(b.barrier(2)).isCloseTo(2.0, within(1e-12));
        assertThat(b.barrier(3)).isCloseTo(2.0, within(1e-12));
        assertThat(b.wrapping(1)).hasDimensions(1, 3);
        assertThat(Math.abs(b.wrapping(1)[0][1])).isEqualTo(1);
        assertThat(b.wrapping(1)[0][0]).isZero();
        assertThat(b.wrapping(1)[0][2]).isZero();
        assertThat(b.minimumEv()).isZero();
        assertThat(b.dimensionality()).isEqualTo(3);
    }

    @Test
    void straightChannelStaysOneDimensionalBelowTheCap() {
        PeriodicGrid g = grid(12, 16, 10, (i, j, k) -> 0.3 * s2(j, 16) + 2 * s2(i, 12) + 2 * s2(k, 10));
        PercolationBarriers b = PercolationBarriers.of(GridPercolation.subLevel(g, 1.0));
        assertThat(b.barrier(1)).isCloseTo(0.3, within(1e-12));
        assertThat(b.barrier(2)).isNaN();
        assertThat(b.barrier(3)).isNaN();
        assertThat(b.dimensionality()).isEqualTo(1);
    }

    @Test
    void diagonalChannelWrapsAlongAPlusB() {
        // valley along i = j (mod n): the staircase (i,i) -> (i+1,i) -> (i+1,i+1) costs sin^2(pi/n);
        // crossing to the next valley costs 1, leaving the plane along c costs 0.5.
        int n = 12;
        PeriodicGrid g = grid(n, n, 8, (i, j, k) -> s2(Math.floorMod(i - j, n), n) + 0.5 * s2(k, 8));
        PercolationBarriers b = PercolationBarriers.of(GridPercolation.subLevel(g, 10));
        assertThat(b.barrier(1)).isCloseTo(s2(1, n), within(1e-12));
        int[] w = b.wrapping(1)[0];
        assertThat(Math.abs(w[0])).isEqualTo(1);
        assertThat(w[1]).isEqualTo(w[0]);
        assertThat(w[2]).isZero();
        // at 0.5 the column i = j opens along c and joins the staircase at k = 0: 2D in the plane of (1,1,0), c
        assertThat(b.barrier(2)).isCloseTo(0.5, within(1e-12));
        assertThat(b.barrier(3)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void layersPerpendicularToC() {
        // layers at k = 0 with in-plane barriers 0.1 (along a) and 0.2 (along b); crossing layers costs 1.
        PeriodicGrid g = grid(10, 14, 12, (i, j, k) -> 0.1 * s2(i, 10) + 0.2 * s2(j, 14) + s2(k, 12));
        PercolationBarriers b = PercolationBarriers.of(GridPercolation.subLevel(g, 10));
        assertThat(b.barrier(1)).isCloseTo(0.1, within(1e-12));
        assertThat(b.barrier(2)).isCloseTo(0.2, within(1e-12));
        assertThat(b.barrier(3)).isCloseTo(1.0, within(1e-12));
        for (int[] v : b.wrapping(2)) {
            assertThat(v[2]).isZero();
        }
    }

    @Test
    void threeDimensionalNetwork() {
        // separable egg-box: 1D along a at 0.1, 2D at 0.2, 3D at 0.4, with a -0.7 eV offset that must cancel
        PeriodicGrid g = grid(8, 10, 12, (i, j, k) -> -0.7 + 0.1 * s2(i, 8) + 0.2 * s2(j, 10) + 0.4 * s2(k, 12));
        PercolationBarriers b = PercolationBarriers.of(GridPercolation.subLevel(g, 10));
        assertThat(b.minimumEv()).isCloseTo(-0.7, within(1e-12));
        assertThat(b.barriersEv()).containsExactly(new double[] {0.1, 0.2, 0.4}, within(1e-12));
        assertThat(b.wrapping(3)).hasDimensions(3, 3);
    }

    @Test
    void twoIsolatedChannelsAlongDifferentAxesAreNotTwoDimensional() {
        // a channel along a at (j, k) = (0, 0) and one along b at (i, k) = (6, 6), not connected below 3 eV:
        // each is 1D, the union must not count as 2D (a bounding-box test would).
        PeriodicGrid g = grid(12, 12, 12, (i, j, k) -> {
            boolean chA = j == 0 && k == 0;
            boolean chB = i == 6 && k == 6;
            return chA || chB ? 0.0 : 3.0;
        });
        PercolationBarriers b = PercolationBarriers.of(GridPercolation.subLevel(g, 10));
        assertThat(b.barrier(1)).isZero();
        assertThat(b.barrier(2)).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void matchesFloodFillOnRandomLandscapes() {
        // second algorithm: for each distinct level, flood-fill the sub-level set with breadth-first search
        // over (point, cell) and collect wrapping vectors; the lowest level with rank d is the d-D threshold.
        Random rnd = new Random(42);
        for (int trial = 0; trial < 6; trial++) {
            int na = 5 + rnd.nextInt(4);
            int nb = 5 + rnd.nextInt(4);
            int nc = 5 + rnd.nextInt(4);
            double[][] c = new double[6][3];
            for (double[] row : c) {
                for (int t = 0; t < 3; t++) {
                    row[t] = rnd.nextGaussian();
                }
            }
            PeriodicGrid g = grid(na, nb, nc, (i, j, k) -> {
                double x = 2 * Math.PI * i / na;
                double y = 2 * Math.PI * j / nb;
                double z = 2 * Math.PI * k / nc;
                double v = 0;
                for (double[] r : c) {
                    v += r[0] * Math.cos(x + r[1] * y) + r[2] * Math.sin(y - z + r[1]) + 0.3 * r[1] * Math.cos(z + x);
                }
                return v + 0.05 * Math.sin(17 * i + 5 * j + 3 * k);
            });
            PercolationBarriers fast = PercolationBarriers.of(GridPercolation.subLevel(g, 1e9));
            double[] slow = floodFillThresholds(g);
            // same grid values; the barrier is stored relative to the minimum, so compare to rounding
            for (int d = 1; d <= 3; d++) {
                assertThat(fast.barrier(d) + fast.minimumEv()).as("trial %d, %dD", trial, d).isCloseTo(slow[d - 1], within(1e-12));
            }
        }
    }

    /** Absolute thresholds by flood fill at every distinct grid value (quadratic, for small grids only). */
    static double[] floodFillThresholds(PeriodicGrid g) {
        double[] levels = g.values().clone();
        Arrays.sort(levels);
        double[] out = {Double.NaN, Double.NaN, Double.NaN};
        for (double level : levels) {
            int rank = maxRankBelow(g, level);
            for (int d = 0; d < rank; d++) {
                if (Double.isNaN(out[d])) {
                    out[d] = level;
                }
            }
            if (rank == 3) {
                break;
            }
        }
        return out;
    }

    private static int maxRankBelow(PeriodicGrid g, double level) {
        int n = g.size();
        int[][] cell = new int[n][];
        int[] dims = {g.na(), g.nb(), g.nc()};
        int best = 0;
        int[] idx = new int[3];
        int[] nb = new int[4];
        for (int s = 0; s < n; s++) {
            if (cell[s] != null || g.values()[s] > level) {
                continue;
            }
            List<int[]> wraps = new ArrayList<>();
            cell[s] = new int[3];
            ArrayDeque<Integer> q = new ArrayDeque<>();
            q.add(s);
            while (!q.isEmpty()) {
                int p = q.poll();
                for (int dir = 0; dir < 6; dir++) {
                    PeriodicGrid.neighbour(p, dir, dims, idx, nb);
                    int r = nb[0];
                    if (g.values()[r] > level) {
                        continue;
                    }
                    int[] cr = {cell[p][0] + nb[1], cell[p][1] + nb[2], cell[p][2] + nb[3]};
                    if (cell[r] == null) {
                        cell[r] = cr;
                        q.add(r);
                    } else if (!Arrays.equals(cell[r], cr)) {
                        wraps.add(new int[] {cr[0] - cell[r][0], cr[1] - cell[r][1], cr[2] - cell[r][2]});
                    }
                }
            }
            best = Math.max(best, rank(wraps));
        }
        return best;
    }

    /** Rank of integer vectors by Gaussian elimination in doubles (vectors are small integers). */
    static int rank(List<int[]> vs) {
        double[][] m = new double[vs.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = new double[] {vs.get(i)[0], vs.get(i)[1], vs.get(i)[2]};
        }
        int r = 0;
        for (int col = 0; col < 3 && r < m.length; col++) {
            int piv = -1;
            for (int i = r; i < m.length; i++) {
                if (Math.abs(m[i][col]) > 1e-9 && (piv < 0 || Math.abs(m[i][col]) > Math.abs(m[piv][col]))) {
                    piv = i;
                }
            }
            if (piv < 0) {
                continue;
            }
            double[] t = m[piv];
            m[piv] = m[r];
            m[r] = t;
            for (int i = r + 1; i < m.length; i++) {
                double f = m[i][col] / m[r][col];
                for (int c = 0; c < 3; c++) {
                    m[i][c] -= f * m[r][c];
                }
            }
            r++;
        }
        return r;
    }
}
