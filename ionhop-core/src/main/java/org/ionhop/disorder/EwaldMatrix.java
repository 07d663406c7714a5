package org.ionhop.disorder;

import java.util.stream.IntStream;

import org.hipparchus.special.Erf;

import org.ionhop.structure.Lattice;
import org.ionhop.units.Constants;

/**
 * The electrostatic interaction of point charges at fixed positions of a periodic cell, as a symmetric matrix
 * {@code Phi} (eV per e^2) such that the energy of any charges q on those positions is {@code E = 1/2 q^T Phi q}:
 * the Ewald sum (Ewald, Ann. Phys. 369, 253 (1921); in the form of Allen &amp; Tildesley, Computer Simulation of
 * Liquids, 2nd ed. (2017), Sect. 6.2) split into
 *
 * <pre>
 * E = E_real + E_recip + E_self + E_background
 * E_real  = 1/2 sum_i sum_j sum_n' q_i q_j erfc(alpha |r_ij + n|) / |r_ij + n|        (n' : no i = j, n = 0 term)
 * E_recip = (2 pi / V) sum_{k != 0} exp(-k^2 / 4 alpha^2) / k^2 |sum_j q_j exp(i k.r_j)|^2
 * E_self  = -alpha / sqrt(pi) sum_i q_i^2
 * E_background = -pi Q^2 / (2 V alpha^2)        (Q = sum_i q_i; a uniform neutralising background)
 * </pre>
 *
 * all times e^2 / (4 pi eps0) = 14.3996 eV Å. Each term is a quadratic form in the charges, so they are written
 * once into {@code Phi}: off the diagonal the real-space, reciprocal and background pair terms, on the diagonal
 * the interaction of a site with its own images plus the self and background terms. The background term makes
 * the energy of a charged cell that of the charges in a uniform compensating background (the convention of plane-
 * wave codes and of the Makov-Payne correction); it is zero for a neutral cell.
 *
 * <p>Convergence: the splitting parameter is alpha = sqrt(pi) / V^(1/3) (balances the number of real-space
 * images and reciprocal vectors, both of order the cell count within the cut-offs), the real-space cut-off
 * r_c = p / alpha and the reciprocal cut-off k_c = 2 p alpha with p = 5.6, so each neglected tail is below
 * erfc(p) ~ exp(-p^2) ~ 2e-14 relative. The result does not depend on alpha (tested over a factor 4).
 */
public final class EwaldMatrix {
    /** Accuracy parameter p: both tails fall as exp(-p^2). */
    static final double ACCURACY_P = 5.6;

    private final int n;
    private final double[] phi; // row-major n x n, symmetric

    private EwaldMatrix(int n, double[] phi) {
        this.n = n;
        this.phi = phi;
    }

    /**
     * The matrix for positions in a cell with the default splitting parameter.
     *
     * @param lattice the periodic cell
     * @param frac    fractional coordinates, one row of three per position
     */
    public static EwaldMatrix of(Lattice lattice, double[][] frac) {
        return of(lattice, frac, Math.sqrt(Math.PI) / Math.cbrt(lattice.volume()));
    }

