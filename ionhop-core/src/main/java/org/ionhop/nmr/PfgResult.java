package org.ionhop.nmr;

import org.ionhop.stats.Measured;

/**
 * The result of a Stejskal-Tanner fit ({@link NmrAnalysis#pfg}).
 *
 * @param diffusivityCm2PerS D* in cm^2/s
 * @param s0                 signal at b = 0
 * @param points             number of points
 * @param dof                degrees of freedom
 * @param fit                the fit itself (data and model curve)
 */
public record PfgResult(Measured diffusivityCm2PerS, Measured s0, int points, int dof, StejskalTanner fit) {
    /**
     * Signs that the decay does not determine D* ({@link org.ionhop.fit.FitCheck}): an infinite or NaN error, an
     * error above the value, or a decay too shallow to resolve (D* b_max below 0.01: the signal falls by less than
     * 1 % over the measured b range, so D* is an upper bound at most).
     */
    public java.util.List<String> warnings() {
        java.util.List<String> out = new java.util.ArrayList<>(org.ionhop.fit.FitCheck.nonFinite(
                java.util.List.of("D*", "S0"), new double[] {diffusivityCm2PerS.value(), s0.value()},
                new double[] {diffusivityCm2PerS.err(), s0.err()}));
        out.addAll(org.ionhop.fit.FitCheck.undetermined("D* (cm^2/s)", diffusivityCm2PerS.value(),
                diffusivityCm2PerS.err(), 1.0));
        double bMax = 0;
        for (double b : fit.bValues()) {
            bMax = Math.max(bMax, b);
        }
        double attenuation = fit.diffusivityM2PerS() * bMax;
        if (attenuation < MIN_ATTENUATION) {
            out.add(String.format(java.util.Locale.ROOT, "the fitted decay falls by only %.2g %% over the data "
                    + "(D* b_max = %.2g): D* is not resolved; use larger gradients or a longer diffusion time",
                    100 * (1 - Math.exp(-attenuation)), attenuation));
        }
        return out;
    }

    /** The smallest D* b_max that counts as a measured decay. */
    private static final double MIN_ATTENUATION = 0.01;

    /** From a fit. */
    public static PfgResult of(StejskalTanner st) {
        return new PfgResult(Measured.of(st.diffusivityCm2PerS(), st.diffusivityErrCm2PerS()),
                Measured.of(st.s0(), st.s0Err()), st.bValues().length, st.dof(), st);
    }
}
