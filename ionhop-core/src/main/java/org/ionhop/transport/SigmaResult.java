package org.ionhop.transport;

import java.util.List;

/**
 * Eq. 1 forward at each temperature.
 *
 * @param settings the settings used
 * @param results  one row per temperature, in the order given
 */
public record SigmaResult(SigmaSettings settings, List<SigmaResult.Row> results) {

    /** Copies. */
    public SigmaResult {
        results = List.copyOf(results);
    }

    /**
     * Eq. 1 at one temperature.
     *
     * @param temperatureK             T
     * @param sigmaSPerCm              sigma in S/cm
     * @param chargeDiffusivityCm2PerS D_sigma in cm²/s
     * @param tracerDiffusivityCm2PerS D* in cm²/s
     * @param jumpRatePerS             Gamma, the total jump rate of an ion, in 1/s
     */
    public record Row(double temperatureK, double sigmaSPerCm, double chargeDiffusivityCm2PerS,
                      double tracerDiffusivityCm2PerS, double jumpRatePerS) {
    }
}
