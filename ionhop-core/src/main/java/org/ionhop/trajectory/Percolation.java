package org.ionhop.trajectory;

/**
 * Dimensionality of the region of a periodic grid where the density reaches a level: 0 (isolated pockets), 1
 * (channels), 2 (layers) or 3 (a network spanning the crystal).
 *
 * <p>Method: union-find over face-connected voxels at or above the level, keeping for every voxel its offset (in
 * cells) from its cluster's root. Joining two voxels that are already in one cluster through a periodic boundary closes
 * a loop whose net offset is a "wrapping vector": the cluster connects to its own image along it. A cluster's
 * dimensionality is the rank of its wrapping vectors (after Livraghi, Sarnthein et al.; the periodic union-find of
 * Newman and Ziff, Phys. Rev. E 64, 016706 (2001)); the grid's is the largest over clusters.
 */
public final class Percolation {
    private Percolation() {
    }

    /** Dimensionality of {v >= level} on a periodic na x nb x nc grid (index (i * nb + j) * nc + k). */
    public static int dimensionality(double[] v, int na, int nb, int nc, double level) {
        int n = v.length;
        int[] parent = new int[n];
        int[] off = new int[3 * n];
        int[][] basis = new int[n][];
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = v[i] >= level ? i : -1;
        }
        int[] ou = new int[3];
        int[] ov = new int[3];
        int best = 0;
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                for (int k = 0; k < nc; k++) {
                    int u = (i * nb + j) * nc + k;
                    if (parent[u] < 0) {
                        continue;
                    }
                    for (int axis = 0; axis < 3; axis++) {
                        int ni = axis == 0 ? i + 1 : i;
                        int nj = axis == 1 ? j + 1 : j;
                        int nk = axis == 2 ? k + 1 : k;
                        int[] shift = {ni / na, nj / nb, nk / nc};
                        int w = ((ni % na) * nb + nj % nb) * nc + nk % nc;
                        if (parent[w] < 0) {
                            continue;
                        }
                        int ru = find(parent, off, u, ou);
                        int rw = find(parent, off, w, ov);
                        // position(w's copy) = position(w) + shift; offsets are positions relative to the root.
                        int dx = ou[0] + shift[0] - ov[0];
                        int dy = ou[1] + shift[1] - ov[1];
                        int dz = ou[2] + shift[2] - ov[2];
                        if (ru == rw) {
                            if (dx != 0 || dy != 0 || dz != 0) {
                                best = Math.max(best, addVector(basis, rank, ru, new int[] {dx, dy, dz}));
                            }
                        } else {
                            parent[rw] = ru;
                            off[3 * rw] = dx;
                            off[3 * rw + 1] = dy;
                            off[3 * rw + 2] = dz;
                            if (basis[rw] != null) {
                                for (int b = 0; b < rank[rw]; b++) {
                                    int[] vec = {basis[rw][3 * b], basis[rw][3 * b + 1], basis[rw][3 * b + 2]};
                                    best = Math.max(best, addVector(basis, rank, ru, vec));
                                }
                                basis[rw] = null;
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Root of x with path compression; writes the offset of x from the root into out. */
    private static int find(int[] parent, int[] off, int x, int[] out) {
        int ox = 0;
        int oy = 0;
        int oz = 0;
        int r = x;
        while (parent[r] != r) {
            ox += off[3 * r];
            oy += off[3 * r + 1];
            oz += off[3 * r + 2];
            r = parent[r];
        }
        // Compress: point every node on the path straight to the root with its total offset.
        int cx = ox;
        int cy = oy;
        int cz = oz;
        int y = x;
        while (parent[y] != r && parent[y] != y) {
            int next = parent[y];
            int nx = cx - off[3 * y];
            int ny = cy - off[3 * y + 1];
            int nz = cz - off[3 * y + 2];
            parent[y] = r;
            off[3 * y] = cx;
            off[3 * y + 1] = cy;
            off[3 * y + 2] = cz;
            cx = nx;
            cy = ny;
            cz = nz;
            y = next;
        }
        out[0] = ox;
        out[1] = oy;
        out[2] = oz;
        return r;
    }

    /** Adds a wrapping vector to a cluster's basis if independent; returns the new rank. */
    private static int addVector(int[][] basis, int[] rank, int root, int[] vec) {
        if (basis[root] == null) {
            basis[root] = new int[9];
        }
        int r = rank[root];
        if (r == 3) {
            return 3;
        }
        double[][] m = new double[r + 1][];
        for (int b = 0; b < r; b++) {
            m[b] = new double[] {basis[root][3 * b], basis[root][3 * b + 1], basis[root][3 * b + 2]};
        }
        m[r] = new double[] {vec[0], vec[1], vec[2]};
        if (rankOf(m) > r) {
            basis[root][3 * r] = vec[0];
            basis[root][3 * r + 1] = vec[1];
            basis[root][3 * r + 2] = vec[2];
            rank[root] = r + 1;
        }
        return rank[root];
    }

    private static int rankOf(double[][] rows) {
        double[][] a = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            a[i] = rows[i].clone();
        }
        int rank = 0;
        for (int col = 0; col < 3 && rank < a.length; col++) {
            int piv = -1;
            for (int r = rank; r < a.length; r++) {
                if (Math.abs(a[r][col]) > 1e-9 && (piv < 0 || Math.abs(a[r][col]) > Math.abs(a[piv][col]))) {
                    piv = r;
                }
            }
            if (piv < 0) {
                continue;
            }
            double[] t = a[piv];
            a[piv] = a[rank];
            a[rank] = t;
            for (int r = rank + 1; r < a.length; r++) {
                double f = a[r][col] / a[rank][col];
                for (int c = col; c < 3; c++) {
                    a[r][c] -= f * a[rank][c];
                }
            }
            rank++;
        }
        return rank;
    }

    /**
     * The highest level at which the region still has at least the given dimensionality (bisection on the level,
     * 30 steps between 0 and the maximum), or 0 if it never reaches it.
     */
    public static double threshold(double[] v, int na, int nb, int nc, int dims) {
        double hi = 0;
        for (double x : v) {
            hi = Math.max(hi, x);
        }
        double lo = 0;
        if (dimensionality(v, na, nb, nc, Double.MIN_VALUE) < dims) {
            return 0;
        }
        for (int it = 0; it < 30; it++) {
            double mid = 0.5 * (lo + hi);
            if (dimensionality(v, na, nb, nc, mid) >= dims) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
