package org.ionhop.grid;

/**
 * Union-find over the nodes of a periodic graph that also tracks, for every node, the lattice translation
 * of the copy of it that is connected to its root's copy in cell 0, and for every set the rank of its
 * wrapping vectors. When an edge closes a cycle between two copies of one set that differ by a non-zero
 * translation w, the set's periodic copies are connected along w; the number of linearly independent such
 * w (0 to 3) is the dimensionality of the set's percolation (the exact test of the issue, in place of
 * bounding boxes or supercell image counting).
 */
public final class PeriodicUnionFind {
    private final int[] parent;
    private final int[] off;        // 3 per node: translation of the node's connected copy relative to its parent
    private final int[] rank;       // union by size
    private final int[][] basis;    // per root: up to 3 independent wrapping vectors (flattened), lazily allocated
    private final byte[] dim;       // per root: number of independent wrapping vectors
    private final int[] tmpA = new int[3];
    private final int[] tmpB = new int[3];

    /** A union-find of n nodes, each its own set with no wrapping vector. */
    public PeriodicUnionFind(int n) {
        parent = new int[n];
        off = new int[3 * n];
        rank = new int[n];
        basis = new int[n][];
        dim = new byte[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    /**
     * Root of x; writes into {@code outOff} the translation of x's copy that is connected to the root's copy
     * in cell 0. Compresses the path.
     */
    public int find(int x, int[] outOff) {
        int r = x;
        int ox = 0;
        int oy = 0;
        int oz = 0;
        while (parent[r] != r) {
            ox += off[3 * r];
            oy += off[3 * r + 1];
            oz += off[3 * r + 2];
            r = parent[r];
        }
        // second pass: point every node on the path at the root with its accumulated offset
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
        if (outOff != null) {
            outOff[0] = ox;
            outOff[1] = oy;
            outOff[2] = oz;
        }
        return r;
    }

    /**
     * Joins u (in cell 0) with the copy of v in cell (dx, dy, dz). Returns the root of the joined set.
     */
    public int union(int u, int v, int dx, int dy, int dz) {
        int ru = find(u, tmpA);
        int rv = find(v, tmpB);
        // v's copy at d is connected to rv's copy at (d - ov) ... in ru's frame: ou + d - ov
        int wx = tmpA[0] + dx - tmpB[0];
        int wy = tmpA[1] + dy - tmpB[1];
        int wz = tmpA[2] + dz - tmpB[2];
        if (ru == rv) {
            if (wx != 0 || wy != 0 || wz != 0) {
                addWrap(ru, wx, wy, wz);
            }
            return ru;
        }
        // attach the smaller under the larger
        if (rank[ru] < rank[rv]) {
            parent[ru] = rv;
            off[3 * ru] = -wx;
            off[3 * ru + 1] = -wy;
            off[3 * ru + 2] = -wz;
            rank[rv] += rank[ru] + 1;
            mergeBasis(rv, ru);
            return rv;
        }
        parent[rv] = ru;
        off[3 * rv] = wx;
        off[3 * rv + 1] = wy;
        off[3 * rv + 2] = wz;
        rank[ru] += rank[rv] + 1;
        mergeBasis(ru, rv);
        return ru;
    }

    private void mergeBasis(int into, int from) {
        int[] b = basis[from];
        for (int t = 0; t < dim[from]; t++) {
            addWrap(into, b[3 * t], b[3 * t + 1], b[3 * t + 2]);
        }
        basis[from] = null;
    }

    /** Adds a wrapping vector to a root's basis if it is linearly independent of those there. */
    private void addWrap(int root, int x, int y, int z) {
        int d = dim[root];
        if (d == 3) {
            return;
        }
        int[] b = basis[root];
        if (b == null) {
            b = new int[9];
            basis[root] = b;
        }
        boolean independent;
        if (d == 0) {
            independent = true;
        } else if (d == 1) {
            long cx = (long) b[1] * z - (long) b[2] * y;
            long cy = (long) b[2] * x - (long) b[0] * z;
            long cz = (long) b[0] * y - (long) b[1] * x;
            independent = cx != 0 || cy != 0 || cz != 0;
        } else {
            long cx = (long) b[1] * b[5] - (long) b[2] * b[4];
            long cy = (long) b[2] * b[3] - (long) b[0] * b[5];
            long cz = (long) b[0] * b[4] - (long) b[1] * b[3];
            independent = cx * x + cy * y + cz * z != 0;
        }
        if (independent) {
            b[3 * d] = x;
            b[3 * d + 1] = y;
            b[3 * d + 2] = z;
            dim[root] = (byte) (d + 1);
        }
    }

    /** Percolation dimensionality (0-3) of the set containing x. */
    public int dimension(int x) {
        return dim[find(x, null)];
    }

    /** The wrapping vectors of the set containing x (rows), as many as its dimension. */
    public int[][] wrappingVectors(int x) {
        int r = find(x, null);
        int[][] out = new int[dim[r]][];
        for (int t = 0; t < dim[r]; t++) {
            out[t] = new int[] {basis[r][3 * t], basis[r][3 * t + 1], basis[r][3 * t + 2]};
        }
        return out;
    }
}
