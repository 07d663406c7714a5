package org.ionhop.kmc;

/**
 * A Fenwick (binary indexed) tree of non-negative rates with O(log n) update and O(log n) selection of the
 * leaf whose cumulative interval contains a random number: the event selection of the BKL algorithm.
 * Leaves are kept separately so that a leaf can be set (not only incremented) and the tree rebuilt from them,
 * which removes the rounding drift of many incremental updates.
 */
final class SumTree {
    private final double[] tree;
    private final double[] leaf;
    private final int n;
    private final int topBit;

    SumTree(int n) {
        this.n = n;
        this.tree = new double[n + 1];
        this.leaf = new double[n];
        this.topBit = n == 0 ? 0 : Integer.highestOneBit(n);
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
        leaf[i] = v;
        for (int k = i + 1; k <= n; k += k & -k) {
            tree[k] += delta;
        }
    }

    /** Sum of all leaves. */
    double total() {
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
