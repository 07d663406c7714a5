package org.ionhop.transport;

import java.util.List;

import org.ionhop.io.InvalidSettingException;

/**
 * The consistency check ({@link TransportTheory#check}, {@link ConsistencyCheck}).
 *
 * @param measurements what is known, in internal units
 * @param temperatureK T (K)
 * @param chargeE      q of the mobile ion (e)
 * @param dimension    d of the random walk
 * @param alpha        significance level of the chi² test
 */
public record CheckSettings(List<ConsistencyCheck.Measurement> measurements, double temperatureK, double chargeE,
                            int dimension, double alpha) {

    /** Default ion charge (e). */
    public static final double DEFAULT_CHARGE_E = 1;
    /** Default dimension. */
    public static final int DEFAULT_DIMENSION = 3;
    /** Default significance level. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** Validates and copies. */
    public CheckSettings {
        InvalidSettingException.require(measurements != null && !measurements.isEmpty(), "measurements",
                "expected at least one measured quantity, got none");
        measurements = List.copyOf(measurements);
        InvalidSettingException.positive("temperatureK", temperatureK);
        InvalidSettingException.require(Double.isFinite(chargeE) && chargeE != 0, "chargeE",
                "expected a non-zero ion charge in e, got " + chargeE);
        InvalidSettingException.require(dimension >= 1 && dimension <= 3, "dimension",
                "expected 1, 2 or 3, got " + dimension);
        InvalidSettingException.require(alpha > 0 && alpha < 1, "alpha",
                "expected a significance level between 0 and 1, got " + alpha);
    }

    /** Singly charged ions in 3D at the 5 % level. */
    public static CheckSettings of(double temperatureK, List<ConsistencyCheck.Measurement> measurements) {
        return new CheckSettings(measurements, temperatureK, DEFAULT_CHARGE_E, DEFAULT_DIMENSION, DEFAULT_ALPHA);
    }
}
