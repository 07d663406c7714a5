package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ionhop.grid.GridOrder;
import org.ionhop.grid.GridPercolation;
import org.ionhop.grid.PeriodicGrid;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.ProgressListener;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Element;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * The facade of the bond-valence site energy workflow: oxidation states (the one route, {@link OxidationStates}),
 * the mobile ion's charge, energy model, grid, exact percolation barriers, sites and saddles, site network and hop
 * profiles. The barriers are estimates from a static, empirical force field, good for ranking materials and seeding
 * a kinetic Monte Carlo; NEB or AIMD calculations refine them.
 *
 * <pre>{@code
 * LandscapeResult r = LandscapeAnalysis.run(StructureReader.read(path), BvseSettings.of(Element.Li), null);
 * double b1 = r.barriers().barrier1dEv();
 * }</pre>
 */
public final class LandscapeAnalysis {
    /** The caveat every presentation of the results should carry (docs/bvse.md). */
    public static final String ESTIMATE_NOTE = "BVSE barriers are estimates from an empirical bond-valence force "
            + "field (static framework, no relaxation); use them to rank materials and to seed kinetic Monte Carlo. "
            + "NEB or AIMD calculations refine them.";

    /** Usual charges of mobile ions, used when the structure does not contain the ion. */
    private static final Map<Element, Integer> DEFAULT_CHARGE = Map.ofEntries(Map.entry(Element.Li, 1),
            Map.entry(Element.Na, 1), Map.entry(Element.K, 1), Map.entry(Element.Ag, 1), Map.entry(Element.Cu, 1),
            Map.entry(Element.Mg, 2), Map.entry(Element.Zn, 2), Map.entry(Element.Ca, 2), Map.entry(Element.Al, 3),
            Map.entry(Element.F, -1), Map.entry(Element.Cl, -1), Map.entry(Element.O, -2));

    private LandscapeAnalysis() {
    }

    /**
     * Runs the workflow on a structure as read: its oxidation states are resolved by {@link OxidationStates#assign}
     * with the settings' user states, the mobile ion's charge by {@link #mobileCharge}.
     *
     * @param structure the structure as read (with or without oxidation states)
     * @param settings  the settings
     * @param progress  progress of the grid evaluation (blocks of the grid done / blocks), then of the saddle
     *                  refinement (hops done / hops); may be null
     * @throws InvalidSettingException (setting {@code oxidationStates}) when no oxidation states can be assigned or
     *                                 the softBV table lacks a pair of the assigned ions
     */
    public static LandscapeResult run(Structure structure, BvseSettings settings, ProgressListener progress) {
        OxidationStates.Assignment a = OxidationStates.assign(structure, settings.oxidationStates());
        Structure s = a.require();
        Element ion = settings.ion();
        Integer user = settings.oxidationStates().get(ion);
        return run(s, a.report(), settings, user != null ? user : mobileCharge(s, ion), progress);
    }

    /**
     * The charge of the mobile ion: the oxidation state of its sites in the structure, or its usual charge.
     *
     * @throws InvalidSettingException (setting {@code oxidationStates}) if neither is known
     */
    public static int mobileCharge(Structure s, Element ion) {
        for (Site site : s.sitesOf(ion)) {
            if (site.hasOxidationState()) {
                return (int) Math.round(site.oxidationState());
            }
        }
        Integer q = DEFAULT_CHARGE.get(ion);
        if (q == null) {
            throw new InvalidSettingException(OxidationStates.SETTING, "the charge of the mobile ion " + ion.symbol()
                    + " is unknown; give it as " + ion.symbol() + "=q");
        }
        return q;
    }

    /**
     * Bytes held per grid point at the peak of a run: the energies (8), the ascending order (4) and, during the
     * percolation sweep, its union-find (parent 4, image offset 12, size 4, basis reference 8, dimension 1) and
     * added flags (1); the sort before it holds 8-byte keys, the basin labelling after it 8 bytes, both less. The
     * command line keeps the grid while it writes the cube and grid files, which shift it once (8 more). Counted
     * in {@code LandscapeAnalysisMemoryTest} against the bytes a run allocates.
     */
    static final int BYTES_PER_POINT = 8 + 4 + 4 + 12 + 4 + 8 + 1 + 1 + 8;

    /** Bytes a run on a grid of these dimensions needs at its peak (grid arrays only, {@link #BYTES_PER_POINT}). */
    public static long estimatedBytes(int[] n) {
        return (long) n[0] * n[1] * n[2] * BYTES_PER_POINT;
    }

    /**
     * Refuses a grid that cannot fit, before anything is allocated.
     *
     * @param n         grid points along a, b, c
     * @param heapBytes the memory the heap can still give (bytes)
     * @throws InvalidSettingException (setting {@code gridSpacingA}) when the grid has more points than an array
     *                                 holds or its estimated memory exceeds {@code heapBytes}
     */
    static void requireMemory(int[] n, long heapBytes) {
        long points = (long) n[0] * n[1] * n[2];
        long need = estimatedBytes(n);
        String grid = n[0] + "x" + n[1] + "x" + n[2];
        if (points > Integer.MAX_VALUE - 8) {
            throw new InvalidSettingException("gridSpacingA", String.format(java.util.Locale.ROOT,
                    "a %s grid has %.2g points, more than one array holds (2^31); choose a coarser spacing", grid,
                    (double) points));
        }
        if (need > heapBytes) {
            throw new InvalidSettingException("gridSpacingA", String.format(java.util.Locale.ROOT,
                    "a %s grid needs ~%.1f GB, the heap allows %.1f GB; choose a coarser spacing or give Java more "
                            + "memory (-Xmx)", grid, need / 1e9, heapBytes / 1e9));
        }
    }

    /** The memory the heap can still give: its maximum less what is in use (bytes). */
    static long availableHeapBytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    private static LandscapeResult run(Structure s, OxidationReport report, BvseSettings o, int q,
                                       ProgressListener progress) {
        long t0 = System.nanoTime();
        Element ion = o.ion();
        int[] dims = PeriodicGrid.dimensionsFor(s.lattice(), o.gridSpacingA());
        requireMemory(dims, availableHeapBytes());
        BvseModel model = BvseModel.build(s, ion, q, SoftBvParameters.bundled(), o.cutoffA());
        PeriodicGrid grid = GridCalculator.compute(model, dims, progress, o.threads());
        int[] order = GridOrder.ascending(grid.values());
        PercolationBarriers gridBarriers = PercolationBarriers.of(GridPercolation.subLevel(grid, order,
                o.barrierCapEv()));
        double gmin = grid.values()[order[0]];
        Basins basins = Basins.of(grid, order, gmin + o.networkCapEv());
        NetworkBuilder.Built built = NetworkBuilder.build(grid, basins, model, o.mergeEnergyEv(), o.mergeDistanceA(),
                gmin + o.networkCapEv(), ion.symbol(), q, s.source(), progress);
        SiteNetwork net = NetworkTypes.assign(built.network());
        double ref = built.referenceEv();
        PercolationBarriers barriers = NetworkPercolation.barriers(net, ref, gridBarriers);
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
        return new LandscapeResult(o, s, model, grid, barriers, net, built.saddleFrac(), ref, profiles, lowest, secs,
                report);
    }
}
