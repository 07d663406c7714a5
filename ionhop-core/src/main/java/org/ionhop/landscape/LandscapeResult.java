package org.ionhop.landscape;

import java.util.List;

import org.ionhop.network.SiteNetwork;

/**
 * Everything a BVSE run produces.
 *
 * @param model           the energy model
 * @param grid            the landscape on the grid (eV, absolute: not shifted)
 * @param barriers        percolation barriers of the grid (eV above the grid minimum)
 * @param network         sites (energies relative to the lowest site) and hops (saddle energies on that scale)
 * @param saddleFrac      per hop of the network, the saddle point (fractional, frame with the from-site in cell 0)
 * @param networkReferenceEv the absolute energy that is zero in the network (the lowest refined site)
 * @param hopProfiles     the energy profile of one hop of each type, in type order
 * @param lowestPath      profile along a wrapping path through the hops at the 1D threshold, or null if none
 * @param seconds         wall time of the run (s)
 */
public record LandscapeResult(BvseModel model, EnergyGrid grid, PercolationBarriers barriers, SiteNetwork network,
                              List<double[]> saddleFrac, double networkReferenceEv, List<HopProfile> hopProfiles,
                              HopProfile lowestPath, double seconds) {
    /** Copies the lists. */
    public LandscapeResult {
        saddleFrac = List.copyOf(saddleFrac);
        hopProfiles = List.copyOf(hopProfiles);
    }
}
