package org.ionhop.trajectory;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.ionhop.structure.Lattice;

/** Seeded synthetic trajectories with known diffusion coefficients for the tests. */
final class Walks {
    private Walks() {
    }

    /**
     * Independent Brownian walkers: Gaussian steps of variance 2 D dt per axis.
     *
     * @return positions[frame][3 * ion + axis]
     */
    static double[][] brownian(int ions, int frames, double dA2PerPs, double dtPs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double s = Math.sqrt(2 * dA2PerPs * dtPs);
        double[][] p = new double[frames][3 * ions];
        for (int i = 0; i < 3 * ions; i++) {
            p[0][i] = 10 * r.nextDouble();
        }
        for (int f = 1; f < frames; f++) {
            for (int i = 0; i < 3 * ions; i++) {
                p[f][i] = p[f - 1][i] + s * gaussian(r);
            }
        }
        return p;
    }

    /**
     * Walkers on a simple cubic lattice of spacing a hopping to one of 6 neighbours with rate 6 k (k per direction):
     * D = k a^2 (per axis: 2 k a^2 t = 2 D t). Each frame interval holds a Poisson number of hops.
     */
    static double[][] lattice(int ions, int frames, double a, double hopRatePerPs, double dtPs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] p = new double[frames][3 * ions];
        double mean = 6 * hopRatePerPs * dtPs;
        for (int i = 0; i < ions; i++) {
            p[0][3 * i] = a * r.nextInt(10);
            p[0][3 * i + 1] = a * r.nextInt(10);
            p[0][3 * i + 2] = a * r.nextInt(10);
        }
        for (int f = 1; f < frames; f++) {
            System.arraycopy(p[f - 1], 0, p[f], 0, 3 * ions);
            for (int i = 0; i < ions; i++) {
                int hops = poisson(r, mean);
                for (int h = 0; h < hops; h++) {
                    int dir = r.nextInt(6);
                    p[f][3 * i + dir / 2] += dir % 2 == 0 ? a : -a;
                }
            }
        }
        return p;
    }

    static double gaussian(SplittableRandom r) {
        // Box-Muller; one value per call keeps the code simple.
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static int poisson(SplittableRandom r, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = r.nextDouble();
        while (p > l) {
            k++;
            p *= r.nextDouble();
        }
        return k;
    }

    static List<String> species(String s, int n) {
        return Collections.nCopies(n, s);
    }

    static Lattice cube(double a) {
        return Lattice.fromParameters(a, a, a, 90, 90, 90);
    }

    /** The naive O(N^2) MSD of one series (test oracle). */
    static double[] naiveMsd(double[] x) {
        int n = x.length;
        double[] out = new double[n];
        for (int m = 1; m < n; m++) {
            double s = 0;
            for (int k = 0; k + m < n; k++) {
                double d = x[k + m] - x[k];
                s += d * d;
            }
            out[m] = s / (n - m);
        }
        return out;
    }
}
