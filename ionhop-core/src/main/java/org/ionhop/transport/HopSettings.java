package org.ionhop.transport;

import org.ionhop.io.InvalidSettingException;

/**
 * The hop statistics of Eq. 1 that the forward and inverse calculations share ({@link SigmaSettings},
 * {@link InvertSettings}); defaults in {@link #defaults()}.
 *
 * @param correlationFactor f (&gt; 0)
 * @param havenRatio        H_R (&gt; 0)
 * @param chargeE           q in e (non-zero; its magnitude enters)
 * @param dimension         d of the walk: 1/(2d) replaces Eq. 1's 1/6
 */
public record HopSettings(double correlationFactor, double havenRatio, double chargeE, int dimension) {

    /** Validates. */
    public HopSettings {
        InvalidSettingException.positive("correlationFactor", correlationFactor);
        InvalidSettingException.positive("havenRatio", havenRatio);
        InvalidSettingException.require(Double.isFinite(chargeE) && chargeE != 0, "chargeE",
                "expected a non-zero charge in e, got " + chargeE);
        InvalidSettingException.require(dimension >= 1 && dimension <= 3, "dimension",
                "expected 1, 2 or 3, got " + dimension);
    }

    /** Uncorrelated (f = 1, H_R = 1), singly charged, three-dimensional hopping: Eq. 1 as written. */
    public static HopSettings defaults() {
        return new HopSettings(1, 1, 1, 3);
    }

    /** A copy with f. */
    public HopSettings withCorrelationFactor(double f) {
        return new HopSettings(f, havenRatio, chargeE, dimension);
    }

    /** A copy with H_R. */
    public HopSettings withHavenRatio(double hr) {
        return new HopSettings(correlationFactor, hr, chargeE, dimension);
    }

    /** A copy with q. */
    public HopSettings withChargeE(double q) {
        return new HopSettings(correlationFactor, havenRatio, q, dimension);
    }

    /** A copy with d. */
    public HopSettings withDimension(int d) {
        return new HopSettings(correlationFactor, havenRatio, chargeE, d);
    }
}
