package org.ionhop.nmr;

import org.ionhop.fit.NonlinearLeastSquares;
import org.ionhop.io.NumericalFailureException;

/**
 * PFG-NMR echo attenuation (Stejskal and Tanner, J. Chem. Phys. 42 (1965) 288; physics.md):
 * <pre>  S(g) = S_0 exp(-D b),   b = gamma^2 g^2 delta^2 (Delta - delta/3)</pre>
 * with gamma the gyromagnetic ratio (rad s^-1 T^-1), g the gradient (T/m), delta the gradient pulse length and
 * Delta the diffusion time (s). The self-diffusion coefficient D* (tracer) and S_0 are fitted to S(b) by
 * Levenberg-Marquardt with log parameters (both positive), unit weights; the standard errors come from the
 * covariance scaled by the residual variance ({@link NonlinearLeastSquares}).
 *
 * @param diffusivityM2PerS    D* in m^2/s
 * @param diffusivityErrM2PerS its standard error
 * @param s0                   the unattenuated signal
 * @param s0Err                its standard error
 * @param bValues              b in s/m^2, per point
 * @param signal               the measured signal
 * @param dof                  degrees of freedom
 */
public record StejskalTanner(double diffusivityM2PerS, double diffusivityErrM2PerS, double s0, double s0Err,
                             double[] bValues, double[] signal, int dof) {

    /** Copies the arrays. */
    public StejskalTanner {
        bValues = bValues.clone();
        signal = signal.clone();
    }

    @Override
    public double[] bValues() {
        return bValues.clone();
    }

    @Override
    public double[] signal() {
        return signal.clone();
    }

    /** b = gamma^2 g^2 delta^2 (Delta - delta/3) in s/m^2. */
    public static double bValue(double gammaRadPerSPerT, double gradientTPerM, double deltaS, double bigDeltaS) {
        double q = gammaRadPerSPerT * gradientTPerM * deltaS;
        return q * q * (bigDeltaS - deltaS / 3);
    }

    /** D* in cm^2/s. */
    public double diffusivityCm2PerS() {
        return diffusivityM2PerS * 1e4;
    }

    /** Its error in cm^2/s. */
    public double diffusivityErrCm2PerS() {
        return diffusivityErrM2PerS * 1e4;
    }

    /** The model signal at b. */
    public double signalAt(double b) {
        return s0 * Math.exp(-diffusivityM2PerS * b);
    }

    /**
     * Fits gradients and signals.
     *
     * @param gradientTPerM     gradient strengths g in T/m
     * @param signal            echo intensities
     * @param gammaRadPerSPerT  gyromagnetic ratio
     * @param deltaS            gradient pulse length delta in s
     * @param bigDeltaS         diffusion time Delta in s
     */
    public static StejskalTanner fitGradients(double[] gradientTPerM, double[] signal, double gammaRadPerSPerT,
                                              double deltaS, double bigDeltaS) {
        if (!(deltaS > 0) || !(bigDeltaS > deltaS / 3)) {
            throw new IllegalArgumentException("need delta > 0 and Delta > delta/3, got delta = " + deltaS
                    + " s, Delta = " + bigDeltaS + " s");
        }
        double[] b = new double[gradientTPerM.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = bValue(gammaRadPerSPerT, gradientTPerM[i], deltaS, bigDeltaS);
        }
        return fit(b, signal);
    }

    /** Fits signals against b-values (s/m^2). */
    public static StejskalTanner fit(double[] b, double[] signal) {
        int n = b.length;
        if (signal.length != n || n < 3) {
            throw new IllegalArgumentException("a Stejskal-Tanner fit needs at least 3 (b, S) pairs of equal length");
        }
        // start: straight line through ln S against b over the positive points
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int m = 0;
        double bmax = 0;
        for (int i = 0; i < n; i++) {
            bmax = Math.max(bmax, b[i]);
            if (signal[i] > 0) {
                double y = Math.log(signal[i]);
                sx += b[i];
                sy += y;
                sxx += b[i] * b[i];
                sxy += b[i] * y;
                m++;
            }
        }
        if (m < 2 || !(bmax > 0)) {
            throw new IllegalArgumentException("need at least two positive signals and a non-zero b-value");
        }
        double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
        double icpt = (sy - slope * sx) / m;
        if (slope > 0) {
            // S = S0 exp(-D b) with D >= 0 can only fall with b: a rising echo is mislabelled columns or a
            // corrupted series, and a fit would return D at the lower end of its log range with an infinite error.
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the PFG signal rises with b "
                    + "(slope of ln S against b %+.3g m^2/s): an echo decay must fall; check the gradient and signal "
                    + "columns", slope));
        }
        double d0 = slope < 0 ? -slope : 1 / bmax;
        double[] u0 = {icpt, Math.log(d0)};
        NonlinearLeastSquares.Result r = NonlinearLeastSquares.minimize((u, out) -> {
            double s0 = Math.exp(u[0]);
            double d = Math.exp(u[1]);
            for (int i = 0; i < n; i++) {
                out[i] = s0 * Math.exp(-d * b[i]) - signal[i];
            }
        }, n, u0, 500).orElseThrow(() -> new NumericalFailureException("the Stejskal-Tanner fit did not converge"));
        double s0 = Math.exp(r.point()[0]);
        double d = Math.exp(r.point()[1]);
        return new StejskalTanner(d, d * r.error(1), s0, s0 * r.error(0), b, signal, r.dof());
    }
}
