package org.ionhop.kmc;

/**
 * A measured value with its standard error and the number of independent samples behind the error.
 *
 * @param value   the estimate
 * @param err     its standard error (NaN with fewer than two samples)
 * @param samples number of (assumed independent) blocks or replicas the error comes from
 */
public record Estimate(double value, double err, int samples) {

    /**
     * Ratio estimator sum(x) / sum(y) over samples b, with the first-order (delta-method) standard error
     * sqrt(sum_b (x_b - R y_b)^2 / (B (B - 1))) / mean(y) (Cochran, Sampling Techniques, 3rd ed., 1977, Sec. 6.3).
     * Used for D = sum squared displacements / sum (2 d N tau) over blocks of unequal duration.
     */
    public static Estimate ratio(double[] x, double[] y) {
        int b = x.length;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < b; i++) {
            sx += x[i];
            sy += y[i];
        }
        double r = sx / sy;
        if (b < 2) {
            return new Estimate(r, Double.NaN, b);
        }
        double ss = 0;
        for (int i = 0; i < b; i++) {
            double d = x[i] - r * y[i];
            ss += d * d;
        }
        double err = Math.sqrt(ss / ((double) b * (b - 1))) / (sy / b);
        return new Estimate(r, err, b);
    }

    /** Mean and standard error of the mean of independent samples. */
    public static Estimate mean(double[] x) {
        int n = x.length;
        double s = 0;
        for (double v : x) {
            s += v;
        }
        double m = s / n;
        if (n < 2) {
            return new Estimate(m, Double.NaN, n);
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return new Estimate(m, Math.sqrt(ss / ((double) n * (n - 1))), n);
    }

    /** This estimate multiplied by a constant. */
    public Estimate times(double c) {
        return new Estimate(value * c, err * Math.abs(c), samples);
    }

    /** Distance from a reference value in standard errors. */
    public double sigmasFrom(double reference) {
        return Math.abs(value - reference) / err;
    }
}