    /**
     * The matrix with a given splitting parameter (1/Å); the result is the same for any alpha within the
     * accuracy, which the tests use to check convergence.
     *
     * @param lattice the periodic cell
     * @param frac    fractional coordinates, one row of three per position
     * @param alpha   the Ewald splitting parameter in 1/Å
     */
    public static EwaldMatrix of(Lattice lattice, double[][] frac, double alpha) {
        int n = frac.length;
        double[][] cart = new double[n][];
        for (int i = 0; i < n; i++) {
            cart[i] = lattice.toCartesian(frac[i]);
        }
        double v = lattice.volume();
        double rc = ACCURACY_P / alpha;
        double kc = 2 * ACCURACY_P * alpha;
        double[][] m = lattice.matrix();
        double[] spacing = lattice.planeSpacings();
        // translations n with |r + n| < rc for some |r| within the cell: |n_j| <= rc / s_j + 1
        int[] nmax = new int[3];
        for (int j = 0; j < 3; j++) {
            nmax[j] = (int) Math.ceil(rc / spacing[j]) + 1;
        }
        double[][] trans = translations(m, nmax, rc + cellDiagonal(m));
        // reciprocal vectors k = 2 pi (h a* + k b* + l c*), half space (k and -k give the same cosine)
        double[][] recip = lattice.reciprocal().matrix();
        double[][] kvec = kVectors(recip, m, kc);
        double[] kw = new double[kvec.length];
        for (int t = 0; t < kvec.length; t++) {
            double k2 = dot(kvec[t], kvec[t]);
            // 2 x (4 pi / V) for the half space
            kw[t] = 2 * 4 * Math.PI / v * Math.exp(-k2 / (4 * alpha * alpha)) / k2;
        }
        double background = -Math.PI / (v * alpha * alpha);
        double self = -2 * alpha / Math.sqrt(Math.PI);
        double[] cosT = new double[kvec.length * n];
        double[] sinT = new double[kvec.length * n];
        for (int t = 0; t < kvec.length; t++) {
            for (int i = 0; i < n; i++) {
                double ph = dot(kvec[t], cart[i]);
                cosT[t * n + i] = Math.cos(ph);
                sinT[t * n + i] = Math.sin(ph);
            }
        }
        double[] phi = new double[n * n];
        double rc2 = rc * rc;
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = i; j < n; j++) {
                double dx = cart[j][0] - cart[i][0];
                double dy = cart[j][1] - cart[i][1];
                double dz = cart[j][2] - cart[i][2];
                double real = 0;
                for (double[] tr : trans) {
                    double x = dx + tr[0];
                    double y = dy + tr[1];
                    double z = dz + tr[2];
                    double r2 = x * x + y * y + z * z;
                    if (r2 < rc2 && r2 > 1e-20) {
                        double r = Math.sqrt(r2);
                        real += Erf.erfc(alpha * r) / r;
                    }
                }
                double rec = 0;
                for (int t = 0; t < kw.length; t++) {
                    rec += kw[t] * (cosT[t * n + i] * cosT[t * n + j] + sinT[t * n + i] * sinT[t * n + j]);
                }
                double value = real + rec + background + (i == j ? self : 0);
                phi[i * n + j] = value * Constants.COULOMB_EV_ANGSTROM;
            }
        });
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                phi[i * n + j] = phi[j * n + i];
            }
        }
        return new EwaldMatrix(n, phi);
    }

    private static double cellDiagonal(double[][] m) {
        double best = 0;
        // a difference of two points of the cell lies in the parallelepiped spanned by -1..1 times a, b, c
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                for (int c = -1; c <= 1; c++) {
                    double x = a * m[0][0] + b * m[1][0] + c * m[2][0];
                    double y = a * m[0][1] + b * m[1][1] + c * m[2][1];
                    double z = a * m[0][2] + b * m[1][2] + c * m[2][2];
                    best = Math.max(best, Math.sqrt(x * x + y * y + z * z));
                }
            }
        }
        return best;
    }

    /** Lattice translations within a radius (Cartesian), the origin included. */
    private static double[][] translations(double[][] m, int[] nmax, double radius) {
        java.util.List<double[]> out = new java.util.ArrayList<>();
        for (int a = -nmax[0]; a <= nmax[0]; a++) {
            for (int b = -nmax[1]; b <= nmax[1]; b++) {
                for (int c = -nmax[2]; c <= nmax[2]; c++) {
                    double x = a * m[0][0] + b * m[1][0] + c * m[2][0];
                    double y = a * m[0][1] + b * m[1][1] + c * m[2][1];
                    double z = a * m[0][2] + b * m[1][2] + c * m[2][2];
                    if (x * x + y * y + z * z <= radius * radius) {
                        out.add(new double[] {x, y, z});
                    }
                }
            }
        }
        return out.toArray(new double[0][]);
    }

    /**
     * Reciprocal vectors g = 2 pi (h a* + k b* + l c*) with 0 &lt; |g| &lt;= kc, one of each +-g pair. Since
     * h = g . a / (2 pi), |h| &lt;= kc |a| / (2 pi), and likewise for k and l.
     */
    private static double[][] kVectors(double[][] recip, double[][] real, double kc) {
        java.util.List<double[]> out = new java.util.ArrayList<>();
        int[] hmax = new int[3];
        for (int j = 0; j < 3; j++) {
            hmax[j] = (int) Math.ceil(kc * Math.sqrt(dot(real[j], real[j])) / (2 * Math.PI));
        }
        for (int h = 0; h <= hmax[0]; h++) {
            for (int k = -hmax[1]; k <= hmax[1]; k++) {
                for (int l = -hmax[2]; l <= hmax[2]; l++) {
                    // half space: h > 0, or h = 0 and k > 0, or h = k = 0 and l > 0
                    if (h == 0 && (k < 0 || (k == 0 && l <= 0))) {
                        continue;
                    }
                    double[] g = new double[3];
                    for (int c = 0; c < 3; c++) {
                        g[c] = 2 * Math.PI * (h * recip[0][c] + k * recip[1][c] + l * recip[2][c]);
                    }
                    if (dot(g, g) <= kc * kc) {
                        out.add(g);
                    }
                }
            }
        }
        return out.toArray(new double[0][]);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    /** Number of positions. */
    public int size() {
        return n;
    }

    /** Element (i, j) in eV per e^2. */
    public double get(int i, int j) {
        return phi[i * n + j];
    }

    /** The energy 1/2 q^T Phi q of charges q (e) on the positions, eV. */
    public double energyEv(double[] q) {
        if (q.length != n) {
            throw new IllegalArgumentException("expected " + n + " charges, got " + q.length);
        }
        double e = 0;
        for (int i = 0; i < n; i++) {
            if (q[i] == 0) {
                continue;
            }
            double row = 0;
            int base = i * n;
            for (int j = 0; j < n; j++) {
                row += phi[base + j] * q[j];
            }
            e += q[i] * row;
        }
        return 0.5 * e;
    }

    /** The electrostatic potential energy per unit charge at each position, {@code Phi q} (eV/e). */
    public double[] potentials(double[] q) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double row = 0;
            int base = i * n;
            for (int j = 0; j < n; j++) {
                row += phi[base + j] * q[j];
            }
            v[i] = row;
        }
        return v;
    }
}
