package org.ionhop.fit;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Non-negative least squares, min |A x - b| subject to x_j &gt;= 0 for the constrained columns, by the active-set
 * algorithm of Lawson and Hanson (Solving Least Squares Problems, Prentice-Hall 1974, chapter 23, algorithm NNLS),
 * with the unconstrained sub-problems solved by Hipparchus QR. Columns flagged free may take any sign.
 */
public final class Nnls {
    private Nnls() {
    }

    /**
     * Solves the problem.
     *
     * @param a      m x n matrix (rows)
     * @param b      right-hand side, length m
     * @param free   which columns are unconstrained (may be null: all constrained)
     * @return x, length n
     */
    public static double[] solve(double[][] a, double[] b, boolean[] free) {
        // Columns are scaled to unit norm first, so that the optimality tolerance means the same for every
        // unknown (in the DRT the inductance column is ~1e9 times larger than the others).
        int m = a.length;
        int n = a[0].length;
        double[] scale = new double[n];
        double[][] as = new double[m][n];
        for (int j = 0; j < n; j++) {
            double s2 = 0;
            for (int i = 0; i < m; i++) {
                s2 += a[i][j] * a[i][j];
            }
            scale[j] = s2 > 0 ? 1 / Math.sqrt(s2) : 1;
            for (int i = 0; i < m; i++) {
                as[i][j] = a[i][j] * scale[j];
            }
        }
        double[] y = solveScaled(as, b, free);
        for (int j = 0; j < n; j++) {
            y[j] *= scale[j];
        }
        return y;
    }

    private static double[] solveScaled(double[][] a, double[] b, boolean[] free) {
        int m = a.length;
        int n = a[0].length;
        boolean[] passive = new boolean[n];
        double[] x = new double[n];
        if (free != null) {
            for (int j = 0; j < n; j++) {
                passive[j] = free[j];
            }
            x = subSolve(a, b, passive);
        }
        double tol = 1e-12 * norm(a) * norm(b);
        for (int outer = 0; outer < 30 * n + 10; outer++) {
            double[] w = gradient(a, b, x, m, n);
            int best = -1;
            double wmax = tol;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && w[j] > wmax) {
                    wmax = w[j];
                    best = j;
                }
            }
            if (best < 0) {
                break;
            }
            passive[best] = true;
            for (int inner = 0; inner < 3 * n + 10; inner++) {
                double[] z = subSolve(a, b, passive);
                double alpha = 1;
                int limiting = -1;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && !isFree(free, j) && z[j] <= 0) {
                        double step = x[j] / (x[j] - z[j]);
                        if (step < alpha || limiting < 0) {
                            alpha = Math.min(alpha, step);
                            limiting = j;
                        }
                    }
                }
                if (limiting < 0) {
                    x = z;
                    break;
                }
                double xmax = 0;
                for (int j = 0; j < n; j++) {
                    x[j] += alpha * (z[j] - x[j]);
                    xmax = Math.max(xmax, Math.abs(x[j]));
                }
                // the variable that limited the step is exactly zero; others that reached zero leave too
                x[limiting] = 0;
                passive[limiting] = false;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && !isFree(free, j) && x[j] <= 1e-14 * xmax) {
                        passive[j] = false;
                        x[j] = 0;
                    }
                }
            }
        }
        return x;
    }

    private static boolean isFree(boolean[] free, int j) {
        return free != null && free[j];
    }

    /** w = A^T (b - A x). */
    private static double[] gradient(double[][] a, double[] b, double[] x, int m, int n) {
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            double s = b[i];
            for (int j = 0; j < n; j++) {
                s -= a[i][j] * x[j];
            }
            r[i] = s;
        }
        double[] w = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                w[j] += a[i][j] * r[i];
            }
        }
        return w;
    }

    /** Least squares on the passive columns; the others are zero. */
    private static double[] subSolve(double[][] a, double[] b, boolean[] passive) {
        int n = passive.length;
        int k = 0;
        int[] cols = new int[n];
        for (int j = 0; j < n; j++) {
            if (passive[j]) {
                cols[k++] = j;
            }
        }
        double[] x = new double[n];
        if (k == 0) {
            return x;
        }
        RealMatrix sub = new Array2DRowRealMatrix(a.length, k);
        for (int i = 0; i < a.length; i++) {
            for (int c = 0; c < k; c++) {
                sub.setEntry(i, c, a[i][cols[c]]);
            }
        }
        double[] z = new QRDecomposition(sub, 1e-14).getSolver().solve(new ArrayRealVector(b, false)).toArray();
        for (int c = 0; c < k; c++) {
            x[cols[c]] = z[c];
        }
        return x;
    }

    private static double norm(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    private static double norm(double[] b) {
        double s = 0;
        for (double v : b) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
