package org.ionhop.structure;

/**
 * A periodic lattice given by three vectors a, b, c (rows of {@link #matrix()}, Å).
 *
 * <p>Cartesian coordinates are {@code r = f_a a + f_b b + f_c c}. Cells built from parameters use the
 * standard orientation: a along x, b in the xy plane, c completing a right-handed set (as in VASP and
 * pymatgen), so a POSCAR written from a CIF and read back has the same vectors.
 *
 * <p>The minimum-image vector is exact for any triclinic cell, however skewed (see
 * {@link #minimumImageVector(double[], double[], double[])}).
 */
public final class Lattice {
    private final double[][] m;      // rows are a, b, c
    private final double[][] inv;    // inverse of m: frac = cart * inv
    private final double volume;
    private final double[] invSpacing; // |a*|, |b*|, |c*| (1/Å)

    private Lattice(double[][] rows) {
        this.m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(rows[i], 0, m[i], 0, 3);
        }
        double det = Matrix3.determinant(m);
        if (!(Math.abs(det) > 1e-8) || !Double.isFinite(det)) {
            throw new IllegalArgumentException("lattice vectors are linearly dependent (cell volume " + det + " Å³)");
        }
        this.volume = Math.abs(det);
        this.inv = Matrix3.inverse(m, det);
        double[] spacing = planeSpacings();
        this.invSpacing = new double[] {1 / spacing[0], 1 / spacing[1], 1 / spacing[2]};
    }

    /** Lattice from three row vectors (Å). */
    public static Lattice fromVectors(double[] a, double[] b, double[] c) {
        return new Lattice(new double[][] {a, b, c});
    }

    /** Lattice from a 3x3 matrix whose rows are a, b, c (Å). */
    public static Lattice fromMatrix(double[][] rows) {
        if (rows.length != 3 || rows[0].length != 3 || rows[1].length != 3 || rows[2].length != 3) {
            throw new IllegalArgumentException("lattice matrix must be 3x3");
        }
        return new Lattice(rows);
    }

    /**
     * Lattice from parameters: lengths in Å, angles in degrees (alpha between b and c, beta between a
     * and c, gamma between a and b).
     */
    public static Lattice fromParameters(double a, double b, double c, double alphaDeg, double betaDeg, double gammaDeg) {
        if (!(a > 0) || !(b > 0) || !(c > 0)) {
            throw new IllegalArgumentException("cell lengths must be positive, got a=" + a + " b=" + b + " c=" + c);
        }
        double al = Math.toRadians(alphaDeg);
        double be = Math.toRadians(betaDeg);
        double ga = Math.toRadians(gammaDeg);
        double cosA = cleanCos(al);
        double cosB = cleanCos(be);
        double cosG = cleanCos(ga);
        double sinG = Math.sin(ga);
        double[] va = {a, 0, 0};
        double[] vb = {b * cosG, b * sinG, 0};
        double cx = c * cosB;
        double cy = c * (cosA - cosB * cosG) / sinG;
        double cz2 = c * c - cx * cx - cy * cy;
        if (!(cz2 > 1e-12)) {
            throw new IllegalArgumentException("cell angles alpha=" + alphaDeg + " beta=" + betaDeg + " gamma="
                    + gammaDeg + " do not form a cell with positive volume");
        }
        double[] vc = {cx, cy, Math.sqrt(cz2)};
        return new Lattice(new double[][] {va, vb, vc});
    }

    /** cos of an angle with the rounding noise at 90° removed, so orthogonal cells are exactly orthogonal. */
    private static double cleanCos(double rad) {
        double c = Math.cos(rad);
        return Math.abs(c) < 1e-12 ? 0.0 : c;
    }

    /** A copy of the matrix whose rows are a, b, c (Å). */
    public double[][] matrix() {
        return new double[][] {m[0].clone(), m[1].clone(), m[2].clone()};
    }

    /** Lattice vector i (0 = a, 1 = b, 2 = c) as a copy. */
    public double[] vector(int i) {
        return m[i].clone();
    }

    /** Element (i, j) of the row matrix: component j of lattice vector i. */
    public double component(int i, int j) {
        return m[i][j];
    }

    /** Cell volume in Å³. */
    public double volume() {
        return volume;
    }

    /** Length of a in Å. */
    public double a() {
        return norm(m[0]);
    }

    /** Length of b in Å. */
    public double b() {
        return norm(m[1]);
    }

    /** Length of c in Å. */
    public double c() {
        return norm(m[2]);
    }

    /** Angle between b and c in degrees. */
    public double alpha() {
        return angle(m[1], m[2]);
    }

    /** Angle between a and c in degrees. */
    public double beta() {
        return angle(m[0], m[2]);
    }

    /** Angle between a and b in degrees. */
    public double gamma() {
        return angle(m[0], m[1]);
    }

    /** Lengths and angles {a, b, c, alpha, beta, gamma} (Å, degrees). */
    public double[] parameters() {
        return new double[] {a(), b(), c(), alpha(), beta(), gamma()};
    }

    /**
     * Reciprocal lattice with the crystallographer's convention (no 2 pi): rows a*, b*, c* with
     * a_i . b*_j = delta_ij (1/Å).
     */
    public Lattice reciprocal() {
        // Rows of the reciprocal matrix are the columns of the inverse.
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = inv[j][i];
            }
        }
        return new Lattice(r);
    }

    /**
     * Distance between the lattice planes of each family (100), (010), (001) in Å: 1/|a*|, 1/|b*|, 1/|c*|.
     * A sphere of radius r fits in the cell without touching its images when r is below half the smallest.
     */
    public double[] planeSpacings() {
        double[] d = new double[3];
        for (int j = 0; j < 3; j++) {
            double s = 0;
            for (int k = 0; k < 3; k++) {
                s += inv[k][j] * inv[k][j];
            }
            d[j] = 1.0 / Math.sqrt(s);
        }
        return d;
    }

    /** Fractional to Cartesian (Å). */
    public double[] toCartesian(double[] frac) {
        double[] out = new double[3];
        toCartesian(frac[0], frac[1], frac[2], out);
        return out;
    }

    /** Fractional to Cartesian into {@code out}, without allocation. */
    public void toCartesian(double fa, double fb, double fc, double[] out) {
        out[0] = fa * m[0][0] + fb * m[1][0] + fc * m[2][0];
        out[1] = fa * m[0][1] + fb * m[1][1] + fc * m[2][1];
        out[2] = fa * m[0][2] + fb * m[1][2] + fc * m[2][2];
    }

    /** Cartesian (Å) to fractional. */
    public double[] toFractional(double[] cart) {
        double[] out = new double[3];
        toFractional(cart[0], cart[1], cart[2], out);
        return out;
    }

    /** Cartesian to fractional into {@code out}, without allocation. */
    public void toFractional(double x, double y, double z, double[] out) {
        out[0] = x * inv[0][0] + y * inv[1][0] + z * inv[2][0];
        out[1] = x * inv[0][1] + y * inv[1][1] + z * inv[2][1];
        out[2] = x * inv[0][2] + y * inv[1][2] + z * inv[2][2];
    }

    /** Fractional coordinate i (0 = a, 1 = b, 2 = c) of a Cartesian point, without allocation. */
    public double fractional(int i, double x, double y, double z) {
        return x * inv[0][i] + y * inv[1][i] + z * inv[2][i];
    }

    /**
     * Minimum-image displacement vector from fractional point {@code f1} to {@code f2} (Cartesian, Å),
     * written into {@code out}; returns its squared length.
     *
     * <p>Exact for any triclinic cell: the fractional difference is wrapped into [-1/2, 1/2), giving a
     * vector d. The shortest image v = d + n has |v| &lt;= |d|, and its fractional component j is
     * v . b*_j, bounded by |v| |b*_j| = |v| / s_j with s_j the plane spacing. So only integers n_j with
     * |d_j + n_j| &lt;= |d| / s_j can win, which is one candidate per direction for ordinary cells and a few
     * more for skewed ones.
     */
    public double minimumImageVector(double[] f1, double[] f2, double[] out) {
        double da = f2[0] - f1[0];
        double db = f2[1] - f1[1];
        double dc = f2[2] - f1[2];
        da -= Math.floor(da + 0.5);
        db -= Math.floor(db + 0.5);
        dc -= Math.floor(dc + 0.5);
        double x0 = da * m[0][0] + db * m[1][0] + dc * m[2][0];
        double y0 = da * m[0][1] + db * m[1][1] + dc * m[2][1];
        double z0 = da * m[0][2] + db * m[1][2] + dc * m[2][2];
        double best = x0 * x0 + y0 * y0 + z0 * z0;
        double len = Math.sqrt(best) * (1 + 1e-12);
        double ra = len * invSpacing[0];
        double rb = len * invSpacing[1];
        double rc = len * invSpacing[2];
        int ia0 = (int) Math.ceil(-ra - da);
        int ia1 = (int) Math.floor(ra - da);
        int ib0 = (int) Math.ceil(-rb - db);
        int ib1 = (int) Math.floor(rb - db);
        int ic0 = (int) Math.ceil(-rc - dc);
        int ic1 = (int) Math.floor(rc - dc);
        double bx = x0;
        double by = y0;
        double bz = z0;
        for (int i = ia0; i <= ia1; i++) {
            for (int j = ib0; j <= ib1; j++) {
                for (int k = ic0; k <= ic1; k++) {
                    if (i == 0 && j == 0 && k == 0) {
                        continue;
                    }
                    double fa = da + i;
                    double fb = db + j;
                    double fc = dc + k;
                    double x = fa * m[0][0] + fb * m[1][0] + fc * m[2][0];
                    double y = fa * m[0][1] + fb * m[1][1] + fc * m[2][1];
                    double z = fa * m[0][2] + fb * m[1][2] + fc * m[2][2];
                    double d2 = x * x + y * y + z * z;
                    if (d2 < best) {
                        best = d2;
                        bx = x;
                        by = y;
                        bz = z;
                    }
                }
            }
        }
        out[0] = bx;
        out[1] = by;
        out[2] = bz;
        return best;
    }

    /** Minimum-image distance between two fractional points (Å). */
    public double minimumImageDistance(double[] f1, double[] f2) {
        return Math.sqrt(minimumImageVector(f1, f2, new double[3]));
    }

    /** A lattice scaled by integer factors along a, b, c (for supercells). */
    public Lattice scaled(int na, int nb, int nc) {
        double[][] r = matrix();
        int[] n = {na, nb, nc};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] *= n[i];
            }
        }
        return new Lattice(r);
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    private static double angle(double[] u, double[] v) {
        double c = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (norm(u) * norm(v));
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Lattice[a=%.5f b=%.5f c=%.5f alpha=%.4f beta=%.4f gamma=%.4f]",
                a(), b(), c(), alpha(), beta(), gamma());
    }
}
