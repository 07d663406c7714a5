package org.ionhop.grid;

import org.ionhop.structure.Lattice;

/**
 * Values on a periodic grid over a cell, the one grid type of ionhop (an energy landscape in eV, an ion number
 * density in 1/Å³): na x nb x nc points, point (i, j, k) at fractional coordinates (i/na, j/nb, k/nc) (a histogram
 * says in its own documentation when its voxel (i, j, k) is the bin [i/na, (i+1)/na) instead), flat index
 * {@code (i nb + j) nc + k} (a slowest, c fastest, as in Gaussian cube files). The array is shared, not copied:
 * treat it as read-only.
 *
 * @param lattice the cell
 * @param na      points along a
 * @param nb      points along b
 * @param nc      points along c
 * @param values  na nb nc values
 */
public record PeriodicGrid(Lattice lattice, int na, int nb, int nc, double[] values) {
    /** Largest number of points along one axis that {@link #dimensionsFor} gives. */
    public static final int MAX_POINTS_PER_AXIS = 2000;

    /** Checks the size. */
    public PeriodicGrid {
        if (na < 1 || nb < 1 || nc < 1 || values.length != (long) na * nb * nc) {
            throw new IllegalArgumentException("grid " + na + "x" + nb + "x" + nc + " does not match "
                    + values.length + " values");
        }
    }

    /**
     * Grid dimensions for a requested spacing: ceil(|a_i| / spacing) points along each axis (at least 2), so the
     * actual spacing never exceeds the request.
     *
     * @throws IllegalArgumentException if the spacing is not positive or gives more than
     *                                  {@value #MAX_POINTS_PER_AXIS} points along an axis
     */
    public static int[] dimensionsFor(Lattice lattice, double spacingA) {
        if (!(spacingA > 0) || !Double.isFinite(spacingA)) {
            throw new IllegalArgumentException("grid spacing must be positive, got " + spacingA);
        }
        double[] len = {lattice.a(), lattice.b(), lattice.c()};
        int[] n = new int[3];
        for (int d = 0; d < 3; d++) {
            long v = (long) Math.ceil(len[d] / spacingA - 1e-9);
            if (v > MAX_POINTS_PER_AXIS) {
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

    /** The numbers of points along a, b, c. */
    public int[] dimensions() {
        return new int[] {na, nb, nc};
    }

    /** Flat index of (i, j, k), each already in range. */
    public int index(int i, int j, int k) {
        return (i * nb + j) * nc + k;
    }

    /** Value at (i, j, k), wrapping the indices periodically. */
    public double at(int i, int j, int k) {
        return values[index(Math.floorMod(i, na), Math.floorMod(j, nb), Math.floorMod(k, nc))];
    }

    /** Fractional coordinates (i/na, j/nb, k/nc) of a flat index. */
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

    /** Largest value, or 0 if every value is negative (a density is never negative). */
    public double max() {
        double m = 0;
        for (double x : values) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** The integral over the cell: the mean value times the cell volume (for a density, the number of ions). */
    public double integral() {
        double s = 0;
        for (double x : values) {
            s += x;
        }
        return s * lattice.volume() / values.length;
    }

    /** Mean value (the integral over the cell volume). */
    public double mean() {
        return integral() / lattice.volume();
    }

    /** The grid with {@code shift} subtracted from every value (a new array), e.g. energies relative to the minimum. */
    public PeriodicGrid minus(double shift) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] - shift;
        }
        return new PeriodicGrid(lattice, na, nb, nc, v);
    }

    /**
     * Face neighbour of point p in direction dir (0..5: +a, -a, +b, -b, +c, -c) on a grid of dimensions n; writes its
     * flat index into out[0] and the lattice translation of the neighbour's copy (one of the components -1, 0 or 1
     * across a cell face) into out[1..3]. {@code idx} is scratch space of length 3.
     */
    public static void neighbour(int p, int dir, int[] n, int[] idx, int[] out) {
        idx[2] = p % n[2];
        idx[1] = (p / n[2]) % n[1];
        idx[0] = p / (n[1] * n[2]);
        int axis = dir >> 1;
        int t = idx[axis] + ((dir & 1) == 0 ? 1 : -1);
        int wrap = Math.floorDiv(t, n[axis]);
        idx[axis] = t - wrap * n[axis];
        out[0] = (idx[0] * n[1] + idx[1]) * n[2] + idx[2];
        out[1] = axis == 0 ? wrap : 0;
        out[2] = axis == 1 ? wrap : 0;
        out[3] = axis == 2 ? wrap : 0;
    }
}
