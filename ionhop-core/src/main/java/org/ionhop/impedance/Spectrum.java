package org.ionhop.impedance;

import java.util.Arrays;

/**
 * A measured (or simulated) impedance spectrum: frequencies in Hz and the complex impedance Z = Z' + j Z''
 * in Ohm, with Z'' signed (negative for capacitive behaviour, the physical sign; readers of files that store
 * -Z'' flip it). Arrays are copied in and out, so the record is immutable.
 *
 * @param source       file or description the data came from
 * @param frequencyHz  measurement frequencies f in Hz (any order, all positive)
 * @param realOhm      Z' in Ohm
 * @param imagOhm      Z'' in Ohm (signed)
 * @param temperatureK sample temperature in K, NaN when not known
 */
public record Spectrum(String source, double[] frequencyHz, double[] realOhm, double[] imagOhm, double temperatureK) {

    /** Checks lengths and values and copies the arrays. */
    public Spectrum {
        if (frequencyHz.length != realOhm.length || frequencyHz.length != imagOhm.length) {
            throw new IllegalArgumentException("frequency, Z' and Z'' must have the same length");
        }
        for (int i = 0; i < frequencyHz.length; i++) {
            if (!(frequencyHz[i] > 0) || !Double.isFinite(frequencyHz[i])) {
                throw new IllegalArgumentException("frequencies must be positive, got " + frequencyHz[i]);
            }
            if (!Double.isFinite(realOhm[i]) || !Double.isFinite(imagOhm[i])) {
                throw new IllegalArgumentException("impedance values must be finite at f = " + frequencyHz[i] + " Hz");
            }
        }
        frequencyHz = frequencyHz.clone();
        realOhm = realOhm.clone();
        imagOhm = imagOhm.clone();
    }

    @Override
    public double[] frequencyHz() {
        return frequencyHz.clone();
    }

    @Override
    public double[] realOhm() {
        return realOhm.clone();
    }

    @Override
    public double[] imagOhm() {
        return imagOhm.clone();
    }

    /** Number of points. */
    public int size() {
        return frequencyHz.length;
    }

    /** Frequency of point i in Hz. */
    public double frequency(int i) {
        return frequencyHz[i];
    }

    /** Angular frequency omega = 2 pi f of point i in rad/s. */
    public double omega(int i) {
        return 2 * Math.PI * frequencyHz[i];
    }

    /** The smallest angular frequency in rad/s. */
    public double minOmega() {
        double m = Double.POSITIVE_INFINITY;
        for (double f : frequencyHz) {
            m = Math.min(m, f);
        }
        return 2 * Math.PI * m;
    }

    /** The largest angular frequency in rad/s. */
    public double maxOmega() {
        double m = 0;
        for (double f : frequencyHz) {
            m = Math.max(m, f);
        }
        return 2 * Math.PI * m;
    }

    /** Z' of point i. */
    public double re(int i) {
        return realOhm[i];
    }

    /** Z'' of point i (signed). */
    public double im(int i) {
        return imagOhm[i];
    }

    /** |Z| of point i. */
    public double modulus(int i) {
        return Math.hypot(realOhm[i], imagOhm[i]);
    }

    /** The same data with a temperature attached. */
    public Spectrum withTemperature(double kelvin) {
        return new Spectrum(source, frequencyHz, realOhm, imagOhm, kelvin);
    }

    /** Points with fmin &lt;= f &lt;= fmax. */
    public Spectrum frequencyWindow(double fminHz, double fmaxHz) {
        return filter((f, re, im) -> f >= fminHz && f <= fmaxHz);
    }

    /**
     * Only the points with Z'' &lt; 0 (impedance.py's {@code ignoreBelowX}): drops the inductive high-frequency
     * tail of cables and leads.
     */
    public Spectrum capacitiveOnly() {
        return filter((f, re, im) -> im < 0);
    }

    /** A predicate on one point. */
    @FunctionalInterface
    public interface PointFilter {
        /** Whether to keep the point (f in Hz, Z' and Z'' in Ohm). */
        boolean keep(double f, double re, double im);
    }

    /** The points that pass a filter, in their order. */
    public Spectrum filter(PointFilter keep) {
        int n = 0;
        int[] idx = new int[size()];
        for (int i = 0; i < size(); i++) {
            if (keep.keep(frequencyHz[i], realOhm[i], imagOhm[i])) {
                idx[n++] = i;
            }
        }
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            f[k] = frequencyHz[idx[k]];
            re[k] = realOhm[idx[k]];
            im[k] = imagOhm[idx[k]];
        }
        return new Spectrum(source, f, re, im, temperatureK);
    }

    /** Indices of the points sorted by increasing frequency. */
    public int[] ascendingFrequencyOrder() {
        Integer[] idx = new Integer[size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(frequencyHz[a], frequencyHz[b]));
        int[] out = new int[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }
}
