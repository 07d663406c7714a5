package org.ionhop.structure;

/**
 * Determinant and inverse of a 3 x 3 matrix by cofactors: the lattice, supercell and symmetry code all need them
 * for exactly 3 x 3 and gain nothing from a general solver.
 */
public final class Matrix3 {
    private Matrix3() {
    }

    /** The determinant. */
    public static double determinant(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** The inverse (adjugate over the determinant); the caller has checked that the determinant is not zero. */
    public static double[][] inverse(double[][] a) {
        return inverse(a, determinant(a));
    }

    /** The inverse, given the determinant already computed. */
    static double[][] inverse(double[][] a, double det) {
        double[][] r = new double[3][3];
        r[0][0] = (a[1][1] * a[2][2] - a[1][2] * a[2][1]) / det;
        r[0][1] = (a[0][2] * a[2][1] - a[0][1] * a[2][2]) / det;
        r[0][2] = (a[0][1] * a[1][2] - a[0][2] * a[1][1]) / det;
        r[1][0] = (a[1][2] * a[2][0] - a[1][0] * a[2][2]) / det;
        r[1][1] = (a[0][0] * a[2][2] - a[0][2] * a[2][0]) / det;
        r[1][2] = (a[0][2] * a[1][0] - a[0][0] * a[1][2]) / det;
        r[2][0] = (a[1][0] * a[2][1] - a[1][1] * a[2][0]) / det;
        r[2][1] = (a[0][1] * a[2][0] - a[0][0] * a[2][1]) / det;
        r[2][2] = (a[0][0] * a[1][1] - a[0][1] * a[1][0]) / det;
        return r;
    }
}
