package org.ionhop.neb;

/**
 * Piecewise cubic Hermite interpolation of an energy profile E(s) through the images, with the slope at each image
 * dE/ds = -F_parallel (the force along the band tangent). This is the interpolation of the standard NEB
 * post-processing (VTST tools {@code nebbarrier.pl} / {@code nebspline.pl}; Henkelman, Uberuaga and Jónsson,
 * J. Chem. Phys. 113, 9901 (2000), doi:10.1063/1.1329672): on segment [s_i, s_i+1] with h = s_i+1 - s_i and
 * t = (s - s_i)/h,
 * <pre>
 *   E(s) = (2t³ - 3t² + 1) E_i + (t³ - 2t² + t) h E'_i + (-2t³ + 3t²) E_i+1 + (t³ - t²) h E'_i+1
 * </pre>
 * The interpolant reproduces any cubic exactly; for a smooth E its error is at most h⁴ max|E''''| / 384
 * (de Boor, A Practical Guide to Splines, 2001, Ch. IV), which bounds the error of the barrier as well.
 */
public final class HermiteProfile {
    private final double[] s;
    private final double[] e;
    private final double[] d;

    /**
     * @param s      knots (reaction coordinate, Å), strictly increasing
     * @param e      values at the knots (eV)
     * @param slopes derivatives dE/ds at the knots (eV/Å)
     */
    public HermiteProfile(double[] s, double[] e, double[] slopes) {
        if (s.length < 2 || e.length != s.length || slopes.length != s.length) {
            throw new IllegalArgumentException("need at least two knots with one value and one slope each");
        }
        for (int i = 1; i < s.length; i++) {
            if (!(s[i] > s[i - 1])) {
                throw new IllegalArgumentException("knots must increase strictly; knot " + i + " is at " + s[i]
                        + " after " + s[i - 1]);
            }
        }
        this.s = s.clone();
        this.e = e.clone();
        this.d = slopes.clone();
    }

    /** The interpolated value at {@code x} (clamped to the knot range). */
    public double value(double x) {
        int i = segment(x);
        double h = s[i + 1] - s[i];
        double t = Math.min(1, Math.max(0, (x - s[i]) / h));
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * e[i] + (t3 - 2 * t2 + t) * h * d[i] + (-2 * t3 + 3 * t2) * e[i + 1]
                + (t3 - t2) * h * d[i + 1];
    }

    /**
     * The global maximum {s, E} of the interpolant: per segment the roots of the quadratic dE/dt in (0, 1) and the
     * knots are compared.
     */
    public double[] maximum() {
        double bestS = s[0];
        double bestE = e[0];
        for (int i = 0; i < s.length; i++) {
            if (e[i] > bestE) {
                bestE = e[i];
                bestS = s[i];
            }
        }
        for (int i = 0; i + 1 < s.length; i++) {
            double h = s[i + 1] - s[i];
            // dE/dt = a t² + b t + c
            double a = 6 * e[i] + 3 * h * d[i] - 6 * e[i + 1] + 3 * h * d[i + 1];
            double b = -6 * e[i] - 4 * h * d[i] + 6 * e[i + 1] - 2 * h * d[i + 1];
            double c = h * d[i];
            for (double t : roots(a, b, c)) {
                if (t > 0 && t < 1) {
                    double x = s[i] + t * h;
                    double v = value(x);
                    if (v > bestE) {
                        bestE = v;
                        bestS = x;
                    }
                }
            }
        }
        return new double[] {bestS, bestE};
    }

    /** {@code n} evenly spaced points {s, E} of the interpolant, for plots. */
    public double[][] sample(int n) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        double lo = s[0];
        double hi = s[s.length - 1];
        for (int k = 0; k < n; k++) {
            xs[k] = lo + (hi - lo) * k / (n - 1);
            ys[k] = value(xs[k]);
        }
        return new double[][] {xs, ys};
    }

    private int segment(double x) {
        int i = 0;
        while (i < s.length - 2 && x > s[i + 1]) {
            i++;
        }
        return i;
    }

    /** Real roots of a t² + b t + c (a linear or constant case included), in a cancellation-free form. */
    private static double[] roots(double a, double b, double c) {
        double scale = Math.abs(a) + Math.abs(b) + Math.abs(c);
        if (scale == 0) {
            return new double[0];
        }
        if (Math.abs(a) < 1e-14 * scale) {
            return Math.abs(b) < 1e-14 * scale ? new double[0] : new double[] {-c / b};
        }
        double disc = b * b - 4 * a * c;
        if (disc < 0) {
            return new double[0];
        }
        double q = -0.5 * (b + Math.copySign(Math.sqrt(disc), b));
        return q == 0 ? new double[] {0} : new double[] {q / a, c / q};
    }
}
