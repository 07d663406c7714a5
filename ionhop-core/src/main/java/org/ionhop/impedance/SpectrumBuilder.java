package org.ionhop.impedance;

import java.util.Arrays;

/** Growable primitive arrays for a spectrum being read (readers stream; no boxing). */
final class SpectrumBuilder {
    private double[] f = new double[64];
    private double[] re = new double[64];
    private double[] im = new double[64];
    private int n;

    void add(double freq, double zRe, double zIm) {
        if (n == f.length) {
            f = Arrays.copyOf(f, 2 * n);
            re = Arrays.copyOf(re, 2 * n);
            im = Arrays.copyOf(im, 2 * n);
        }
        f[n] = freq;
        re[n] = zRe;
        im[n] = zIm;
        n++;
    }

    int size() {
        return n;
    }

    Spectrum build(String source, double temperatureK) {
        return new Spectrum(source, Arrays.copyOf(f, n), Arrays.copyOf(re, n), Arrays.copyOf(im, n), temperatureK);
    }
}
