package org.ionhop.nmr;

import org.ionhop.stats.Measured;

/**
 * One component of a tracer-exchange fit.
 *
 * @param name              component name (column header)
 * @param amountFraction    its share of all exchanging Li (first-order models; undetermined for spheres)
 * @param initialFraction   fitted 6Li fraction at t = 0
 * @param finalFraction     fitted 6Li fraction at t -&gt; infinity
 * @param riseTimeS         time at which 10 % of its change from the initial to the final fraction is reached, s
 * @param diffusivityCm2S   Li diffusivity in the component's spheres, cm²/s (sphere-diffusion; undetermined
 *                          otherwise)
 */
public record TracerExchangePool(String name, Measured amountFraction, Measured initialFraction,
                                 Measured finalFraction, double riseTimeS, Measured diffusivityCm2S) {
}
