package org.ionhop.structure;

/**
 * Periodic neighbour search with cell lists for any triclinic cell, in time linear in the number of points.
 *
 * <p>Points are binned on an {@code n_a x n_b x n_c} grid in fractional space whose bins are at least
 * {@code binWidthA} thick perpendicular to each face (the thickness of a slab of fractional width 1/n_j is
 * s_j/n_j, with s_j the lattice-plane spacing). A sphere of radius r around a point with fractional
 * coordinates f spans fractional coordinates f_j &plusmn; r |b*_j| (b*_j the reciprocal vectors without 2 pi), so the
 * bins with indices floor((f_j &plusmn; r |b*_j|) n_j) cover it. Bin indices outside [0, n_j) are periodic images:
 * index k is bin k mod n_j shifted by floor(k / n_j) cells. Each image is therefore visited once, and the search
 * is exact for every radius, including radii larger than the cell (the range then spans several periods).
 *
 * <p>Immutable once built, so queries may run in parallel.
 */
public final class CellList {
    private final Lattice lattice;
    private final double[] m = new double[9];     // rows a, b, c
    private final double[] recipLen = new double[3];
    private final int[] n = new int[3];
    private final double[] cart;                  // wrapped Cartesian positions, flat
    private final int[] binStart;                 // CSR over bins
    private final int[] binPoints;
    private final int size;

