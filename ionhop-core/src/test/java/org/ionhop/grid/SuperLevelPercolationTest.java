package org.ionhop.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.ionhop.structure.Lattice;

/** Dimensionality of simple periodic shapes whose answer is known by construction. */
class SuperLevelPercolationTest {
    private static final Lattice CUBE = Lattice.fromParameters(6, 6, 6, 90, 90, 90);

    private static final int N = 12;

    private static double[] grid(java.util.function.IntPredicate... unused) {
        return new double[N * N * N];
    }

    private static int idx(int i, int j, int k) {
        return (Math.floorMod(i, N) * N + Math.floorMod(j, N)) * N + Math.floorMod(k, N);
    }

    @Test
    void isolatedBlobIsZeroDimensional() {
        double[] v = grid();
        for (int i = 3; i < 6; i++) {
            for (int j = 3; j < 6; j++) {
                for (int k = 3; k < 6; k++) {
                    v[idx(i, j, k)] = 1;
                }
            }
        }
        assertThat(GridPercolation.superLevelDimensionality(new PeriodicGrid(CUBE, N, N, N, v), 0.5)).isZero();
    }

    @Test
    void straightAndDiagonalChannelsAreOneDimensional() {
        double[] v = grid();
        for (int k = 0; k < N; k++) {
            v[idx(2, 2, k)] = 1;
        }
        assertThat(GridPercolation.superLevelDimensionality(new PeriodicGrid(CUBE, N, N, N, v), 0.5)).isEqualTo(1);
        // A staircase along a + b wraps through the corner of the cell: still one independent direction.
        double[] w = grid();
        for (int s = 0; s < N; s++) {
            w[idx(s, s, 5)] = 1;
            w[idx(s + 1, s, 5)] = 1;
        }
        assertThat(GridPercolation.superLevelDimensionality(new PeriodicGrid(CUBE, N, N, N, w), 0.5)).isEqualTo(1);
    }

    @Test
    void slabIsTwoAndCrossedChannelsThreeDimensional() {
        double[] v = grid();
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                v[idx(i, j, 4)] = 1;
            }
        }
        assertThat(GridPercolation.superLevelDimensionality(new PeriodicGrid(CUBE, N, N, N, v), 0.5)).isEqualTo(2);
        double[] c = grid();
        for (int s = 0; s < N; s++) {
            c[idx(s, 6, 6)] = 1;
            c[idx(6, s, 6)] = 1;
            c[idx(6, 6, s)] = 1;
        }
        assertThat(GridPercolation.superLevelDimensionality(new PeriodicGrid(CUBE, N, N, N, c), 0.5)).isEqualTo(3);
        // Two channels along a and b that do not touch are each 1D, not a 2D network.
        double[] p = grid();
        for (int s = 0; s < N; s++) {
            p[idx(s, 2, 2)] = 1;
            p[idx(8, s, 8)] = 1;
        }
        assertThat(GridPercolation.superLevelDimensionality(new PeriodicGrid(CUBE, N, N, N, p), 0.5)).isEqualTo(1);
    }

    @Test
    void thresholdIsTheWeakestLinkOfTheChannel() {
        double[] v = grid();
        for (int k = 0; k < N; k++) {
            v[idx(2, 2, k)] = k == 7 ? 0.3 : 1.0;
        }
        assertThat(threshold(v, 1)).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(threshold(v, 2)).isZero();
    }

    /** The highest level at which {v &gt;= level} has at least the given dimensionality, 0 if never. */
    private static double threshold(double[] v, int dims) {
        double t = GridPercolation.superLevelThresholds(new PeriodicGrid(CUBE, N, N, N, v))[dims - 1];
        return Double.isNaN(t) ? 0 : t;
    }
}
