package org.ionhop.transport;

import org.ionhop.stats.Measured;

/**
 * The isotope effect.
 *
 * @param settings       the settings used
 * @param classicalRatio sqrt(m_heavy / m_light), the single-hop ratio
 * @param measurement    the measured ratio and the isotope-effect parameter it gives, or null without one
 */
public record IsotopeResult(IsotopeSettings settings, double classicalRatio, Measurement measurement) {

    /**
     * A measured ratio.
     *
     * @param ratio     D_light / D_heavy as measured
     * @param parameter the isotope-effect parameter E = f dK with its standard error
     */
    public record Measurement(double ratio, Measured parameter) {
        /** Whether E lies below 1 by more than two standard errors: correlated or collective motion. */
        public boolean belowOne() {
            return parameter.value() < 1 - 2 * parameter.err();
        }
    }

    /** The light mass (amu). */
    public double lightAmu() {
        return settings.lightAmu();
    }

    /** The heavy mass (amu). */
    public double heavyAmu() {
        return settings.heavyAmu();
    }
}
