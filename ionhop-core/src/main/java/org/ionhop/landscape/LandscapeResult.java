package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ionhop.grid.PeriodicGrid;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Element;
import org.ionhop.structure.OxidationSource;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * Everything a BVSE run produces ({@link LandscapeAnalysis}).
 *
 * @param settings        the settings of the run
 * @param structure       the structure with the oxidation states the model used (and where they came from)
 * @param model           the energy model
 * @param grid            the landscape on the grid (eV, absolute: not shifted)
 * @param barriers        percolation barriers of the grid (eV above the grid minimum)
 * @param network         sites (energies relative to the lowest site) and hops (saddle energies on that scale)
 * @param saddleFrac      per hop of the network, the saddle point (fractional, frame with the from-site in cell 0)
 * @param networkReferenceEv the absolute energy that is zero in the network (the lowest refined site)
 * @param hopProfiles     the energy profile of one hop of each type, in type order
 * @param lowestPath      profile along a wrapping path through the hops at the 1D threshold, or null if none
 * @param seconds         wall time of the run (s)
 * @param oxidationReport where each oxidation state came from, the residual charge and the runner-up
 */
public record LandscapeResult(BvseSettings settings, Structure structure, BvseModel model, PeriodicGrid grid,
                              PercolationBarriers barriers, SiteNetwork network, List<double[]> saddleFrac,
                              double networkReferenceEv, List<HopProfile> hopProfiles, HopProfile lowestPath,
                              double seconds, OxidationReport oxidationReport) {
    /**
     * One hop of each type, as the summary lists them.
     *
     * @param type           the hop type label ("H1", ...)
     * @param saddleEnergyEv saddle energy relative to the lowest site (eV)
     * @param kraEv          kinetically resolved activation energy (eV)
     * @param distanceA      hop length (Å)
     */
    public record HopType(String type, double saddleEnergyEv, double kraEv, double distanceA) {
    }

    /**
     * The grid as run.
     *
     * @param spacingRequestedA the requested spacing (Å)
     * @param points            points along a, b, c
     * @param cutoffA           the interaction cut-off (Å)
     * @param minimumEv         the grid minimum (eV, absolute)
     */
    public record GridInfo(double spacingRequestedA, int[] points, double cutoffA, double minimumEv) {
    }

    /** Copies the lists. */
    public LandscapeResult {
        saddleFrac = List.copyOf(saddleFrac);
        hopProfiles = List.copyOf(hopProfiles);
    }

    /** The mobile element. */
    public Element ion() {
        return model.mobile();
    }

    /** The mobile ion's charge (e). */
    public int ionCharge() {
        return model.mobileCharge();
    }

    /** The cell formula. */
    public String formula() {
        return structure.formula();
    }

    /** Number of sites in the network. */
    public int numSites() {
        return network.sites().size();
    }

    /** Number of hops in the network. */
    public int numHops() {
        return network.hops().size();
    }

    /** Where the oxidation states came from. */
    public OxidationSource oxidationSource() {
        return structure.oxidationSource();
    }

    /**
     * The oxidation state of each element (e), in order of first appearance; for an element with several states the
     * state of its last site.
     */
    public Map<Element, Double> oxidationStates() {
        Map<Element, Double> out = new LinkedHashMap<>();
        for (Site s : structure.sites()) {
            out.put(s.element(), s.oxidationState());
        }
        return out;
    }

    /** The grid's requested spacing, points, cut-off and minimum. */
    public GridInfo gridInfo() {
        return new GridInfo(settings.gridSpacingA(), grid.dimensions(), settings.cutoffA(), grid.min());
    }

    /** The sites of the network (energies relative to the lowest site). */
    public List<NetworkSite> sites() {
        return network.sites();
    }

    /** The pairs the softBV table lacks, derived by the Adams-Rao recipe ("Li+1-H-1: ..."). */
    public List<String> pairsDerived() {
        return model.pairsDerived();
    }

    /** The softBV pairs the model used ("Li+1-O-2", ...). */
    public List<String> pairsUsed() {
        return model.pairsUsed();
    }

    /** The first hop of each type in network order, with its saddle energy, E_KRA and length. */
    public List<HopType> hopTypes() {
        List<HopType> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NetworkHop h : network.hops()) {
            if (seen.add(h.type())) {
                out.add(new HopType(h.type(), h.saddleEnergyEv(), network.kraEv(h), network.hopLength(h)));
            }
        }
        return out;
    }
}
