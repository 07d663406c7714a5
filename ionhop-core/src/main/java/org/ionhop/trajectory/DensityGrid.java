package org.ionhop.trajectory;

import org.ionhop.structure.Lattice;

/**
 * Probability density of the mobile ions on a grid over the cell: a histogram of every ion's position in every frame,
 * wrapped into the reference cell, optionally smoothed by a Gaussian, and normalised to a number density (ions per
 * Å³) whose integral over the cell is the number of ions (physics.md, "Diffusion from trajectories").
 *
 * <p>Index of voxel (i, j, k) along a, b, c: {@code (i * nb + j) * nc + k}. For NPT runs the positions are taken in
 * the first frame's cell (the drift-corrected unwrapped positions keep the cell of the first frame).
 *
 * @param lattice the cell
 * @param na      voxels along a
 * @param nb      voxels along b
 * @param nc      voxels along c
 * @param values  ions per Å³ in each voxel
 */
public record DensityGrid(Lattice lattice, int na, int nb, int nc, double[] values) {

    /**
     * Builds the density of all mobile ions.
     *
     * @param d        the displacements
     * @param spacingA target voxel size (Å)
     * @param smoothA  standard deviation of the Gaussian smoothing (Å), 0 for none
     */
    public static DensityGrid of(Displacements d, double spacingA, double smoothA) {
        if (!(spacingA > 0)) {
            throw new IllegalArgumentException("grid spacing must be positive, got " + spacingA + " Å");
        }
        Lattice l = d.referenceLattice();
        int na = Math.max(4, (int) Math.ceil(l.a() / spacingA));
        int nb = Math.max(4, (int) Math.ceil(l.b() / spacingA));
        int nc = Math.max(4, (int) Math.ceil(l.c() / spacingA));
        double[] counts = new double[na * nb * nc];
        int frames = d.frames();
        int block = (int) Math.max(1, Math.min(d.ions(), (1L << 22) / (3L * frames)));
        double[] f = new double[3];
        for (int from = 0; from < d.ions(); from += block) {
            int to = Math.min(d.ions(), from + block);
            double[][] s = new double[3 * (to - from)][frames];
            d.read(from, to, s);
            for (int i = 0; i < to - from; i++) {
                for (int t = 0; t < frames; t++) {
                    l.toFractional(s[3 * i][t], s[3 * i + 1][t], s[3 * i + 2][t], f);
                    int ia = bin(f[0], na);
                    int ib = bin(f[1], nb);
                    int ic = bin(f[2], nc);
                    counts[(ia * nb + ib) * nc + ic] += 1;
                }
            }
        }
        double voxel = l.volume() / counts.length;
        double norm = 1.0 / (frames * voxel);
        for (int i = 0; i < counts.length; i++) {
            counts[i] *= norm;
        }
        if (smoothA > 0) {
            smooth(counts, na, nb, nc, new double[] {smoothA * na / l.a(), smoothA * nb / l.b(), smoothA * nc / l.c()});
        }
        return new DensityGrid(l, na, nb, nc, counts);
    }

    private static int bin(double x, int n) {
        double w = x - Math.floor(x);
        int i = (int) (w * n);
        return i >= n ? n - 1 : i;
    }

    /** Separable periodic Gaussian convolution; sigma in voxels along each axis (approximate for skewed cells). */
    private static void smooth(double[] v, int na, int nb, int nc, double[] sigma) {
        int[] n = {na, nb, nc};
        for (int axis = 0; axis < 3; axis++) {
            double s = sigma[axis];
            int r = (int) Math.ceil(3 * s);
            if (r < 1) {
                continue;
            }
            double[] k = new double[2 * r + 1];
            double sum = 0;
            for (int i = -r; i <= r; i++) {
                k[i + r] = Math.exp(-0.5 * i * i / (s * s));
                sum += k[i + r];
            }
            for (int i = 0; i < k.length; i++) {
                k[i] /= sum;
            }
            int len = n[axis];
            double[] line = new double[len];
            int stride = axis == 0 ? nb * nc : axis == 1 ? nc : 1;
            int o1 = axis == 0 ? nb : na;
            int o2 = axis == 2 ? nb : nc;
            for (int p = 0; p < o1; p++) {
                for (int q = 0; q < o2; q++) {
                    int base = switch (axis) {
                        case 0 -> p * nc + q;
                        case 1 -> p * nb * nc + q;
                        default -> (p * nb + q) * nc;
                    };
                    for (int i = 0; i < len; i++) {
                        line[i] = v[base + i * stride];
                    }
                    for (int i = 0; i < len; i++) {
                        double acc = 0;
                        for (int j = -r; j <= r; j++) {
                            acc += k[j + r] * line[Math.floorMod(i + j, len)];
                        }
                        v[base + i * stride] = acc;
                    }
                }
            }
        }
    }

    /** Value of voxel (i, j, k). */
    public double at(int i, int j, int k) {
        return values[(i * nb + j) * nc + k];
    }

    /** The integral over the cell (number of ions). */
    public double integral() {
        double s = 0;
        for (double x : values) {
            s += x;
        }
        return s * lattice.volume() / values.length;
    }

    /** Mean value (ions / cell volume). */
    public double mean() {
        return integral() / lattice.volume();
    }

    /** Largest value. */
    public double max() {
        double m = 0;
        for (double x : values) {
            m = Math.max(m, x);
        }
        return m;
    }
}
