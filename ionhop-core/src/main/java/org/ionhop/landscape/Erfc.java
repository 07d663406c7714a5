package org.ionhop.landscape;

/**
 * Fast complementary error function for the screened Coulomb term, x &gt;= 0. Rational approximation
 * 7.1.26 of Abramowitz &amp; Stegun (1964): absolute error below 1.5e-7, one exponential per call, so the
 * grid loop avoids the series evaluations of a general-purpose erfc. Multiplied by 14.4 q q'/(R sqrt(n n')),
 * that is an energy error below 1e-6 eV per ion.
 */
final class Erfc {
    private static final double P = 0.3275911;
    private static final double A1 = 0.254829592;
    private static final double A2 = -0.284496736;
    private static final double A3 = 1.421413741;
    private static final double A4 = -1.453152027;
    private static final double A5 = 1.061405429;

    private Erfc() {
    }

    /** erfc(x) for x &gt;= 0. */
    static double of(double x) {
        double t = 1 / (1 + P * x);
        double poly = t * (A1 + t * (A2 + t * (A3 + t * (A4 + t * A5))));
        return poly * Math.exp(-x * x);
    }
}
