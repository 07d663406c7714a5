package org.ionhop.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Tracer, collective and charge mean squared displacements of {@link Displacements} with FFTs ({@link MsdFft}),
 * reading ions in blocks so that only a block's series are in memory, blocks in parallel.
 *
 * <pre>
 * tracer:     MSD_s,a(t)  = 1/N_s sum_{i in s} &lt;(x_i,a(t0 + t) - x_i,a(t0))^2&gt;_t0
 * collective: MSCD_s,a(t) = 1/N_s &lt;(sum_{i in s} [x_i,a(t0 + t) - x_i,a(t0)])^2&gt;_t0
 * charge:     MSQD_a(t)   = 1/sum z_i^2 &lt;(sum_i z_i [x_i,a(t0 + t) - x_i,a(t0)])^2&gt;_t0
 * </pre>
 * (physics.md, "Diffusion from trajectories"). The charge form keeps the cross terms between species.
 */
public final class MsdCalculator {
    private static final long BLOCK_DOUBLES = 1L << 23;

    private MsdCalculator() {
    }

    /**
     * Computes all MSDs.
     *
     * @param d       the displacements
     * @param charges charge (e) of each mobile species; every mobile species needs one
     */
    public static Msd compute(Displacements d, Map<String, Double> charges) {
        List<String> species = new ArrayList<>();
        for (String s : d.ionSpecies()) {
            if (!species.contains(s)) {
                species.add(s);
            }
        }
        int ns = species.size();
        int n = d.frames();
        if (n < 2) {
            throw new IllegalArgumentException("an MSD needs at least two frames, got " + n);
        }
        int ions = d.ions();
        int[] spIndex = new int[ions];
        double[] z = new double[ions];
        int[] counts = new int[ns];
        double z2 = 0;
        for (int i = 0; i < ions; i++) {
            spIndex[i] = species.indexOf(d.species(i));
            Double q = charges.get(d.species(i));
            if (q == null || !Double.isFinite(q)) {
                throw new IllegalArgumentException("no charge for mobile species " + d.species(i) + " (give --charge "
                        + d.species(i) + "=Z)");
            }
            z[i] = q;
            z2 += q * q;
            counts[spIndex[i]]++;
        }
        int block = (int) Math.max(1, Math.min(ions, BLOCK_DOUBLES / (3L * n)));
        int blocks = (ions + block - 1) / block;
        Partial total = IntStream.range(0, blocks).parallel()
                .mapToObj(b -> blockPartial(d, b * block, Math.min(ions, (b + 1) * block), spIndex, z, ns, n))
                .reduce(Partial::add).orElseThrow();
        MsdFft fft = new MsdFft(n);
        double[][][] tracer = new double[ns][3][];
        double[][][] coll = new double[ns][3][];
        double[][] charge = new double[3][];
        for (int s = 0; s < ns; s++) {
            for (int a = 0; a < 3; a++) {
                tracer[s][a] = scale(total.tracer[s][a], 1.0 / counts[s]);
                coll[s][a] = new double[n];
                fft.accumulate(total.sum[s][a], 1.0 / counts[s], coll[s][a]);
            }
        }
        for (int a = 0; a < 3; a++) {
            charge[a] = new double[n];
            fft.accumulate(total.chargeSum[a], 1.0 / z2, charge[a]);
        }
        double[] k4 = new double[ns];
        for (int s = 0; s < ns; s++) {
            double cnt = 3.0 * counts[s] * (n - 1);
            double m2 = total.step2[s] / cnt;
            k4[s] = total.step4[s] / cnt - 3 * m2 * m2;
        }
        // The charge MSD is MSD(S) / sum z^2, so its steps' cumulant is that of S divided by (sum z^2)^2.
        double c2 = 0;
        double c4 = 0;
        for (int a = 0; a < 3; a++) {
            double[] cs = total.chargeSum[a];
            for (int k = 1; k < n; k++) {
                double dx = cs[k] - cs[k - 1];
                c2 += dx * dx;
                c4 += dx * dx * dx * dx;
            }
        }
        c2 /= 3.0 * (n - 1);
        c4 /= 3.0 * (n - 1);
        double chargeK4 = (c4 - 3 * c2 * c2) / (z2 * z2);
        return new Msd(List.copyOf(species), counts, d.frameIntervalPs(), tracer, coll, charge, z2, k4, chargeK4);
    }

    private static double[] scale(double[] a, double f) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] * f;
        }
        return r;
    }

    private static Partial blockPartial(Displacements d, int from, int to, int[] spIndex, double[] z, int ns, int n) {
        double[][] series = new double[3 * (to - from)][n];
        d.read(from, to, series);
        Partial p = new Partial(ns, n);
        MsdFft fft = new MsdFft(n);
        for (int i = from; i < to; i++) {
            int s = spIndex[i];
            for (int a = 0; a < 3; a++) {
                double[] x = series[(i - from) * 3 + a];
                fft.accumulate(x, 1.0, p.tracer[s][a]);
                for (int k = 1; k < n; k++) {
                    double dx = x[k] - x[k - 1];
                    double dx2 = dx * dx;
                    p.step2[s] += dx2;
                    p.step4[s] += dx2 * dx2;
                }
                double[] sum = p.sum[s][a];
                double[] cs = p.chargeSum[a];
                double q = z[i];
                for (int k = 0; k < n; k++) {
                    sum[k] += x[k];
                    cs[k] += q * x[k];
                }
            }
        }
        return p;
    }

    /** Sums from one block of ions. */
    private static final class Partial {
        final double[][][] tracer;
        final double[][][] sum;
        final double[][] chargeSum;
        final double[] step2;
        final double[] step4;

        Partial(int ns, int n) {
            step2 = new double[ns];
            step4 = new double[ns];
            tracer = new double[ns][3][n];
            sum = new double[ns][3][n];
            chargeSum = new double[3][n];
        }

        Partial add(Partial o) {
            for (int s = 0; s < tracer.length; s++) {
                for (int a = 0; a < 3; a++) {
                    addInto(tracer[s][a], o.tracer[s][a]);
                    addInto(sum[s][a], o.sum[s][a]);
                }
                step2[s] += o.step2[s];
                step4[s] += o.step4[s];
            }
            for (int a = 0; a < 3; a++) {
                addInto(chargeSum[a], o.chargeSum[a]);
            }
            return this;
        }

        private static void addInto(double[] a, double[] b) {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
        }
    }
}
