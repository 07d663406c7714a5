package org.ionhop.nmr;

import org.ionhop.stats.Measured;

/**
 * The result of a Haven-ratio calculation ({@link NmrAnalysis#haven}).
 *
 * @param havenRatio               H_R = D* / D_sigma (relative errors of D* and sigma in quadrature)
 * @param tracerCm2PerS            D* in cm^2/s
 * @param chargeDiffusivityCm2PerS D_sigma = sigma k_B T / (n q^2) in cm^2/s
 * @param carrierDensityPerA3      n in 1/Å^3
 * @param temperatureK             T in K
 */
public record HavenResult(Measured havenRatio, Measured tracerCm2PerS, double chargeDiffusivityCm2PerS,
                          double carrierDensityPerA3, double temperatureK) {
}
