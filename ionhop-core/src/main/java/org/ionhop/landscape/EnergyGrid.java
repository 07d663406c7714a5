package org.ionhop.landscape;

import org.ionhop.structure.Lattice;

/**
 * Values on a periodic grid over the cell: point (i, j, k) sits at fractional coordinates
 * (i/na, j/nb, k/nc), and the flat index is {@code (i nb + j) nc + k} (a slowest, c fastest, as in
 * Gaussian cube files). The array is shared, not copied: treat it as read-only.
 *
 * @param lattice the cell
 * @param na      points along a
 * @param nb      points along b
 * @param nc      points along c
 * @param values  na nb nc values (eV for an energy landscape)
 */
public record EnergyGrid(Lattice lattice, int na, int nb, int nc, double[] values) {
    /** Checks the size. */
    public EnergyGrid {
        if (na < 1 || nb < 1 || nc < 1 || values.length != (long) na * nb * nc) {
            throw new IllegalArgumentException("grid " + na + "x" + nb + "x" + nc + " does not match "
                    + values.length + " values");
        }
    }

    /**
     * Grid dimensions for a requested spacing: ceil(|a_i| / spacing) points along each axis, so the actual
     * spacing never exceeds the request.
     */
    public static int[] dimensionsFor(Lattice lattice, double spacingA) {
        if (!(spacingA > 0) || !Double.isFinite(spacingA)) {
            throw new IllegalArgumentException("grid spacing must be positive, got " + spacingA);
        }
        double[] len = {lattice.a(), lattice.b(), lattice.c()};
        int[] n = new int[3];
        for (int d = 0; d < 3; d++) {
            long v = (long) Math.ceil(len[d] / spacingA - 1e-9);
            if (v > 2000) {
                throw new IllegalArgumentException("grid spacing " + spacingA + " Å gives " + v + " points along one axis");
            }
            n[d] = (int) Math.max(2, v);
        }
        return n;
    }

    /** Number of points. */
    public int size() {
        return values.length;
    }

    /** Flat index of (i, j, k), each already in range. */
    public int index(int i, int j, int k) {
        return (i * nb + j) * nc + k;
    }

    /** Value at (i, j, k), wrapping the indices periodically. */
    public double at(int i, int j, int k) {
        return values[index(Math.floorMod(i, na), Math.floorMod(j, nb), Math.floorMod(k, nc))];
    }

    /** Fractional coordinates of a flat index. */
    public double[] frac(int index) {
        int k = index % nc;
        int j = (index / nc) % nb;
        int i = index / (nb * nc);
        return new double[] {(double) i / na, (double) j / nb, (double) k / nc};
    }

    /** Minimum value. */
    public double min() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** Index of the minimum value (the first, if tied). */
    public int argMin() {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }
}
