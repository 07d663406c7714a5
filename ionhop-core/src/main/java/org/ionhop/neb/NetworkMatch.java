package org.ionhop.neb;

import org.ionhop.network.NetworkHop;

/**
 * The hop of a site network that an NEB band covers.
 *
 * @param hopIndex          index of the hop in the network's hop list
 * @param hop               the hop
 * @param reversed          whether the band runs from the hop's {@code to} site to its {@code from} site
 * @param mismatchA         the larger of the start-position and end-position mismatches, Å
 * @param networkKraEv      the network's E_KRA of the hop, eV
 * @param nebKraEv          the band's E_KRA = (forward + reverse barrier)/2, eV
 * @param networkReactionEnergyEv the network's site-energy difference in the band's direction (end minus start), eV,
 *                          to compare with the band's reaction energy
 */
public record NetworkMatch(int hopIndex, NetworkHop hop, boolean reversed, double mismatchA, double networkKraEv,
                           double nebKraEv, double networkReactionEnergyEv) {
    /** NEB minus network E_KRA, eV. */
    public double deltaEv() {
        return nebKraEv - networkKraEv;
    }
}
