package org.ionhop.impedance;

import java.util.SplittableRandom;

/** Synthetic spectra for tests: a circuit on a log frequency grid with seeded Gaussian noise proportional to |Z|. */
final class Synthetic {
    private Synthetic() {
    }

    /** f from fmax down to fmin, perDecade points per decade. */
    static double[] frequencies(double fmax, double fmin, int perDecade) {
        int n = (int) Math.round(Math.log10(fmax / fmin) * perDecade) + 1;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = fmax * Math.pow(fmin / fmax, i / (double) (n - 1));
        }
        return f;
    }

    /** Z + noise, each part with standard deviation relNoise |Z| (the modulus-weighting error model). */
    static Spectrum noisy(Circuit c, double[] p, double[] f, double relNoise, long seed) {
        Spectrum clean = c.simulate(f, p);
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] re = clean.realOhm();
        double[] im = clean.imagOhm();
        for (int i = 0; i < f.length; i++) {
            double m = clean.modulus(i);
            re[i] += relNoise * m * gauss(rnd);
            im[i] += relNoise * m * gauss(rnd);
        }
        return new Spectrum("synthetic " + c.text(), f, re, im, Double.NaN);
    }

    static double gauss(SplittableRandom rnd) {
        double a = rnd.nextDouble();
        double b = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - a)) * Math.cos(2 * Math.PI * b);
    }
}
