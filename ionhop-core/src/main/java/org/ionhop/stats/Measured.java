package org.ionhop.stats;

/**
 * A number with its standard error and the number of independent samples behind that error: the one value
 * type of every result record that reports an uncertainty (instead of parallel {@code x} / {@code xErr} doubles).
 *
 * <p>Error propagation is first order (delta method) for uncorrelated inputs, written once here: for
 * f(x, y), var f = (df/dx)² var x + (df/dy)² var y (Bevington and Robinson, Data Reduction and Error Analysis,
 * 3rd ed., 2003, Eq. 3.14). The sample count of a combination is the smaller of the two, since the error of the
 * result is no better determined than its worst-known input. Where the inputs are correlated (a slope and an
 * intercept of one fit) the caller must propagate with the covariance instead.
 *
 * @param value   the estimate
 * @param err     its standard error (NaN when undetermined, for example with fewer than two samples; 0 for an
 *                exact number)
 * @param samples number of (assumed independent) blocks, replicas or points the error comes from (0 if not
 *                applicable)
 */
public record Measured(double value, double err, int samples) {

    /** An exact number (error 0). */
    public static Measured exact(double value) {
        return new Measured(value, 0.0, 0);
    }

    /** A value with a standard error and no sample count. */
    public static Measured of(double value, double err) {
        return new Measured(value, err, 0);
    }

    /** A value whose error is unknown. */
    public static Measured undetermined(double value) {
        return new Measured(value, Double.NaN, 0);
    }

    /**
     * Ratio estimator sum(x) / sum(y) over samples b, with the first-order (delta-method) standard error
     * sqrt(sum_b (x_b - R y_b)^2 / (B (B - 1))) / mean(y) (Cochran, Sampling Techniques, 3rd ed., 1977, Sec. 6.3).
     * Used for D = sum squared displacements / sum (2 d N tau) over blocks of unequal duration.
     */
    public static Measured ratio(double[] x, double[] y) {
        int b = x.length;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < b; i++) {
            sx += x[i];
            sy += y[i];
        }
        double r = sx / sy;
        if (b < 2) {
            return new Measured(r, Double.NaN, b);
        }
        double ss = 0;
        for (int i = 0; i < b; i++) {
            double d = x[i] - r * y[i];
            ss += d * d;
        }
        double err = Math.sqrt(ss / ((double) b * (b - 1))) / (sy / b);
        return new Measured(r, err, b);
    }

    /** Mean and standard error of the mean of independent samples. */
    public static Measured mean(double[] x) {
        int n = x.length;
        double s = 0;
        for (double v : x) {
            s += v;
        }
        double m = s / n;
        if (n < 2) {
            return new Measured(m, Double.NaN, n);
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return new Measured(m, Math.sqrt(ss / ((double) n * (n - 1))), n);
    }

    /** Whether the error is a finite number. */
    public boolean hasError() {
        return Double.isFinite(err);
    }

    /** The relative error |err / value| (NaN or infinite when the value is 0). */
    public double relativeError() {
        return Math.abs(err / value);
    }

    /** This estimate multiplied by a constant. */
    public Measured times(double c) {
        return new Measured(value * c, err * Math.abs(c), samples);
    }

    /** Sum with an uncorrelated estimate. */
    public Measured plus(Measured o) {
        return new Measured(value + o.value, Math.hypot(err, o.err), minSamples(o));
    }

    /** Difference with an uncorrelated estimate. */
    public Measured minus(Measured o) {
        return new Measured(value - o.value, Math.hypot(err, o.err), minSamples(o));
    }

    /** Product with an uncorrelated estimate: relative errors add in quadrature. */
    public Measured times(Measured o) {
        double v = value * o.value;
        return new Measured(v, Math.hypot(err * o.value, o.err * value), minSamples(o));
    }

    /** Quotient by an uncorrelated estimate: relative errors add in quadrature. */
    public Measured dividedBy(Measured o) {
        double v = value / o.value;
        return new Measured(v, Math.abs(v) * Math.hypot(err / value, o.err / o.value), minSamples(o));
    }

    /** Quotient whose numerator may be zero: err = sqrt(err_x² + v² err_y²) / |y|. */
    public Measured dividedBySafe(Measured o) {
        double v = value / o.value;
        return new Measured(v, Math.hypot(err, v * o.err) / Math.abs(o.value), minSamples(o));
    }

    /** Natural logarithm: err = err / |value|. */
    public Measured ln() {
        return new Measured(Math.log(value), err / Math.abs(value), samples);
    }

    /** Decimal logarithm: err = err / (|value| ln 10). */
    public Measured log10() {
        return new Measured(Math.log10(value), err / (Math.abs(value) * Math.log(10)), samples);
    }

    /** Distance from a reference value in standard errors. */
    public double sigmasFrom(double reference) {
        return Math.abs(value - reference) / err;
    }

    private int minSamples(Measured o) {
        if (samples == 0) {
            return o.samples;
        }
        return o.samples == 0 ? samples : Math.min(samples, o.samples);
    }
}
