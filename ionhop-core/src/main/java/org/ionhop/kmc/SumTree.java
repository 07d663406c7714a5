package org.ionhop.kmc;

/**
 * A Fenwick (binary indexed) tree of non-negative rates with O(log n) update and O(log n) selection of the
 * leaf whose cumulative interval contains a random number: the event selection of the BKL algorithm.
 * Leaves are kept separately so that a leaf can be set (not only incremented) and the tree rebuilt from them,
 * which removes the rounding drift of many incremental updates.
 *
 * <p>Round-off residue: an incremental update {@code node += (new - old)} rounds each node to the precision of
 * its current value, so after the rates have fallen by many decades (an interacting gas ordering: totals from
 * about 1e2 to 1e-14 per ps) the nodes can hold residues from the earlier, larger values that exceed the true
 * sum, or make it negative. The tree therefore keeps a rigorous bound on the rounding error committed since the
 * last rebuild (each addition errs by at most 2^-53 of its result, IEEE 754 round to nearest; every error sits in
 * one node, and a prefix sum uses each node at most once, so the sum of all of them bounds the error of any
 * prefix or of the total), and {@link #total()} rebuilds the sums exactly from the leaves whenever that bound
 * exceeds {@link #REL_TOL} of the total. With rates of similar size the bound stays far below that between the
 * periodic rebuilds, so the extra rebuilds happen only after the total has collapsed.
 */
final class SumTree {
    /** Largest tolerated rounding-error bound relative to the total (selection probabilities good to this). */
    static final double REL_TOL = 1e-9;
    /** Unit roundoff of double, 2^-53. */
    private static final double U = 0x1p-53;

    private final double[] tree;
    private final double[] leaf;
    private final int n;
    private final int topBit;
    private final int depth;
    /** Bound on the absolute rounding error of every partial sum since the last rebuild. */
    private double errorBound;

    SumTree(int n) {
        this.n = n;
        this.tree = new double[n + 1];
        this.leaf = new double[n];
        this.topBit = n == 0 ? 0 : Integer.highestOneBit(n);
        this.depth = 32 - Integer.numberOfLeadingZeros(Math.max(n, 1));
    }

    int size() {
        return n;
    }

    double leaf(int i) {
        return leaf[i];
    }

    /** Sets leaf i to value v. */
    void set(int i, double v) {
        double delta = v - leaf[i];
        if (delta == 0) {
            return;
        }
        // The difference itself is rounded once (that error enters each node on the path, but any prefix sum
        // holds at most one of those nodes); each node's addition errs by at most U times its new value.
        double err = Math.abs(delta);
        leaf[i] = v;
        for (int k = i + 1; k <= n; k += k & -k) {
            tree[k] += delta;
            err += Math.abs(tree[k]);
        }
        errorBound += U * err;
    }

    /**
     * Sum of all leaves; first rebuilds the sums from the leaves when the rounding residue of the incremental
     * updates could exceed {@link #REL_TOL} of it (including a total that has become zero or negative).
     */
    double total() {
        double s = sum();
        if (errorBound > REL_TOL * s) {
            rebuild();
            s = sum();
        }
        return s;
    }

    /** The bound on the rounding error of the partial sums since the last rebuild (for tests). */
    double errorBound() {
        return errorBound;
    }

    private double sum() {
        double s = 0;
        for (int k = n; k > 0; k -= k & -k) {
            s += tree[k];
        }
        return s;
    }

    /** Rebuilds the internal sums exactly from the leaves in O(n). */
    void rebuild() {
        for (int k = 1; k <= n; k++) {
            tree[k] = leaf[k - 1];
        }
        for (int k = 1; k <= n; k++) {
            int p = k + (k & -k);
            if (p <= n) {
                tree[p] += tree[k];
            }
        }
        // Summed from exact leaves: each node is a sum of at most n non-negative terms, err <= depth U node; a
        // prefix or the total adds at most depth such nodes.
        errorBound = 2 * depth * U * sum();
    }

    /**
     * Finds the leaf i with prefix(i) &lt;= u &lt; prefix(i) + leaf(i), where prefix(i) is the sum of the leaves
     * before i. Writes u - prefix(i) to {@code remainder[0]}. Returns n if u is not below the total.
     */
    int find(double u, double[] remainder) {
        int pos = 0;
        for (int step = topBit; step > 0; step >>= 1) {
            int next = pos + step;
            if (next <= n && tree[next] <= u) {
                pos = next;
                u -= tree[next];
            }
        }
        remainder[0] = u;
        return pos;
    }
}
