package org.ionhop.mesoscale;

import java.util.SplittableRandom;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.ConjugateGradient;
import org.hipparchus.linear.JacobiPreconditioner;
import org.hipparchus.linear.RealLinearOperator;
import org.hipparchus.linear.RealVector;

import org.ionhop.io.NumericalFailureException;

/**
 * The second route to a composite's conductivity: a random resistor network on a cubic voxel grid (S. Kirkpatrick,
 * Rev. Mod. Phys. 45, 574, 1973). Filler spheres of a given radius are dropped at uniformly random centres
 * (overlaps allowed, periodic box) until the filler voxel fraction reaches the target; voxels within the shell
 * thickness of a sphere surface that are not filler become interface; the rest is matrix. Each voxel carries its
 * phase's conductivity; neighbouring voxel centres are joined by the series conductance of two half voxels,
 * g = 2 s_a s_b / (s_a + s_b) (unit voxel edge). A unit potential drop is applied between two electrode planes
 * at the faces x = 0 and x = n (each face voxel joined to its electrode by 2 s, half a voxel), periodic in y and z.
 * Kirchhoff's current law at every voxel is the symmetric positive semi-definite system A V = b, solved by the
 * Jacobi-preconditioned conjugate gradient of Hipparchus on a matrix-free {@link RealLinearOperator} (7 non-zeros
 * per row; the matrix is never stored). The conductivity is the current through the box per unit field and area,
 * sigma = I n / n^2 in units of the phase conductivities. The current entering at x = 0 and leaving at x = n must
 * agree (charge conservation); both are returned.
 *
 * <p>Unlike the effective-medium formulas, the network has a true percolation threshold set by the connectivity of
 * the random microstructure (site percolation on the simple cubic lattice at a fraction 0.3116 for single voxels).
 */
public final class ResistorNetwork {
    /** Phase codes of the voxels. */
    static final byte MATRIX = 0;
    /** Filler voxel. */
    static final byte FILLER = 1;
    /** Interface-shell voxel. */
    static final byte SHELL = 2;

    private ResistorNetwork() {
    }

    /**
     * One random microstructure.
     *
     * @param n      voxels per edge
     * @param phases phase code of voxel (x, y, z) at index (x n + y) n + z
     */
    public record Microstructure(int n, byte[] phases) {
        /** Volume fraction of a phase code (0 matrix, 1 filler, 2 shell). */
        public double fraction(int phase) {
            int c = 0;
            for (byte p : phases) {
                if (p == phase) {
                    c++;
                }
            }
            return c / (double) phases.length;
        }
    }

    /**
     * The solved network.
     *
     * @param sigma        effective conductivity (unit of the phase conductivities), from the inflow at x = 0
     * @param sigmaOutflow the same from the outflow at x = n (equal to {@code sigma} to the solver's tolerance)
     * @param iterations   conjugate-gradient iterations
     */
    public record Solution(double sigma, double sigmaOutflow, int iterations) {
    }

    /**
     * Builds a random microstructure.
     *
     * @param n              voxels per edge
     * @param geometry       spheres (with shells) or independent single voxels (exactly round(f n^3) of them)
     * @param radiusVoxels   sphere radius in voxels
     * @param shellVoxels    shell thickness in voxels (spheres only)
     * @param fillerFraction target filler volume fraction
     * @param seed           random seed
     */
    public static Microstructure build(NetworkGeometry geometry, int n, double radiusVoxels, double shellVoxels, double fillerFraction,
                                       long seed) {
        int total = n * n * n;
        byte[] phase = new byte[total];
        SplittableRandom rng = new SplittableRandom(seed);
        long target = Math.round(fillerFraction * total);
        if (geometry == NetworkGeometry.SITES) {
            // Partial Fisher-Yates shuffle: the first `target` of a random permutation become filler.
            int[] idx = new int[total];
            for (int i = 0; i < total; i++) {
                idx[i] = i;
            }
            for (int i = 0; i < target; i++) {
                int j = i + rng.nextInt(total - i);
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
                phase[idx[i]] = FILLER;
            }
            return new Microstructure(n, phase);
        }
        boolean[] shell = new boolean[total];
        double outer = radiusVoxels + shellVoxels;
        int reach = (int) Math.ceil(outer);
        long filled = 0;
        while (filled < target) {
            double cx = rng.nextDouble() * n;
            double cy = rng.nextDouble() * n;
            double cz = rng.nextDouble() * n;
            int ix = (int) Math.floor(cx);
            int iy = (int) Math.floor(cy);
            int iz = (int) Math.floor(cz);
            for (int dx = -reach; dx <= reach + 1; dx++) {
                for (int dy = -reach; dy <= reach + 1; dy++) {
                    for (int dz = -reach; dz <= reach + 1; dz++) {
                        // voxel centres at integer + 0.5
                        double rx = ix + dx + 0.5 - cx;
                        double ry = iy + dy + 0.5 - cy;
                        double rz = iz + dz + 0.5 - cz;
                        double d = Math.sqrt(rx * rx + ry * ry + rz * rz);
                        if (d >= outer) {
                            continue;
                        }
                        int k = (Math.floorMod(ix + dx, n) * n + Math.floorMod(iy + dy, n)) * n
                                + Math.floorMod(iz + dz, n);
                        if (d < radiusVoxels) {
                            if (phase[k] != FILLER) {
                                phase[k] = FILLER;
                                filled++;
                            }
                        } else {
                            shell[k] = true;
                        }
                    }
                }
            }
        }
        for (int k = 0; k < total; k++) {
            if (shell[k] && phase[k] != FILLER) {
                phase[k] = SHELL;
            }
        }
        return new Microstructure(n, phase);
    }

