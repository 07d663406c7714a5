package org.ionhop.landscape;

import java.util.Arrays;

/**
 * Exact percolation thresholds of a periodic grid landscape in one sweep (Kruskal style): points are added
 * in ascending energy; each new point is joined to its already added face neighbours (6-connectivity, with
 * the periodic image of neighbours across a cell face) in a {@link PeriodicUnionFind}; the energy of the
 * point at which some piece first has 1, 2 or 3 independent wrapping vectors is the 1D, 2D or 3D threshold.
 * No bisection and no tolerance: the thresholds are grid values.
 */
public final class Percolation {
    private Percolation() {
    }

    /**
     * Percolation barriers of a grid.
     *
     * @param grid  the landscape (eV)
     * @param capEv stop once the energy exceeds the minimum by this much (eV)
     */
    public static PercolationBarriers barriers(EnergyGrid grid, double capEv) {
        return sweep(grid, GridOrder.ascending(grid.values()), capEv);
    }

    static PercolationBarriers sweep(EnergyGrid grid, int[] order, double capEv) {
        double[] e = grid.values();
        int[] n = {grid.na(), grid.nb(), grid.nc()};
        int[] idx = new int[3];
        int[] nb = new int[4];
        PeriodicUnionFind uf = new PeriodicUnionFind(e.length);
        boolean[] added = new boolean[e.length];
        double emin = e[order[0]];
        double[] barriers = new double[3];
        Arrays.fill(barriers, Double.NaN);
        int[][][] wraps = new int[3][][];
        int reached = 0;
        for (int p : order) {
            double ep = e[p];
            if (ep - emin > capEv) {
                break;
            }
            added[p] = true;
            int root = p;
            for (int dir = 0; dir < 6; dir++) {
                Basins.neighbour(p, dir, n, idx, nb);
                if (added[nb[0]]) {
                    root = uf.union(p, nb[0], nb[1], nb[2], nb[3]);
                }
            }
            int d = uf.dimension(root);
            while (reached < d) {
                barriers[reached] = ep - emin;
                wraps[reached] = uf.wrappingVectors(root);
                reached++;
            }
            if (reached == 3) {
                break;
            }
        }
        return new PercolationBarriers(emin, barriers, wraps, capEv);
    }
}
