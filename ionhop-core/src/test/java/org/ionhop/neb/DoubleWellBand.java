package org.ionhop.neb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Test fixture: a band for one Li atom moving along x in a tilted double well, with two fixed O spectators, in a
 * cubic cell of edge L. The surface is
 * <pre>
 *   V(x, y, z) = Eb (1 - u²/a²)² + c u + k/2 ((y - y0)² + (z - z0)²),   u = x (minimum image about x = 0)
 * </pre>
 * so the path crosses the cell boundary at x = 0. Minima u_A &lt; 0 &lt; u_B and the saddle u_S are the roots of
 * dV/du = -4 Eb u (1 - u²/a²) / a² + c, found by Newton's method; the exact forward barrier is V(u_S) - V(u_A).
 * Forces are F = -grad V, exactly. Written as a VASP NEB folder and as an extended-XYZ band.
 */
final class DoubleWellBand {
    static final double L = 10.0;
    static final double Y0 = 5.0;
    static final double Z0 = 5.0;
    final double eb;
    final double a;
    final double c;
    final double k;
    final double[] u;
    final double[][] offPath;

    /**
     * @param eb         symmetric barrier height, eV
     * @param a          half distance between the untilted minima, Å
     * @param c          tilt, eV/Å
     * @param k          transverse force constant, eV/Å²
     * @param before     segments from the initial minimum to the saddle
     * @param after      segments from the saddle to the final minimum
     * @param evenly     place the images evenly from minimum to minimum (no image at the saddle) instead
     */
    DoubleWellBand(double eb, double a, double c, double k, int before, int after, boolean evenly) {
        this.eb = eb;
        this.a = a;
        this.c = c;
        this.k = k;
        double ua = root(-a);
        double ub = root(a);
        double us = root(0);
        int n = before + after + 1;
        u = new double[n];
        for (int i = 0; i < n; i++) {
            if (evenly) {
                u[i] = ua + (ub - ua) * i / (n - 1);
            } else if (i <= before) {
                u[i] = ua + (us - ua) * i / before;
            } else {
                u[i] = us + (ub - us) * (i - before) / after;
            }
        }
        offPath = new double[n][2];
    }

    double energy(double uu) {
        double q = 1 - uu * uu / (a * a);
        return eb * q * q + c * uu;
    }

    double dEdu(double uu) {
        return -4 * eb * uu * (1 - uu * uu / (a * a)) / (a * a) + c;
    }

    double d2Edu2(double uu) {
        return -4 * eb * (1 - 3 * uu * uu / (a * a)) / (a * a);
    }

    /** Root of dV/du near {@code start}. */
    double root(double start) {
        double x = start;
        for (int it = 0; it < 100; it++) {
            double step = dEdu(x) / d2Edu2(x);
            x -= step;
            if (Math.abs(step) < 1e-15) {
                break;
            }
        }
        return x;
    }

    double exactForward() {
        return energy(root(0)) - energy(root(-a));
    }

    double exactReverse() {
        return energy(root(0)) - energy(root(a));
    }

    int size() {
        return u.length;
    }

    /** Cartesian positions of the three atoms in image i (Li wrapped into the cell). */
    double[][] positions(int i) {
        double x = u[i] < 0 ? u[i] + L : u[i];
        return new double[][] {{x, Y0 + offPath[i][0], Z0 + offPath[i][1]}, {2.0, 2.0, 2.0}, {7.0, 3.0, 8.0}};
    }

    double imageEnergy(int i) {
        double dy = offPath[i][0];
        double dz = offPath[i][1];
        return energy(u[i]) + 0.5 * k * (dy * dy + dz * dz);
    }

    double[][] forces(int i) {
        return new double[][] {{-dEdu(u[i]), -k * offPath[i][0], -k * offPath[i][1]}, {0, 0, 0}, {0, 0, 0}};
    }

    /** Writes 00..NN with POSCAR and OUTCAR (TOTEN twice, the last one counting, and a TOTAL-FORCE block). */
    void writeVasp(Path dir, double[][][] forceNoise) throws IOException {
        for (int i = 0; i < size(); i++) {
            Path d = dir.resolve(String.format(Locale.ROOT, "%02d", i));
            Files.createDirectories(d);
            double[][] p = positions(i);
            StringBuilder pos = new StringBuilder("double well image " + i + "\n1.0\n");
            pos.append(String.format(Locale.ROOT, "%.10f 0 0%n0 %.10f 0%n0 0 %.10f%n", L, L, L));
            pos.append("Li O\n1 2\nDirect\n");
            for (double[] r : p) {
                pos.append(String.format(Locale.ROOT, "%.12f %.12f %.12f%n", r[0] / L, r[1] / L, r[2] / L));
            }
            Files.writeString(d.resolve(i == 0 || i == size() - 1 ? "POSCAR" : "CONTCAR"), pos.toString());
            double[][] f = forces(i);
            StringBuilder out = new StringBuilder(" vasp.6.3.0 (synthetic)\n");
            out.append("  free  energy   TOTEN  =       ").append(fmt(imageEnergy(i) + 1.0)).append(" eV\n");
            out.append("  free  energy   TOTEN  =       ").append(fmt(imageEnergy(i))).append(" eV\n\n");
            out.append("  energy  without entropy=      ").append(fmt(imageEnergy(i) + 0.001))
                    .append("  energy(sigma->0) =      ").append(fmt(imageEnergy(i) + 0.0005)).append("\n\n");
            out.append(" POSITION                                       TOTAL-FORCE (eV/Angst)\n");
            out.append(" -----------------------------------------------------------------------------------\n");
            for (int at = 0; at < 3; at++) {
                double[] fa = f[at].clone();
                if (forceNoise != null) {
                    for (int x = 0; x < 3; x++) {
                        fa[x] += forceNoise[i][at][x];
                    }
                }
                out.append(String.format(Locale.ROOT, "  %12.5f %12.5f %12.5f   %14.8f %14.8f %14.8f%n", p[at][0],
                        p[at][1], p[at][2], fa[0], fa[1], fa[2]));
            }
            out.append(" -----------------------------------------------------------------------------------\n");
            Files.writeString(d.resolve("OUTCAR"), out.toString());
        }
    }

    /** Writes the band as ASE's extended XYZ. */
    void writeExtXyz(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size(); i++) {
            double[][] p = positions(i);
            double[][] f = forces(i);
            sb.append("3\n");
            sb.append(String.format(Locale.ROOT, "Lattice=\"%.1f 0.0 0.0 0.0 %.1f 0.0 0.0 0.0 %.1f\" "
                    + "Properties=species:S:1:pos:R:3:forces:R:3 energy=%s pbc=\"T T T\"%n", L, L, L,
                    fmt(imageEnergy(i))));
            String[] sp = {"Li", "O", "O"};
            for (int at = 0; at < 3; at++) {
                sb.append(String.format(Locale.ROOT, "%-2s %16.10f %16.10f %16.10f %16.10f %16.10f %16.10f%n", sp[at],
                        p[at][0], p[at][1], p[at][2], f[at][0], f[at][1], f[at][2]));
            }
        }
        Files.writeString(file, sb.toString());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.10f", v);
    }
}
