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
    /** From a fit. */
    public static PfgResult of(StejskalTanner st) {
        return new PfgResult(Measured.of(st.diffusivityCm2PerS(), st.diffusivityErrCm2PerS()),
                Measured.of(st.s0(), st.s0Err()), st.bValues().length, st.dof(), st);
    }
}
