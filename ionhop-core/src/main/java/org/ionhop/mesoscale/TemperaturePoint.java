package org.ionhop.mesoscale;

/**
 * The composite at one temperature.
 *
 * @param temperatureK temperature (K)
 * @param sigmaSCm     effective conductivity (S/cm)
 * @param eaEv         apparent activation energy there, -d ln(y) / d(1 / k_B T) with y = sigma or sigma T by the
 *                     settings' convention (eV)
 */
public record TemperaturePoint(double temperatureK, double sigmaSCm, double eaEv) {
}
