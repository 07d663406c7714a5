package org.ionhop.mesoscale;

/**
 * The largest conductivity over filler fractions 0 to 1 at the reference temperature.
 *
 * @param fraction          where it is, as a fraction of the settings' type (volume or weight)
 * @param volumeFraction    the same as a filler volume fraction
 * @param interfaceFraction the interface-shell volume fraction there (NaN unless core-shell)
 * @param sigmaSCm          the maximum conductivity (S/cm)
 * @param interior          true when the maximum lies strictly between the pure phases (a composite beats both),
 *                          false when it is a pure phase (fraction 0 or 1)
 */
public record CompositeMaximum(double fraction, double volumeFraction, double interfaceFraction, double sigmaSCm,
                               boolean interior) {
}
