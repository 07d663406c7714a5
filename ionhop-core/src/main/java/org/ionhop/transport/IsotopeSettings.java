package org.ionhop.transport;

import org.ionhop.io.InvalidSettingException;

/**
 * The isotope effect ({@link TransportTheory#isotope}): two masses and optionally a measured diffusivity ratio.
 *
 * @param lightAmu  the light mass (amu)
 * @param heavyAmu  the heavy mass (amu)
 * @param ratio     measured D_light / D_heavy (or the sigma ratio), or NaN
 * @param ratioErr  its standard error
 */
public record IsotopeSettings(double lightAmu, double heavyAmu, double ratio, double ratioErr) {

    /** Validates. */
    public IsotopeSettings {
        InvalidSettingException.positive("lightAmu", lightAmu);
        InvalidSettingException.require(heavyAmu > lightAmu && Double.isFinite(heavyAmu), "heavyAmu",
                "expected a mass above the light one (" + lightAmu + " amu), got " + heavyAmu);
        InvalidSettingException.require(Double.isNaN(ratio) || ratio > 0 && Double.isFinite(ratio), "ratio",
                "expected a ratio > 0, got " + ratio);
        InvalidSettingException.nonNegative("ratioErr", ratioErr);
    }

    /** 6Li and 7Li, no measured ratio. */
    public static IsotopeSettings defaults() {
        return new IsotopeSettings(IsotopeEffect.LI6_AMU, IsotopeEffect.LI7_AMU, Double.NaN, 0);
    }

    /** A copy with a measured ratio and its error. */
    public IsotopeSettings withRatio(double r, double err) {
        return new IsotopeSettings(lightAmu, heavyAmu, r, err);
    }

    /** A copy with other masses. */
    public IsotopeSettings withMasses(double light, double heavy) {
        return new IsotopeSettings(light, heavy, ratio, ratioErr);
    }
}
