package org.ionhop.nmr;

import org.ionhop.stats.Measured;

/**
 * A fitted exchange between two pools.
 *
 * @param poolA    first pool
 * @param poolB    second pool
 * @param ratePerS r_AB: the fraction of all Li swapped between A and B per second
 * @param kAbPerS  k_AB = r_AB / w_A: rate at which a Li of A is replaced by one from B, 1/s
 * @param kBaPerS  k_BA = r_AB / w_B, 1/s
 */
public record TracerExchangeRate(String poolA, String poolB, Measured ratePerS, Measured kAbPerS,
                                 Measured kBaPerS) {
}
