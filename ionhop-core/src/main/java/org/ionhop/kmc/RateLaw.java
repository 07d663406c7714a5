package org.ionhop.kmc;

/** How hop barriers follow from site and saddle energies (physics.md, "Hopping, transition state theory"). */
public enum RateLaw {
    /**
     * Kinetically resolved barrier: E(i to j) = E_KRA + dH/2, clamped so that neither direction is below 0 and
     * the uphill one is at least dH; dH is the total energy change of the hop (site energies, pair interactions,
     * field). E_KRA comes from the network (saddle minus the mean of the two end-site energies).
     */
    KRA,
    /**
     * Random-trap model: one saddle energy E_s for every hop, so the barrier out of site i is E_s - E_i
     * (E_i including the pair interactions of the ion at i), independent of the destination.
     */
    RANDOM_TRAP
}
