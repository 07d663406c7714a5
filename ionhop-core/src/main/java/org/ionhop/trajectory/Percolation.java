package org.ionhop.trajectory;

/**
 * Dimensionality of the region of a periodic grid where the density reaches a level: 0 (isolated pockets), 1
 * (channels), 2 (layers) or 3 (a network spanning the crystal).
 *
 * <p>The density's percolation is the landscape's percolation turned upside down, so this delegates to the exact
 * sweep of {@link org.ionhop.landscape.Percolation#superLevelThresholds}: union-find over face-connected voxels with
 * periodic image offsets, and the rank of each cluster's wrapping vectors (Newman and Ziff, Phys. Rev. E 64, 016706
 * (2001)). One sweep gives the levels for 1, 2 and 3 dimensions at once.
 */
public final class Percolation {
    private Percolation() {
    }

    /**
     * The dimensionality of {v &gt;= level}.
     *
     * @param v  grid values, a slowest
     * @param na points along a
     * @param nb points along b
     * @param nc points along c
     */
    public static int dimensionality(double[] v, int na, int nb, int nc, double level) {
        double[] thresholds = org.ionhop.landscape.Percolation.superLevelThresholds(v, na, nb, nc);
        int dims = 0;
        for (int d = 1; d <= 3; d++) {
            if (thresholds[d - 1] >= level) {
                dims = d;
            }
        }
        return dims;
    }

    /**
     * The highest level at which the region {v &gt;= level} still has at least the given dimensionality, or 0 if it
     * never reaches it.
     */
    public static double threshold(double[] v, int na, int nb, int nc, int dims) {
        double t = org.ionhop.landscape.Percolation.superLevelThresholds(v, na, nb, nc)[dims - 1];
        return Double.isNaN(t) ? 0 : t;
    }
}