    private CellList(Lattice lattice, double[] frac, double binWidthA) {
        if (!(binWidthA > 0)) {
            throw new IllegalArgumentException("bin width must be positive, got " + binWidthA);
        }
        if (frac.length % 3 != 0) {
            throw new IllegalArgumentException("coordinates must come in triples");
        }
        this.lattice = lattice;
        this.size = frac.length / 3;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[3 * i + j] = lattice.component(i, j);
            }
        }
        double[] spacing = lattice.planeSpacings();
        long maxBins = Math.max(8, 4L * size);
        for (int j = 0; j < 3; j++) {
            recipLen[j] = 1.0 / spacing[j];
            n[j] = (int) Math.max(1, Math.min(1 << 20, Math.floor(spacing[j] / binWidthA)));
        }
        // Very small bin widths would make mostly empty bins: coarsen until there are at most ~4 bins per point.
        while ((long) n[0] * n[1] * n[2] > maxBins) {
            int big = n[0] >= n[1] && n[0] >= n[2] ? 0 : n[1] >= n[2] ? 1 : 2;
            n[big] = Math.max(1, n[big] / 2);
        }
        int bins = n[0] * n[1] * n[2];
        cart = new double[3 * size];
        int[] binOf = new int[size];
        binStart = new int[bins + 1];
        for (int p = 0; p < size; p++) {
            double fa = Site.wrap(frac[3 * p]);
            double fb = Site.wrap(frac[3 * p + 1]);
            double fc = Site.wrap(frac[3 * p + 2]);
            int ba = Math.min(n[0] - 1, (int) (fa * n[0]));
            int bb = Math.min(n[1] - 1, (int) (fb * n[1]));
            int bc = Math.min(n[2] - 1, (int) (fc * n[2]));
            binOf[p] = (ba * n[1] + bb) * n[2] + bc;
            binStart[binOf[p] + 1]++;
            cart[3 * p] = fa * m[0] + fb * m[3] + fc * m[6];
            cart[3 * p + 1] = fa * m[1] + fb * m[4] + fc * m[7];
            cart[3 * p + 2] = fa * m[2] + fb * m[5] + fc * m[8];
        }
        for (int b = 0; b < bins; b++) {
            binStart[b + 1] += binStart[b];
        }
        binPoints = new int[size];
        int[] fill = binStart.clone();
        for (int p = 0; p < size; p++) {
            binPoints[fill[binOf[p]]++] = p;
        }
    }

    /**
     * A cell list of fractional coordinates (flat: a0, b0, c0, a1, ...), binned for searches of about
     * {@code binWidthA} (use the cut-off radius you will query with; any radius works).
     */
    public static CellList ofFractional(Lattice lattice, double[] frac, double binWidthA) {
        return new CellList(lattice, frac, binWidthA);
    }

    /**
     * A cell list of Cartesian positions (flat: x0, y0, z0, x1, ..., Å), e.g. an MD frame; positions outside the
     * cell are wrapped in.
     */
    public static CellList ofCartesian(Lattice lattice, double[] xyz, double binWidthA) {
        if (xyz.length % 3 != 0) {
            throw new IllegalArgumentException("coordinates must come in triples");
        }
        double[] frac = new double[xyz.length];
        double[] f = new double[3];
        for (int p = 0; p < xyz.length; p += 3) {
            lattice.toFractional(xyz[p], xyz[p + 1], xyz[p + 2], f);
            System.arraycopy(f, 0, frac, p, 3);
        }
        return new CellList(lattice, frac, binWidthA);
    }

    /** A cell list of the sites of a structure (indices are site indices). */
    public static CellList of(Structure s, double binWidthA) {
        double[] f = new double[3 * s.numSites()];
        for (int i = 0; i < s.numSites(); i++) {
            Site site = s.sites().get(i);
            f[3 * i] = site.frac(0);
            f[3 * i + 1] = site.frac(1);
            f[3 * i + 2] = site.frac(2);
        }
        return new CellList(s.lattice(), f, binWidthA);
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    /** The lattice. */
    public Lattice lattice() {
        return lattice;
    }

    /** Bins along a, b, c (for benchmarks and tests of the binning). */
    public int[] bins() {
        return n.clone();
    }

    /**
     * Visits every image of every point within {@code radiusA} of the Cartesian point (x, y, z), the query
     * point itself included if it is one of the points (distance 0).
     */
    public void forEachWithin(double x, double y, double z, double radiusA, NeighborVisitor visitor) {
        double[] f = new double[3];
        lattice.toFractional(x, y, z, f);
        double r2 = radiusA * radiusA;
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int j = 0; j < 3; j++) {
            double ext = radiusA * recipLen[j];
            lo[j] = (int) Math.floor((f[j] - ext) * n[j]);
            hi[j] = (int) Math.floor((f[j] + ext) * n[j]);
        }
        for (int ka = lo[0]; ka <= hi[0]; ka++) {
            int wa = Math.floorMod(ka, n[0]);
            int sa = Math.floorDiv(ka, n[0]);
            for (int kb = lo[1]; kb <= hi[1]; kb++) {
                int wb = Math.floorMod(kb, n[1]);
                int sb = Math.floorDiv(kb, n[1]);
                for (int kc = lo[2]; kc <= hi[2]; kc++) {
                    int wc = Math.floorMod(kc, n[2]);
                    int sc = Math.floorDiv(kc, n[2]);
                    double ox = sa * m[0] + sb * m[3] + sc * m[6] - x;
                    double oy = sa * m[1] + sb * m[4] + sc * m[7] - y;
                    double oz = sa * m[2] + sb * m[5] + sc * m[8] - z;
                    int bin = (wa * n[1] + wb) * n[2] + wc;
                    for (int q = binStart[bin]; q < binStart[bin + 1]; q++) {
                        int p = binPoints[q];
                        double dx = cart[3 * p] + ox;
                        double dy = cart[3 * p + 1] + oy;
                        double dz = cart[3 * p + 2] + oz;
                        double d2 = dx * dx + dy * dy + dz * dz;
                        if (d2 <= r2) {
                            visitor.visit(p, sa, sb, sc, dx, dy, dz, d2);
                        }
                    }
                }
            }
        }
    }

    /** Visits the neighbour images of point i within {@code radiusA}, excluding point i itself (its own periodic
     *  images at nonzero lattice vectors are included when the radius reaches them). */
    public void forEachNeighbor(int i, double radiusA, NeighborVisitor visitor) {
        forEachWithin(cart[3 * i], cart[3 * i + 1], cart[3 * i + 2], radiusA, (p, na, nb, nc, dx, dy, dz, d2) -> {
            if (p != i || na != 0 || nb != 0 || nc != 0) {
                visitor.visit(p, na, nb, nc, dx, dy, dz, d2);
            }
        });
    }

    /** Number of neighbour images of point i within the radius (self excluded). */
    public int countNeighbors(int i, double radiusA) {
        int[] c = new int[1];
        forEachNeighbor(i, radiusA, (p, na, nb, nc, dx, dy, dz, d2) -> c[0]++);
        return c[0];
    }

    /** The full neighbour list of all points within {@code radiusA}, in compressed primitive arrays. */
    public NeighborList neighborList(double radiusA) {
        return NeighborList.build(this, radiusA);
    }

    /** Cartesian x, y, z of point i as stored (wrapped into the cell). */
    public void position(int i, double[] out) {
        out[0] = cart[3 * i];
        out[1] = cart[3 * i + 1];
        out[2] = cart[3 * i + 2];
    }
}
