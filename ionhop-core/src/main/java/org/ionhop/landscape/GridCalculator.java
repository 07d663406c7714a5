package org.ionhop.landscape;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.ionhop.grid.PeriodicGrid;
import org.ionhop.io.ProgressListener;
import org.ionhop.structure.Lattice;

/**
 * Evaluates a {@link BvseModel} on a periodic grid with a cell list: the grid is cut into blocks of
 * {@value #BLOCK}^3 points; for each block, the framework images within (cut-off + block radius) of the
 * block centre are gathered once into a short index list, and every point of the block loops over that
 * list only; each sub-block of {@value #SUB}^3 points narrows that list once more (into contiguous arrays). This
 * is a cell list whose cells are the grid blocks, which keeps the candidate set within a factor
 * (1 + sub-block radius / cut-off)^3 of the true neighbours. Blocks are independent and run in parallel
 * on all cores (a block is a slab of a few grid planes).
 */
public final class GridCalculator {
    /** Block edge in grid points. */
    static final int BLOCK = 8;
    /** Sub-block edge in grid points (the candidate list is narrowed once more per sub-block). */
    static final int SUB = 4;

    private GridCalculator() {
    }

    /**
     * The energy landscape of the model on a grid of the given dimensions.
     *
     * @param model    the energy model
     * @param n        grid points along a, b, c
     * @param progress progress listener (blocks done / total), may be null
     */
    public static PeriodicGrid compute(BvseModel model, int[] n, ProgressListener progress) {
        return compute(model, n, progress, 0);
    }

