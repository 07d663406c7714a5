package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ionhop.io.ProgressListener;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Element;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * The bond-valence site energy workflow: energy model, grid, exact percolation barriers, sites and saddles,
 * site network and hop profiles. The barriers are estimates from a static, empirical force field, good for
 * ranking materials and seeding a kinetic Monte Carlo; NEB or AIMD calculations refine them.
 */
public final class LandscapeAnalysis {
    /** Usual charges of mobile ions, used when the structure does not contain the ion. */
    private static final Map<Element, Integer> DEFAULT_CHARGE = Map.of(Element.Li, 1, Element.Na, 1, Element.K, 1,
            Element.Ag, 1, Element.Cu, 1, Element.Mg, 2, Element.Zn, 2, Element.Ca, 2, Element.F, -1, Element.O, -2);

    private LandscapeAnalysis() {
    }

    /**
     * The charge of the mobile ion: the oxidation state of its sites in the structure, or its usual charge.
     *
     * @throws IllegalArgumentException if neither is known
     */
    public static int mobileCharge(Structure s, Element ion) {
        for (Site site : s.sitesOf(ion)) {
            if (site.hasOxidationState()) {
                return (int) Math.round(site.oxidationState());
            }
        }
        Integer q = DEFAULT_CHARGE.get(ion);
        if (q == null) {
            throw new IllegalArgumentException("charge of the mobile ion " + ion.symbol() + " unknown; give it with "
                    + "--oxidation " + ion.symbol() + "=q");
        }
        return q;
    }

    /**
     * Runs the workflow on a structure whose sites carry oxidation states (see {@link OxidationStates}).
     *
     * @param s        the structure
     * @param ion      the mobile element
     * @param o        settings
     * @param progress progress of the grid evaluation, may be null
     */
    public static LandscapeResult run(Structure s, Element ion, LandscapeOptions o, ProgressListener progress) {
        return run(s, ion, mobileCharge(s, ion), o, progress);
    }

    /**
     * Runs the workflow with the mobile ion's charge given.
     *
     * @param s        the structure, with oxidation states on every framework site
     * @param ion      the mobile element
     * @param q        its charge in e
     * @param o        settings
     * @param progress progress of the grid evaluation, may be null
     */
    public static LandscapeResult run(Structure s, Element ion, int q, LandscapeOptions o, ProgressListener progress) {
        long t0 = System.nanoTime();
        BvseModel model = BvseModel.build(s, ion, q, SoftBvParameters.bundled(), o.cutoffA());
        EnergyGrid grid = GridCalculator.compute(model, EnergyGrid.dimensionsFor(s.lattice(), o.gridSpacingA()), progress);
        int[] order = GridOrder.ascending(grid.values());
        PercolationBarriers barriers = Percolation.sweep(grid, order, o.barrierCapEv());
        double gmin = grid.values()[order[0]];
        Basins basins = Basins.of(grid, order, gmin + o.networkCapEv());
        NetworkBuilder.Built built = NetworkBuilder.build(grid, basins, model, o.mergeEnergyEv(), o.mergeDistanceA(),
                gmin + o.networkCapEv(), ion.symbol(), q, s.source());
        SiteNetwork net = NetworkTypes.assign(built.network());
        double ref = built.referenceEv();
        List<HopProfile> profiles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int h = 0; h < net.hops().size(); h++) {
            NetworkHop hop = net.hops().get(h);
            if (seen.add(hop.type())) {
                profiles.add(Profiles.hop(model, net, built.saddleFrac(), h, hop.type(), ref));
            }
        }
        profiles.sort((a, b) -> Integer.compare(Integer.parseInt(a.label().substring(1)),
                Integer.parseInt(b.label().substring(1))));
        HopProfile lowest = null;
        double thr = NetworkPercolation.thresholds(net)[0];
        if (!Double.isNaN(thr)) {
            List<int[]> cycle = NetworkPercolation.wrappingCycle(net, thr);
            if (!cycle.isEmpty()) {
                lowest = Profiles.path(model, net, built.saddleFrac(), cycle, "lowest 1D path", ref);
            }
        }
        double secs = (System.nanoTime() - t0) * 1e-9;
        return new LandscapeResult(model, grid, barriers, net, built.saddleFrac(), ref, profiles, lowest, secs);
    }
}
