package org.ionhop.mesoscale;

import java.util.List;

/**
 * The composite at one filler fraction, at the reference temperature.
 *
 * @param fraction          the filler fraction as given (volume or weight, by the settings)
 * @param volumeFraction    the filler volume fraction
 * @param interfaceFraction the interface-shell volume fraction (NaN unless the model is core-shell)
 * @param sigmaSCm          the effective conductivity (S/cm)
 * @param bounds            the Wiener and Hashin-Shtrikman bounds of the same phases and volume fractions
 * @param eaEv              apparent activation energy at the reference temperature (eV; NaN when no temperatures
 *                          were asked for)
 * @param sigmaT            the conductivity and apparent E_a at each asked-for temperature
 */
public record CompositePoint(double fraction, double volumeFraction, double interfaceFraction, double sigmaSCm,
                             Bounds bounds, double eaEv, List<TemperaturePoint> sigmaT) {
    /** Copies the list. */
    public CompositePoint {
        sigmaT = List.copyOf(sigmaT);
    }
}
