package org.ionhop.disorder;

import java.util.ArrayList;
import java.util.List;

import org.ionhop.structure.Lattice;
import org.ionhop.structure.Matrix3;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * Supercells by an integer matrix M: the new lattice vectors are the rows of M L (L the rows a, b, c), a point
 * with parent fractional coordinates f has f M^-1 in the supercell, and the det M parent translations t with
 * t M^-1 in [0, 1)^3 repeat every site.
 */
final class Supercells {
    private Supercells() {
    }

    /** Determinant of a 3x3 integer matrix given row by row. */
    static long determinant(List<Integer> m) {
        if (m.size() != 9) {
            return 0;
        }
        long a = m.get(0);
        long b = m.get(1);
        long c = m.get(2);
        long d = m.get(3);
        long e = m.get(4);
        long f = m.get(5);
        long g = m.get(6);
        long h = m.get(7);
        long i = m.get(8);
        return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    }

    /** The diagonal supercell with at least {@code minAtoms} sites, grown one step at a time along the shortest axis. */
    static List<Integer> diagonalFor(Structure s, int minAtoms) {
        int[] n = {1, 1, 1};
        double[] len = {s.lattice().a(), s.lattice().b(), s.lattice().c()};
        while ((long) s.numSites() * n[0] * n[1] * n[2] < minAtoms) {
            int best = 0;
            for (int k = 1; k < 3; k++) {
                if (len[k] * n[k] < len[best] * n[best] - 1e-9) {
                    best = k;
                }
            }
            n[best]++;
        }
        return List.of(n[0], 0, 0, 0, n[1], 0, 0, 0, n[2]);
    }

    /** The parent translations inside the supercell (det M of them). */
    static List<int[]> translations(List<Integer> m) {
        double[][] inv = inverse(m);
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int c = 0; c < 3; c++) {
            for (int corner = 0; corner < 8; corner++) {
                int v = 0;
                for (int r = 0; r < 3; r++) {
                    if ((corner >> r & 1) == 1) {
                        v += m.get(3 * r + c);
                    }
                }
                lo[c] = Math.min(lo[c], v);
                hi[c] = Math.max(hi[c], v);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int x = lo[0]; x <= hi[0]; x++) {
            for (int y = lo[1]; y <= hi[1]; y++) {
                for (int z = lo[2]; z <= hi[2]; z++) {
                    double[] f = times(new double[] {x, y, z}, inv);
                    if (inside(f)) {
                        out.add(new int[] {x, y, z});
                    }
                }
            }
        }
        if (out.size() != determinant(m)) {
            throw new IllegalStateException("found " + out.size() + " translations for a supercell of determinant "
                    + determinant(m));
        }
        return out;
    }

    private static boolean inside(double[] f) {
        for (double v : f) {
            if (v < -1e-9 || v >= 1 - 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** Row vector times matrix. */
    static double[] times(double[] f, double[][] m) {
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) {
            out[c] = f[0] * m[0][c] + f[1] * m[1][c] + f[2] * m[2][c];
        }
        return out;
    }

    /** Inverse of the integer matrix. */
    static double[][] inverse(List<Integer> m) {
        double[][] a = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                a[r][c] = m.get(3 * r + c);
            }
        }
        return Matrix3.inverse(a);
    }

    /** The supercell lattice M L. */
    static Lattice lattice(Lattice l, List<Integer> m) {
        double[][] rows = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                for (int k = 0; k < 3; k++) {
                    rows[r][c] += m.get(3 * r + k) * l.component(k, c);
                }
            }
        }
        return Lattice.fromMatrix(rows);
    }

    /** Parent fractional points repeated into the supercell (each point's images together). */
    static List<double[]> points(List<double[]> parentFrac, List<Integer> m) {
        double[][] inv = inverse(m);
        List<int[]> ts = translations(m);
        List<double[]> out = new ArrayList<>(parentFrac.size() * ts.size());
        for (double[] f : parentFrac) {
            for (int[] t : ts) {
                double[] g = times(new double[] {f[0] + t[0], f[1] + t[1], f[2] + t[2]}, inv);
                out.add(new double[] {Site.wrap(g[0]), Site.wrap(g[1]), Site.wrap(g[2])});
            }
        }
        return out;
    }

    /** The supercell structure; each parent site's images together, labels kept. */
    static Structure of(Structure s, List<Integer> m) {
        List<Site> sites = new ArrayList<>();
        for (Site site : s.sites()) {
            for (double[] f : points(List.of(site.frac()), m)) {
                sites.add(site.withFrac(f));
            }
        }
        return new Structure(lattice(s.lattice(), m), sites, s.source(), s.spaceGroup(), s.symmetryOpsUsed(),
                s.oxidationSource());
    }
}