    /**
     * The energy landscape on a grid, evaluated by a given number of threads.
     *
     * @param model    the energy model
     * @param n        grid points along a, b, c
     * @param progress progress listener (blocks done / total), may be null
     * @param threads  threads to use, 0 for the common pool (every core)
     */
    public static PeriodicGrid compute(BvseModel model, int[] n, ProgressListener progress, int threads) {
        Lattice lat = model.lattice();
        int na = n[0];
        int nb = n[1];
        int nc = n[2];
        double[] values = new double[na * nb * nc];
        int ba = (na + BLOCK - 1) / BLOCK;
        int bb = (nb + BLOCK - 1) / BLOCK;
        int bc = (nc + BLOCK - 1) / BLOCK;
        int blocks = ba * bb * bc;
        BvseModel.ImageSet im = model.images();
        double cut = model.cutoffA();
        AtomicInteger done = new AtomicInteger();
        IntConsumer block = b -> {
            int i0 = (b / (bb * bc)) * BLOCK;
            int j0 = ((b / bc) % bb) * BLOCK;
            int k0 = (b % bc) * BLOCK;
            int i1 = Math.min(na, i0 + BLOCK);
            int j1 = Math.min(nb, j0 + BLOCK);
            int k1 = Math.min(nc, k0 + BLOCK);
            computeBlock(lat, im, cut, n, values, i0, i1, j0, j1, k0, k1);
            int d = done.incrementAndGet();
            if (progress != null) {
                progress.progress(d, blocks);
            }
        };
        if (threads == 0) {
            IntStream.range(0, blocks).parallel().forEach(block);
        } else {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> IntStream.range(0, blocks).parallel().forEach(block)).join();
            } finally {
                pool.shutdown();
            }
        }
        return new PeriodicGrid(lat, na, nb, nc, values);
    }

    /**
     * One block: the images within reach of the block are gathered from all images, then each sub-block of
     * {@value #SUB}^3 points gathers its own (shorter) candidate list from the block's, copied into contiguous
     * arrays so that the point loop reads memory in order. Both gathers keep the images' ascending index order
     * within each pair table, so every point sums exactly the same terms in exactly the same order as a direct
     * loop over all images would (bit-for-bit the same grid, whatever BLOCK and SUB are).
     */
    private static void computeBlock(Lattice lat, BvseModel.ImageSet im, double cut, int[] n, double[] values,
                                     int i0, int i1, int j0, int j1, int k0, int k1) {
        double[] centre = new double[3];
        double reach = cut + radius(lat, n, i0, i1, j0, j1, k0, k1, centre) + 1e-9;
        int[][] byType = gather(im, centre, reach * reach);
        double cut2 = cut * cut;
        Candidates cand = new Candidates(byType);
        double[] p = new double[3];
        for (int si = i0; si < i1; si += SUB) {
            for (int sj = j0; sj < j1; sj += SUB) {
                for (int sk = k0; sk < k1; sk += SUB) {
                    int si1 = Math.min(i1, si + SUB);
                    int sj1 = Math.min(j1, sj + SUB);
                    int sk1 = Math.min(k1, sk + SUB);
                    double subReach = cut + radius(lat, n, si, si1, sj, sj1, sk, sk1, centre) + 1e-9;
                    cand.fill(im, byType, centre, subReach * subReach);
                    for (int i = si; i < si1; i++) {
                        for (int j = sj; j < sj1; j++) {
                            for (int k = sk; k < sk1; k++) {
                                lat.toCartesian((double) i / n[0], (double) j / n[1], (double) k / n[2], p);
                                values[(i * n[1] + j) * n[2] + k] = cand.energy(im.tables, p[0], p[1], p[2], cut2);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The model on a small cubic box of (2m + 1)^3 points around a Cartesian centre, point (i, j, k) at
     * centre + ((i - m) step, (j - m) step, (k - m) step) (Å), flat index {@code (i s + j) s + k} with s = 2m + 1:
     * the local fine grid of {@link SaddleRefiner}. The centre must lie in the cell (fractional [0, 1)) and the
     * box within {@link BvseModel#BOX_MARGIN_A} of it, so that the replicated images cover the cut-off of every
     * point. One candidate list is gathered for the whole box, as for a block of the cell grid; the sum is the
     * same as {@link BvseModel#energyAt} (up to the order of terms).
     */
    static double[] box(BvseModel model, double[] centre, double stepA, int m) {
        int s = 2 * m + 1;
        double halfDiagonal = Math.sqrt(3) * m * stepA;
        double cut = model.cutoffA();
        double reach = cut + halfDiagonal + 1e-9;
        BvseModel.ImageSet im = model.images();
        int[][] byType = gather(im, centre, reach * reach);
        Candidates cand = new Candidates(byType);
        cand.fill(im, byType, centre, reach * reach);
        double[] out = new double[s * s * s];
        double cut2 = cut * cut;
        for (int i = 0; i < s; i++) {
            double x = centre[0] + (i - m) * stepA;
            for (int j = 0; j < s; j++) {
                double y = centre[1] + (j - m) * stepA;
                for (int k = 0; k < s; k++) {
                    double z = centre[2] + (k - m) * stepA;
                    out[(i * s + j) * s + k] = cand.energy(im.tables, x, y, z, cut2);
                }
            }
        }
        return out;
    }

    /** Writes the Cartesian centre of the box of grid points into {@code centre}; returns its corner radius (Å). */
    private static double radius(Lattice lat, int[] n, int i0, int i1, int j0, int j1, int k0, int k1,
                                 double[] centre) {
        double fa = 0.5 * (i0 + i1 - 1) / n[0];
        double fb = 0.5 * (j0 + j1 - 1) / n[1];
        double fc = 0.5 * (k0 + k1 - 1) / n[2];
        lat.toCartesian(fa, fb, fc, centre);
        double radius = 0;
        double[] p = new double[3];
        for (int corner = 0; corner < 8; corner++) {
            double ca = (double) ((corner & 1) == 0 ? i0 : i1 - 1) / n[0];
            double cb = (double) ((corner & 2) == 0 ? j0 : j1 - 1) / n[1];
            double cc = (double) ((corner & 4) == 0 ? k0 : k1 - 1) / n[2];
            lat.toCartesian(ca, cb, cc, p);
            radius = Math.max(radius, dist(p, centre));
        }
        return radius;
    }

    private static double dist(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Indices of the images within reach of c, grouped by pair table (so the inner loop keeps one table). */
    private static int[][] gather(BvseModel.ImageSet im, double[] c, double reach2) {
        int types = im.tables.length;
        int[][] out = new int[types][im.size()];
        int[] count = new int[types];
        double[] xyz = im.xyz;
        for (int a = 0; a < im.size(); a++) {
            double dx = xyz[3 * a] - c[0];
            double dy = xyz[3 * a + 1] - c[1];
            double dz = xyz[3 * a + 2] - c[2];
            if (dx * dx + dy * dy + dz * dz < reach2) {
                int t = im.type[a];
                out[t][count[t]++] = a;
            }
        }
        for (int t = 0; t < types; t++) {
            out[t] = java.util.Arrays.copyOf(out[t], count[t]);
        }
        return out;
    }

    /**
     * The candidate images of a sub-block, per pair table, as contiguous coordinate and weight arrays (reused
     * from sub-block to sub-block of one block).
     */
    private static final class Candidates {
        final double[][] x;
        final double[][] y;
        final double[][] z;
        final double[][] w;
        final int[] count;

        Candidates(int[][] byType) {
            int types = byType.length;
            x = new double[types][];
            y = new double[types][];
            z = new double[types][];
            w = new double[types][];
            count = new int[types];
            for (int t = 0; t < types; t++) {
                int m = byType[t].length;
                x[t] = new double[m];
                y[t] = new double[m];
                z[t] = new double[m];
                w[t] = new double[m];
            }
        }

        /** Copies the images of {@code byType} within reach of c, in their order. */
        void fill(BvseModel.ImageSet im, int[][] byType, double[] c, double reach2) {
            double[] xyz = im.xyz;
            for (int t = 0; t < byType.length; t++) {
                int m = 0;
                double[] xt = x[t];
                double[] yt = y[t];
                double[] zt = z[t];
                double[] wt = w[t];
                for (int a : byType[t]) {
                    double ax = xyz[3 * a];
                    double ay = xyz[3 * a + 1];
                    double az = xyz[3 * a + 2];
                    double dx = ax - c[0];
                    double dy = ay - c[1];
                    double dz = az - c[2];
                    if (dx * dx + dy * dy + dz * dz < reach2) {
                        xt[m] = ax;
                        yt[m] = ay;
                        zt[m] = az;
                        wt[m] = im.weight[a];
                        m++;
                    }
                }
                count[t] = m;
            }
        }

        /** Energy at a point, one pair table at a time; the terms of {@code BvseModel.ImageSet#energy}. */
        double energy(PairTable[] tables, double px, double py, double pz, double cut2) {
            double e = 0;
            for (int t = 0; t < count.length; t++) {
                PairTable tab = tables[t];
                double[] xt = x[t];
                double[] yt = y[t];
                double[] zt = z[t];
                double[] wt = w[t];
                int m = count[t];
                for (int a = 0; a < m; a++) {
                    double dx = xt[a] - px;
                    double dy = yt[a] - py;
                    double dz = zt[a] - pz;
                    double r2 = dx * dx + dy * dy + dz * dz;
                    if (r2 < cut2) {
                        e += wt[a] * tab.at(r2);
                    }
                }
            }
            return e;
        }
    }
}
