package org.ionhop.impedance;

/**
 * The Lin-KK test of one spectrum with its verdict at a tolerance.
 *
 * @param test      the test (M, mu, fitted model, residuals)
 * @param tolerance largest relative residual |Z - Z_KK| / |Z| that still passes
 */
public record KramersKronigCheck(LinKK test, double tolerance) {
    /** The number M of RC elements used. */
    public int elements() {
        return test.elements();
    }

    /** The over-fitting measure mu at M. */
    public double mu() {
        return test.mu();
    }

    /** Relative rms of the residuals. */
    public double residualRms() {
        return test.residualRms();
    }

    /** Largest relative residual. */
    public double residualMax() {
        return test.residualMax();
    }

    /** Whether every relative residual is within the tolerance: the spectrum is Kramers-Kronig valid. */
    public boolean passes() {
        return test.passes(tolerance);
    }
}