    /**
     * Solves Kirchhoff's equations of a microstructure with the given phase conductivities.
     *
     * @param m             the microstructure
     * @param matrix        matrix conductivity
     * @param filler        filler conductivity
     * @param shell         shell conductivity
     * @param tolerance     relative residual at which CG stops
     * @param maxIterations CG iteration limit
     * @throws NumericalFailureException if CG does not converge
     */
    public static Solution solve(Microstructure m, double matrix, double filler, double shell, double tolerance,
                                 int maxIterations) {
        int n = m.n();
        int total = n * n * n;
        double[] s = new double[total];
        for (int k = 0; k < total; k++) {
            s[k] = switch (m.phases()[k]) {
                case FILLER -> filler;
                case SHELL -> shell;
                default -> matrix;
            };
        }
        // Bond conductances to the +x, +y, +z neighbour (y, z periodic; x open, bond absent at x = n - 1).
        double[] gx = new double[total];
        double[] gy = new double[total];
        double[] gz = new double[total];
        double[] left = new double[n * n];
        double[] right = new double[n * n];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                for (int z = 0; z < n; z++) {
                    int k = (x * n + y) * n + z;
                    if (x < n - 1) {
                        gx[k] = series(s[k], s[k + n * n]);
                    }
                    gy[k] = series(s[k], s[(x * n + (y + 1) % n) * n + z]);
                    gz[k] = series(s[k], s[(x * n + y) * n + (z + 1) % n]);
                }
            }
        }
        for (int k = 0; k < n * n; k++) {
            left[k] = 2 * s[k];
            right[k] = 2 * s[(n - 1) * n * n + k];
        }
        return solve(n, gx, gy, gz, left, right, n, tolerance, maxIterations);
    }

    /**
     * Kirkpatrick's random bond network (Rev. Mod. Phys. 45, 574, 1973): the nodes of an n^3 simple cubic lattice
     * with every bond, the electrode bonds included, independently of conductance {@code filler} with probability
     * {@code fillerFraction} and {@code matrix} otherwise. Its effective-medium equation, sum_i p_i (g_i - g) /
     * (g_i + (z / 2 - 1) g) = 0 with z = 6, is the three-dimensional symmetric Bruggeman equation, which the
     * network follows closely away from its percolation threshold (bond threshold 0.2488 against the medium's 1/3).
     * The electrodes are one bond beyond the faces, so the length is n + 1 bonds.
     */
    public static Solution solveBonds(int n, double matrix, double filler, double fillerFraction, long seed,
                                      double tolerance, int maxIterations) {
        int total = n * n * n;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] gx = new double[total];
        double[] gy = new double[total];
        double[] gz = new double[total];
        double[] left = new double[n * n];
        double[] right = new double[n * n];
        for (int k = 0; k < total; k++) {
            gx[k] = k < (n - 1) * n * n ? pick(rng, fillerFraction, filler, matrix) : 0;
            gy[k] = pick(rng, fillerFraction, filler, matrix);
            gz[k] = pick(rng, fillerFraction, filler, matrix);
        }
        for (int k = 0; k < n * n; k++) {
            left[k] = pick(rng, fillerFraction, filler, matrix);
            right[k] = pick(rng, fillerFraction, filler, matrix);
        }
        return solve(n, gx, gy, gz, left, right, n + 1, tolerance, maxIterations);
    }

    private static double pick(SplittableRandom rng, double p, double a, double b) {
        return rng.nextDouble() < p ? a : b;
    }

    /**
     * Solves the Kirchhoff system of given bond conductances with unit potential on the x = 0 electrode and zero on
     * the x = n electrode; sigma = I length / n^2.
     */
    private static Solution solve(int n, double[] gx, double[] gy, double[] gz, double[] left, double[] right,
                                  double length, double tolerance, int maxIterations) {
        int total = n * n * n;
        double[] diag = new double[total];
        double[] b = new double[total];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                for (int z = 0; z < n; z++) {
                    int k = (x * n + y) * n + z;
                    double d = gx[k] + gy[k] + gz[k];
                    if (x > 0) {
                        d += gx[k - n * n];
                    }
                    d += gy[(x * n + (y + n - 1) % n) * n + z];
                    d += gz[(x * n + y) * n + (z + n - 1) % n];
                    if (x == 0) {
                        d += left[y * n + z];
                        b[k] = left[y * n + z];
                    }
                    if (x == n - 1) {
                        d += right[y * n + z];
                    }
                    diag[k] = d;
                }
            }
        }
        // A node cut off by insulating bonds has an all-zero row: give it the identity row (V = 0 there, b = 0),
        // which leaves the rest of the system unchanged and keeps A positive semi-definite.
        boolean[] isolated = new boolean[total];
        for (int k = 0; k < total; k++) {
            if (diag[k] == 0) {
                isolated[k] = true;
                diag[k] = 1;
            }
        }
        RealLinearOperator a = new Kirchhoff(n, gx, gy, gz, diag, isolated);
        ConjugateGradient cg = new ConjugateGradient(maxIterations, tolerance, false);
        RealVector v;
        try {
            v = cg.solve(a, new JacobiPreconditioner(diag, false), new ArrayRealVector(b, false));
        } catch (MathIllegalStateException e) {
            throw new NumericalFailureException("conjugate gradient did not reach a relative residual of "
                    + tolerance + " in " + maxIterations + " iterations on a " + n + "^3 resistor network", e);
        }
        double in = 0;
        double out = 0;
        for (int k = 0; k < n * n; k++) {
            in += left[k] * (1 - v.getEntry(k));
            out += right[k] * v.getEntry((n - 1) * n * n + k);
        }
        double scale = length / ((double) n * n);
        return new Solution(in * scale, out * scale, cg.getIterationManager().getIterations());
    }

    private static double series(double a, double b) {
        double sum = a + b;
        return sum == 0 ? 0 : 2 * a * b / sum;
    }

    /**
     * Samples of the network at one filler volume fraction.
     *
     * @param settings       network settings
     * @param shellVoxels    shell thickness in voxels
     * @param fillerFraction target filler volume fraction
     * @param matrix         matrix conductivity
     * @param filler         filler conductivity
     * @param shell          shell conductivity
     * @return per sample: sigma, filler fraction (voxels, or the bond probability), shell fraction, iterations
     */
    public static double[][] sample(NetworkSettings settings, double shellVoxels, double fillerFraction,
                                    double matrix, double filler, double shell) {
        double[][] out = new double[settings.samples()][];
        for (int i = 0; i < settings.samples(); i++) {
            long seed = settings.seed() + i;
            if (settings.geometry() == NetworkGeometry.BONDS) {
                Solution sol = solveBonds(settings.gridSize(), matrix, filler, fillerFraction, seed,
                        settings.tolerance(), settings.maxIterations());
                out[i] = new double[] {sol.sigma(), fillerFraction, 0, sol.iterations()};
                continue;
            }
            Microstructure m = build(settings.geometry(), settings.gridSize(), settings.radiusVoxels(), shellVoxels,
                    fillerFraction, seed);
            Solution sol = solve(m, matrix, filler, shell, settings.tolerance(), settings.maxIterations());
            out[i] = new double[] {sol.sigma(), m.fraction(FILLER), m.fraction(SHELL), sol.iterations()};
        }
        return out;
    }

    /** The Kirchhoff matrix applied without storing it: (A v)_k = d_k v_k - sum_bonds g v_neighbour. */
    private static final class Kirchhoff implements RealLinearOperator {
        private final int n;
        private final double[] gx;
        private final double[] gy;
        private final double[] gz;
        private final double[] diag;
        private final boolean[] isolated;

        Kirchhoff(int n, double[] gx, double[] gy, double[] gz, double[] diag, boolean[] isolated) {
            this.n = n;
            this.gx = gx;
            this.gy = gy;
            this.gz = gz;
            this.diag = diag;
            this.isolated = isolated;
        }

        @Override
        public int getRowDimension() {
            return diag.length;
        }

        @Override
        public int getColumnDimension() {
            return diag.length;
        }

        @Override
        public RealVector operate(RealVector x) {
            double[] v = x instanceof ArrayRealVector arv ? arv.getDataRef() : x.toArray();
            double[] r = new double[v.length];
            int nn = n * n;
            for (int xi = 0; xi < n; xi++) {
                for (int y = 0; y < n; y++) {
                    int yp = (y + 1) % n;
                    int ym = (y + n - 1) % n;
                    for (int z = 0; z < n; z++) {
                        int k = (xi * n + y) * n + z;
                        if (isolated[k]) {
                            r[k] = v[k];
                            continue;
                        }
                        int zp = (z + 1) % n;
                        int zm = (z + n - 1) % n;
                        double acc = diag[k] * v[k];
                        if (xi < n - 1) {
                            acc -= gx[k] * v[k + nn];
                        }
                        if (xi > 0) {
                            acc -= gx[k - nn] * v[k - nn];
                        }
                        int kyp = (xi * n + yp) * n + z;
                        int kym = (xi * n + ym) * n + z;
                        acc -= gy[k] * v[kyp] + gy[kym] * v[kym];
                        int kzp = (xi * n + y) * n + zp;
                        int kzm = (xi * n + y) * n + zm;
                        acc -= gz[k] * v[kzp] + gz[kzm] * v[kzm];
                        r[k] = acc;
                    }
                }
            }
            return new ArrayRealVector(r, false);
        }
    }
}
