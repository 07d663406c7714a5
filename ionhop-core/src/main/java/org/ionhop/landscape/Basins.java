package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.grid.PeriodicGrid;

/**
 * Watershed of a periodic grid landscape: every point is labelled with the local minimum reached by steepest
 * descent over face neighbours (and the periodic image of that minimum), and every pair of adjacent basins
 * gets its lowest pass: the minimum over adjacent point pairs (p in A, q in B) of max(E_p, E_q), with the
 * lattice translation between the two minima. Because every point descends to its minimum through lower
 * points, the minimax path between two minima on the grid passes through these passes only, so the basin
 * graph keeps the grid's percolation thresholds exactly.
 */
final class Basins {
    /** Grid index of each local minimum. */
    final int[] minima;
    /** The passes between adjacent basins, each undirected pair (with image) once. */
    final List<Pass> passes;

    /**
     * A pass from minimum {@code a} (in cell 0) to minimum {@code b} in cell {@code image}.
     *
     * @param a          index into {@link #minima}
     * @param b          index into {@link #minima}
     * @param image      lattice translation of b's copy
     * @param energyEv   pass (saddle) energy, eV absolute
     * @param saddleFrac fractional position of the pass point in the frame where a's copy is in cell 0
     */
    record Pass(int a, int b, int[] image, double energyEv, double[] saddleFrac) {
    }

    private Basins(int[] minima, List<Pass> passes) {
        this.minima = minima;
        this.passes = passes;
    }

    /**
     * Labels the grid and collects the passes whose energy is below {@code maxEnergyEv} (absolute).
     *
     * @param grid        the landscape
     * @param order       grid indices in ascending energy
     * @param maxEnergyEv passes and minima above this are ignored
     */
    static Basins of(PeriodicGrid grid, int[] order, double maxEnergyEv) {
        double[] e = grid.values();
        int[] n = {grid.na(), grid.nb(), grid.nc()};
        int size = e.length;
        int[] label = new int[size];
        byte[] img = new byte[3 * size];
        byte[] down = new byte[size];
        List<Integer> minima = new ArrayList<>();
        int[] idx = new int[3];
        int[] nb = new int[4];
        // the steepest-descent neighbour of every point does not depend on the visiting order: find it in one pass
        // in memory order (neighbours close in memory, so cache-friendly on a large grid), keeping it in label[p]
        // and its direction in down[p] (-1: a local minimum)
        for (int p = 0; p < size; p++) {
            int best = -1;
            int bestDir = -1;
            for (int dir = 0; dir < 6; dir++) {
                PeriodicGrid.neighbour(p, dir, n, idx, nb);
                int q = nb[0];
                if (lower(e, q, p) && (best < 0 || lower(e, q, best))) {
                    best = q;
                    bestDir = dir;
                }
            }
            label[p] = best;
            down[p] = (byte) bestDir;
        }
        // then label in ascending order, so that a point's lower neighbour is labelled before it and the minima are
        // numbered in ascending (energy, index) order
        for (int p : order) {
            if (down[p] < 0) {
                label[p] = minima.size();
                minima.add(p);
                continue;
            }
            int best = label[p];
            PeriodicGrid.neighbour(p, down[p], n, idx, nb);
            label[p] = label[best];
            for (int c = 0; c < 3; c++) {
                img[3 * p + c] = (byte) (img[3 * best + c] + nb[1 + c]);
            }
        }
        Map<Key, Pass> passes = new HashMap<>();
        for (int p = 0; p < size; p++) {
            for (int dir = 0; dir < 6; dir += 2) {
                PeriodicGrid.neighbour(p, dir, n, idx, nb);
                int q = nb[0];
                double s = Math.max(e[p], e[q]);
                if (s > maxEnergyEv) {
                    continue;
                }
                int ix = nb[1] + img[3 * q] - img[3 * p];
                int iy = nb[2] + img[3 * q + 1] - img[3 * p + 1];
                int iz = nb[3] + img[3 * q + 2] - img[3 * p + 2];
                if (label[p] == label[q] && ix == 0 && iy == 0 && iz == 0) {
                    continue;
                }
                int[] im = {ix, iy, iz};
                int sp = e[p] >= e[q] ? p : q;
                double[] sf = grid.frac(sp);
                for (int c = 0; c < 3; c++) {
                    sf[c] += (sp == q ? nb[1 + c] : 0) - img[3 * p + c];
                }
                record(passes, label[p], label[q], im, s, sf);
            }
        }
        int[] mins = minima.stream().mapToInt(Integer::intValue).toArray();
        return new Basins(mins, new ArrayList<>(passes.values()));
    }

    private record Key(int a, int b, int x, int y, int z) {
    }

    private static void record(Map<Key, Pass> passes, int a, int b, int[] im, double s, double[] sf) {
        // canonical direction: a < b, or a == b with the image lexicographically positive
        boolean flip = a > b || (a == b && lexNegative(im));
        if (flip) {
            int t = a;
            a = b;
            b = t;
            for (int c = 0; c < 3; c++) {
                sf[c] -= im[c];
                im[c] = -im[c];
            }
        }
        Key k = new Key(a, b, im[0], im[1], im[2]);
        Pass old = passes.get(k);
        if (old == null || s < old.energyEv()) {
            passes.put(k, new Pass(a, b, im, s, sf));
        }
    }

    private static boolean lexNegative(int[] v) {
        for (int c = 0; c < 3; c++) {
            if (v[c] != 0) {
                return v[c] < 0;
            }
        }
        return false;
    }

    /** (E_q, q) &lt; (E_p, p) lexicographically: a strict order, so descent never cycles on ties. */
    private static boolean lower(double[] e, int q, int p) {
        return e[q] < e[p] || (e[q] == e[p] && q < p);
    }
}
