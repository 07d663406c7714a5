package org.ionhop.transport;

import java.util.List;

/**
 * The harmonic TST attempt frequency of one path and, with a barrier and temperatures, its rate.
 *
 * @param settings            the settings used
 * @param attemptFrequencyThz nu* in THz (one path: Gamma of Eq. 1 is z nu* for z equivalent paths)
 * @param rates               the rate nu* exp(-E_m/k_B T) per temperature, or null without a barrier and
 *                            temperatures
 */
public record VineyardResult(VineyardSettings settings, double attemptFrequencyThz, List<Rate> rates) {

    /** Copies. */
    public VineyardResult {
        rates = rates == null ? null : List.copyOf(rates);
    }

    /**
     * The rate of the path at one temperature.
     *
     * @param temperatureK T
     * @param ratePerS     k in 1/s
     */
    public record Rate(double temperatureK, double ratePerS) {
    }
}
