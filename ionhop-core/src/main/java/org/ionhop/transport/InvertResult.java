package org.ionhop.transport;

import org.ionhop.stats.Measured;

/**
 * What the inverse of Eq. 1 gives. Exactly one of {@code point} and {@code fit} is present (one sigma, or a
 * series); exactly one of {@code carrierDensity} and {@code attempt} (c solved for, or nu_0 exp(dS/k_B)).
 *
 * @param settings       the settings used
 * @param point          the single measurement used, or null with a series
 * @param fit            the Arrhenius fit of the series, or null with one sigma
 * @param carrierDensity the implied carrier density, or null when it was given
 * @param attempt        the effective attempt frequency, or null when solving for the density
 */
public record InvertResult(InvertSettings settings, Point point, Fit fit, CarrierDensity carrierDensity,
                           Attempt attempt) {

    /**
     * The single measurement.
     *
     * @param sigmaSPerCm          sigma (S/cm)
     * @param temperatureK         T (K)
     * @param activationEnthalpyEv dH (eV)
     */
    public record Point(double sigmaSPerCm, double temperatureK, double activationEnthalpyEv) {
    }

    /**
     * The Arrhenius fit of sigma T.
     *
     * @param activationEnthalpyEv dH = E_a (eV) with its standard error
     * @param convention           the fitted form
     * @param points               number of (T, sigma) pairs
     */
    public record Fit(Measured activationEnthalpyEv, String convention, int points) {
    }

    /**
     * The implied carrier density.
     *
     * @param perCm3 c in 1/cm³ with its standard error (NaN from one sigma)
     */
    public record CarrierDensity(Measured perCm3) {
    }

    /**
     * The effective attempt frequency.
     *
     * @param effectiveThz        nu_0 exp(dS/k_B) in THz with its standard error (NaN from one sigma)
     * @param attemptFrequencyThz the known nu_0 (THz), or null
     * @param activationEntropyKb dS = ln(nu_eff / nu_0) in k_B, or null without a known nu_0
     */
    public record Attempt(Measured effectiveThz, Double attemptFrequencyThz, Double activationEntropyKb) {
    }
}
