package org.ionhop.impedance;

import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.transport.ArrheniusFit;

/**
 * The Arrhenius laws of a temperature series: bulk, grain boundary and total.
 *
 * @param convention    sigma T or plain sigma
 * @param conductance   true when no geometry was given: the conductance 1/R was fitted (same E_a, prefactor in S
 *                      or S K instead of S/cm or S K/cm)
 * @param bulk          law of the bulk conductivity
 * @param grainBoundary law of the grain-boundary conductivity, null without a grain-boundary arc
 * @param total         law of the total (bulk + grain boundary) conductivity
 */
public record ArrheniusLaws(ArrheniusConvention convention, boolean conductance, ArrheniusFit bulk,
                            ArrheniusFit grainBoundary, ArrheniusFit total) {

    /** What was fitted, in words. */
    public String quantity() {
        return conductance ? "conductance 1/R (no geometry given)" : "conductivity";
    }
}
