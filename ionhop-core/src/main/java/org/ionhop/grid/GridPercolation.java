package org.ionhop.grid;

import java.util.Arrays;

/**
 * Exact percolation thresholds of a periodic grid in one sweep (Kruskal style), the one percolation routine of
 * ionhop: points are added in ascending value; each new point is joined to its already added face neighbours
 * (6-connectivity, with the periodic image of neighbours across a cell face) in a {@link PeriodicUnionFind}; the
 * value of the point at which some piece first has 1, 2 or 3 independent wrapping vectors is the 1D, 2D or 3D
 * threshold (Newman and Ziff, Phys. Rev. E 64, 016706 (2001), for the wrapping test by image offsets). No
 * bisection and no tolerance: the thresholds are grid values.
 *
 * <p>The sub-level sets {v &lt;= level} of an energy landscape give percolation barriers; the super-level sets
 * {v &gt;= level} of a probability density give the density's percolation, the same sweep on -v.
 */
public final class GridPercolation {
    private GridPercolation() {
    }

    /**
     * The result of a sweep over the sub-level sets {v &lt;= minimum + level}.
     *
     * @param minimum         the smallest grid value
     * @param levels          for d = 1, 2, 3 the level (above the minimum) at which a piece first wraps in d
     *                        independent directions, NaN where not reached below the cap
     * @param wrappingVectors for each d reached, the wrapping lattice vectors of the piece that first reached it
     *                        (rows of integers); null where not reached
     * @param cap             the sweep stopped once a value exceeded the minimum by this much
     */
    public record Levels(double minimum, double[] levels, int[][][] wrappingVectors, double cap) {
        /** Copies the arrays. */
        public Levels {
            levels = levels.clone();
            wrappingVectors = wrappingVectors.clone();
        }

        /** A copy of the three levels. */
        @Override
        public double[] levels() {
            return levels.clone();
        }

        /** A copy of the wrapping vectors per dimension. */
        @Override
        public int[][][] wrappingVectors() {
            return wrappingVectors.clone();
        }
    }

    /**
     * Percolation of the sub-level sets of a grid (an energy landscape: barriers).
     *
     * @param grid the values
     * @param cap  stop once a value exceeds the minimum by this much
     */
    public static Levels subLevel(PeriodicGrid grid, double cap) {
        return subLevel(grid, GridOrder.ascending(grid.values()), cap);
    }

    /**
     * {@link #subLevel(PeriodicGrid, double)} with the ascending order of the grid's points already known
     * ({@link GridOrder#ascending}), when the caller needs the order too.
     */
    public static Levels subLevel(PeriodicGrid grid, int[] ascending, double cap) {
        return sweep(grid.values(), grid.dimensions(), ascending, cap);
    }

    /**
     * Percolation of the super-level sets {v &gt;= level} of a grid (a probability density): for d = 1, 2, 3 the
     * highest level at which the region connects to its images along d independent directions, or NaN if it never
     * does. The sub-level sweep on -v: adding points in descending v, the value at which d wrapping vectors first
     * appear is that level.
     */
    public static double[] superLevelThresholds(PeriodicGrid grid) {
        double[] values = grid.values();
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        Levels b = sweep(negated, grid.dimensions(), GridOrder.ascending(negated), Double.POSITIVE_INFINITY);
        double[] thresholds = new double[3];
        double[] levels = b.levels();
        for (int d = 1; d <= 3; d++) {
            double level = levels[d - 1];
            thresholds[d - 1] = Double.isNaN(level) ? Double.NaN : -(b.minimum() + level);
        }
        return thresholds;
    }

    /**
     * Dimensionality of the region {v &gt;= level}: 0 (isolated pockets), 1 (channels), 2 (layers) or 3 (a network
     * spanning the crystal).
     */
    public static int superLevelDimensionality(PeriodicGrid grid, double level) {
        double[] thresholds = superLevelThresholds(grid);
        int dims = 0;
        for (int d = 1; d <= 3; d++) {
            if (thresholds[d - 1] >= level) {
                dims = d;
            }
        }
        return dims;
    }

    private static Levels sweep(double[] e, int[] n, int[] order, double cap) {
        int[] idx = new int[3];
        int[] nb = new int[4];
        PeriodicUnionFind uf = new PeriodicUnionFind(e.length);
        boolean[] added = new boolean[e.length];
        double emin = e[order[0]];
        double[] levels = new double[3];
        Arrays.fill(levels, Double.NaN);
        int[][][] wraps = new int[3][][];
        int reached = 0;
        for (int p : order) {
            double ep = e[p];
            if (ep - emin > cap) {
                break;
            }
            added[p] = true;
            int root = p;
            for (int dir = 0; dir < 6; dir++) {
                PeriodicGrid.neighbour(p, dir, n, idx, nb);
                if (added[nb[0]]) {
                    root = uf.union(p, nb[0], nb[1], nb[2], nb[3]);
                }
            }
            int d = uf.dimension(root);
            while (reached < d) {
                levels[reached] = ep - emin;
                wraps[reached] = uf.wrappingVectors(root);
                reached++;
            }
            if (reached == 3) {
                break;
            }
        }
        return new Levels(emin, levels, wraps, cap);
    }
}
