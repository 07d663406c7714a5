package org.ionhop.trajectory;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.grid.CubeFile;
import org.ionhop.grid.PeriodicGrid;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;

/**
 * Probability density of the mobile ions on a {@link PeriodicGrid} over the cell: a histogram of every ion's position
 * in every frame, wrapped into the reference cell, optionally smoothed by a Gaussian, and normalised to a number
 * density (ions per Å³) whose integral over the cell is the number of ions (physics.md, "Diffusion from
 * trajectories").
 *
 * <p>Voxel (i, j, k) is the bin [i/na, (i+1)/na) x [j/nb, (j+1)/nb) x [k/nc, (k+1)/nc) of fractional coordinates. For
 * NPT runs the positions are taken in the first frame's cell (the drift-corrected unwrapped positions keep the cell of
 * the first frame). Percolation of the density: {@link org.ionhop.grid.GridPercolation#superLevelThresholds}.
 */
public final class DensityGrid {
    private DensityGrid() {
    }

    /**
     * Builds the density of all mobile ions.
     *
     * @param d        the displacements
     * @param spacingA target voxel size (Å)
     * @param smoothA  standard deviation of the Gaussian smoothing (Å), 0 for none
     */
    public static PeriodicGrid of(Displacements d, double spacingA, double smoothA) {
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
        return new PeriodicGrid(l, na, nb, nc, counts);
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

    /**
     * Writes a density as a Gaussian cube file ({@link CubeFile}, values {@code %12.5E} in 1/Å³) with the atoms of
     * the first frame.
     *
     * @param grid    the density
     * @param species element symbol of each atom
     * @param frac    fractional coordinates of the atoms (3 per atom)
     * @param title   first comment line
     * @param out     destination (flushed, not closed)
     */
    public static void writeCube(PeriodicGrid grid, List<String> species, double[] frac, String title, Writer out) {
        List<CubeFile.Atom> atoms = new ArrayList<>(species.size());
        for (int a = 0; a < species.size(); a++) {
            int z = Element.fromSymbol(species.get(a)).map(Element::atomicNumber).orElse(0);
            atoms.add(new CubeFile.Atom(z, new double[] {frac[3 * a], frac[3 * a + 1], frac[3 * a + 2]}));
        }
        String comment = "ion number density (1/Angstrom^3); integral "
                + String.format(Locale.ROOT, "%.4f", grid.integral()) + " ions; written by ionhop";
        CubeFile.write(grid, atoms, title, comment, CubeFile.Values.SCIENTIFIC_5, out);
    }
}
