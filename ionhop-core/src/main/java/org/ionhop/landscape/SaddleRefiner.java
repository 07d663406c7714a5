package org.ionhop.landscape;

import org.ionhop.grid.GridOrder;

/**
 * Refines the saddle of a hop found on the coarse grid by an exact minimax on a local fine grid of the continuous
 * model. On the cell grid a path can only pass through grid points, so the percolation threshold of the grid is
 * the highest grid point of the best grid path: a bottleneck that lies between grid points (in particular one that
 * runs diagonally to the grid) is crossed at a point up to half a grid diagonal away from the true saddle, which
 * costs the transverse curvature times that offset squared (0.06 eV at 0.2 Å on the NASICON Na bottleneck). Here a
 * box of half-width {@value #HALF_WIDTH_SPACINGS} coarse spacings (at most {@value #MAX_HALF_WIDTH_A} Å) around the
 * coarse saddle is filled with the model on a grid of {@value #M} points per half-width (3/8 of the coarse
 * spacing), the points are added in ascending energy to a union-find over their 26 neighbours (faces, edges and
 * corners), and the energy at which the points near the from-site's face of the box (projection on the hop
 * direction at most -t_c) join those near the to-site's face (at least +t_c) is the refined saddle, with t_c = 0.8
 * half-width, or 0.45 of the hop length for short hops. This is the grid percolation argument of
 * {@link org.ionhop.grid.GridPercolation} on a local grid fine enough that its own discretisation error (a
 * seventh of the coarse one, as curvature times spacing squared) is below the 0.01 eV scale.
 */
final class SaddleRefiner {
    /** Half-width of the local box in coarse grid spacings: the coarse saddle lies within one spacing of the true one. */
    static final double HALF_WIDTH_SPACINGS = 1.5;
    /** Largest half-width of the local box (Å), for very coarse grids; below {@link BvseModel#BOX_MARGIN_A} / sqrt 3. */
    static final double MAX_HALF_WIDTH_A = 0.75;
    /**
     * Fine points per half-width: the fine spacing is 3/8 of the coarse one (9^3 points). Six (13^3 points, a
     * quarter) moves the NASICON barriers at 0.25 Å by 4 meV more towards the 0.05 Å values for three times the cost.
     */
    static final int M = 4;

    private SaddleRefiner() {
    }

    /**
     * A refined saddle.
     *
     * @param energyEv absolute energy (eV)
     * @param frac     fractional position, in the frame of the coarse saddle given
     */
    record Refined(double energyEv, double[] frac) {
    }

    /**
     * Refines one hop's saddle.
     *
     * @param model      the energy model
     * @param saddleFrac the coarse saddle (fractional)
     * @param fromFrac   the from-site (fractional, same frame)
     * @param toFrac     the to-site (fractional, same frame, its image included)
     * @param spacingA   the coarse grid spacing (Å)
     */
    static Refined refine(BvseModel model, double[] saddleFrac, double[] fromFrac, double[] toFrac, double spacingA) {
        var lat = model.lattice();
        double[] wrapped = new double[3];
        for (int c = 0; c < 3; c++) {
            wrapped[c] = saddleFrac[c] - Math.floor(saddleFrac[c]);
        }
        double[] centre = lat.toCartesian(wrapped);
        double[] a = lat.toCartesian(fromFrac);
        double[] b = lat.toCartesian(toFrac);
        double[] n = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        double half = Math.min(HALF_WIDTH_SPACINGS * spacingA, MAX_HALF_WIDTH_A);
        double step = half / M;
        double tcut = Math.min(0.8 * half, 0.45 * len);
        double[] e = GridCalculator.box(model, centre, step, M);
        int s = 2 * M + 1;
        int size = e.length;
        byte[] flag = new byte[size];
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                for (int k = 0; k < s; k++) {
                    double t = ((i - M) * n[0] + (j - M) * n[1] + (k - M) * n[2]) * step / len;
                    flag[(i * s + j) * s + k] = (byte) (t <= -tcut ? 1 : t >= tcut ? 2 : 0);
                }
            }
        }
        int[] parent = new int[size];
        for (int p = 0; p < size; p++) {
            parent[p] = p;
        }
        boolean[] added = new boolean[size];
        for (int p : GridOrder.ascending(e)) {
            added[p] = true;
            int k = p % s;
            int j = (p / s) % s;
            int i = p / (s * s);
            int rp = find(parent, p);
            for (int di = -1; di <= 1; di++) {
                for (int dj = -1; dj <= 1; dj++) {
                    for (int dk = -1; dk <= 1; dk++) {
                        int ii = i + di;
                        int jj = j + dj;
                        int kk = k + dk;
                        if (ii < 0 || jj < 0 || kk < 0 || ii >= s || jj >= s || kk >= s) {
                            continue;
                        }
                        int q = (ii * s + jj) * s + kk;
                        if (!added[q]) {
                            continue;
                        }
                        int rq = find(parent, q);
                        if (rq != rp) {
                            parent[rq] = rp;
                            flag[rp] |= flag[rq];
                        }
                    }
                }
            }
            if (flag[rp] == 3) {
                double[] x = {centre[0] + (i - M) * step, centre[1] + (j - M) * step, centre[2] + (k - M) * step};
                double[] f = lat.toFractional(x);
                for (int c = 0; c < 3; c++) {
                    f[c] += saddleFrac[c] - wrapped[c];
                }
                return new Refined(e[p], f);
            }
        }
        // unreachable: once every point is added the box is one piece holding both faces (tcut < half-width)
        throw new IllegalStateException("local saddle box has no two faces");
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
