package org.ionhop.transport;

import org.ionhop.io.InvalidSettingException;

/**
 * A measured conductivity series sigma(T).
 *
 * @param temperaturesK T (K), at least two
 * @param sigmaSPerCm   sigma (S/cm), positive
 * @param errors        standard errors of sigma (S/cm), or null for an unweighted fit
 */
public record SigmaSeries(double[] temperaturesK, double[] sigmaSPerCm, double[] errors) {

    /** Validates and copies. */
    public SigmaSeries {
        if (temperaturesK == null || sigmaSPerCm == null) {
            throw new InvalidSettingException("data", "expected at least two pairs of T and sigma");
        }
        InvalidSettingException.require(temperaturesK.length == sigmaSPerCm.length && temperaturesK.length >= 2, "data",
                "expected at least two pairs of T and sigma");
        InvalidSettingException.require(errors == null || errors.length == temperaturesK.length, "data",
                "expected an error for every sigma or for none");
        temperaturesK = temperaturesK.clone();
        sigmaSPerCm = sigmaSPerCm.clone();
        errors = errors == null ? null : errors.clone();
    }

    /** T (a copy). */
    @Override
    public double[] temperaturesK() {
        return temperaturesK.clone();
    }

    /** sigma (a copy). */
    @Override
    public double[] sigmaSPerCm() {
        return sigmaSPerCm.clone();
    }

    /** Errors (a copy, or null). */
    @Override
    public double[] errors() {
        return errors == null ? null : errors.clone();
    }
}
