package org.ionhop.mesoscale;

/**
 * Measured conductivities of a composite series at the reference temperature, for {@link CompositeStudy#fit}.
 *
 * @param fractions   filler fractions, of the type of the settings used in the fit
 * @param sigmaSCm    measured conductivities (S/cm), each &gt; 0
 * @param sigmaErrSCm their standard errors (S/cm), or null when not measured (then all points weigh the same in
 *                    ln sigma)
 */
public record CompositeData(double[] fractions, double[] sigmaSCm, double[] sigmaErrSCm) {
    /** Checks lengths and signs; copies the arrays. */
    public CompositeData {
        if (fractions.length != sigmaSCm.length || (sigmaErrSCm != null && sigmaErrSCm.length != fractions.length)) {
            throw new IllegalArgumentException("fractions, conductivities and errors must have the same length");
        }
        if (fractions.length < 3) {
            throw new IllegalArgumentException("need at least 3 measured points to fit 2 shell parameters, got "
                    + fractions.length);
        }
        for (int i = 0; i < fractions.length; i++) {
            if (!(fractions[i] >= 0 && fractions[i] <= 1) || !(sigmaSCm[i] > 0)
                    || (sigmaErrSCm != null && !(sigmaErrSCm[i] > 0))) {
                throw new IllegalArgumentException("point " + (i + 1) + ": expected a fraction in [0, 1], sigma > 0"
                        + " and error > 0, got " + fractions[i] + ", " + sigmaSCm[i]
                        + (sigmaErrSCm == null ? "" : ", " + sigmaErrSCm[i]));
            }
        }
        fractions = fractions.clone();
        sigmaSCm = sigmaSCm.clone();
        sigmaErrSCm = sigmaErrSCm == null ? null : sigmaErrSCm.clone();
    }

    /** Number of points. */
    public int size() {
        return fractions.length;
    }
}
