package org.ionhop.transport;

import java.util.List;

/**
 * Phonon-assisted hopping at each temperature.
 *
 * @param settings          the settings used
 * @param barrierLoweringEv alpha²/(2 m omega²) of the mode (eV), or null without a mode
 * @param results           one row per temperature
 */
public record PhononResult(PhononSettings settings, Double barrierLoweringEv, List<Row> results) {

    /** Copies. */
    public PhononResult {
        results = List.copyOf(results);
    }

    /**
     * One temperature.
     *
     * @param temperatureK     T
     * @param spreadEv         s (eV)
     * @param effectiveBarrierEv E_0 - s²/(2 k_B T) (eV)
     * @param meanRatePerS     nu_0 exp(-E_eff/k_B T) in 1/s
     * @param enhancement      the rate over that of a rigid barrier
     */
    public record Row(double temperatureK, double spreadEv, double effectiveBarrierEv, double meanRatePerS,
                      double enhancement) {
    }
}
