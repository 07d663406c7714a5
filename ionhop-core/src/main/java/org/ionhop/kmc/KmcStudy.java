package org.ionhop.kmc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.ProgressListener;
import org.ionhop.network.NetworkSupercell;
import org.ionhop.network.SiteNetwork;
import org.ionhop.network.StructureNetwork;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.units.Units;

/**
 * The kinetic Monte Carlo study as one library call: source -&gt; site network -&gt; {@link KmcSystem} -&gt;
 * {@link KmcParameters} -&gt; {@link KmcSweep} over the temperatures -&gt; {@link KmcStudyResult}. Every default
 * that the settings leave open is resolved here, once, for every front end:
 * <ul>
 *   <li>ions: {@link KmcSettings#ions}, else sites minus {@link KmcSettings#vacancies}, else the source's count
 *       (a structure's occupancies, a network's {@link KmcSource.Network#ionsPerCell}) times the repetitions,
 *       kept between 1 and sites - 1 (one vacancy when the count fills every site), else half filling;</li>
 *   <li>barrier: {@link KmcSettings#barrierEv}, else the network's own barriers, {@link KmcSettings#DEFAULT_BARRIER_EV}
 *       for built-in lattices, structures and the random-trap saddle;</li>
 *   <li>equilibration: the larger of 10 events per site and a fifth of the measured events per replica;</li>
 *   <li>dimension d of D = MSD / (2 d t): the lattice's, 3 for networks and structures.</li>
 * </ul>
 */
public final class KmcStudy {
    private KmcStudy() {
    }

    /**
     * Runs the study.
     *
     * @param settings the settings
     * @param progress receives the events done out of all events of the study
     * @return the result
     * @throws InvalidSettingException for a composition the network cannot hold (more ions or vacancies than sites)
     * @throws IllegalArgumentException for a source that gives no usable network (no hops, no sites of the ion)
     */
    public static KmcStudyResult run(KmcSettings settings, ProgressListener progress) {
        Built built = build(settings);
        SiteNetwork net = built.network();
        KmcSystem sys = new KmcSystem(net, built.dimension());
        int ions = ions(settings, sys.sites(), built.ionsInSource(), built.repetition());
        KmcParameters p = parameters(settings, sys, net, ions);
        int threads = settings.threads() != null ? settings.threads() : Runtime.getRuntime().availableProcessors();
        KmcSweep sweep = KmcSweep.run(sys, p, settings.temperatureArrayK(), settings.replicas(), settings.seed(), threads,
                progress);
        List<KmcEstimates> estimates = sweep.results().stream().map(KmcEstimates::of).toList();
        return new KmcStudyResult(settings, net.source(), sys.sites(), sys.directedHops() / 2, sys.dimension(),
                built.repetition(), ions, p.isotopes().stream().map(Isotope::label).toList(), estimates, sweep,
                sys.singleFile());
    }

    /**
     * The site network a study with these settings runs on: the source's, repeated as {@link #run} repeats it
     * (supercell, then up to the source's fewest sites). Lets a front end look at it before choosing settings, e.g.
     * count its connected parts ({@link KmcSystem#connectedParts}).
     *
     * @param settings the settings
     * @return the network
     * @throws IllegalArgumentException for a source that gives no usable network
     */
    public static SiteNetwork network(KmcSettings settings) {
        return build(settings).network();
    }

    /**
     * The network of the source, its dimension, its repetition factor along each axis and the mobile ions per
     * cell of the source as given (0 when unknown).
     */
    private record Built(SiteNetwork network, int dimension, int repetition, int ionsInSource) {
    }

    private static Built build(KmcSettings s) {
        double barrier = s.barrierEv() != null ? s.barrierEv() : KmcSettings.DEFAULT_BARRIER_EV;
        KmcSource src = s.source();
        if (src instanceof KmcSource.Lattice l) {
            // Sites and hops per conventional cell from a 3-cell lattice (cheap), scaled to the size asked for.
            SiteNetwork small = l.lattice().network(3, l.hopDistanceA(), barrier, s.ion().symbol());
            double cells = Math.pow(l.size(), l.lattice().dimension());
            double perCell = Math.pow(3, l.lattice().dimension());
            requireMemory(s, "size", small.sites().size() / perCell * cells, small.hops().size() / perCell * cells, 0);
            return new Built(l.lattice().network(l.size(), l.hopDistanceA(), barrier, s.ion().symbol()),
                    l.lattice().dimension(), 1, 0);
        }
        if (src instanceof KmcSource.Network n) {
            double rep = Math.pow(n.supercell(), 3);
            requireMemory(s, "supercell", n.network().sites().size() * rep, n.network().hops().size() * rep, 0);
            SiteNetwork net = n.supercell() > 1 ? NetworkSupercell.of(n.network(), n.supercell()) : n.network();
            return repeated(net, n.supercell(), n.minSites(), n.ionsPerCell());
        }
        KmcSource.StructureSites st = (KmcSource.StructureSites) src;
        Structure structure = st.structure();
        int c = st.supercell();
        if (c > 1) {
            // The network of one cell (small) tells the sites and hops per cell before the supercell is made.
            SiteNetwork one = StructureNetwork.build(structure, s.ion(), st.cutoffA(), barrier, st.hopBarriersEv(),
                    st.siteEnergiesEv());
            double rep = Math.pow(c, 3);
            requireMemory(s, "supercell", one.sites().size() * rep, one.hops().size() * rep,
                    structure.sites().size() * rep);
            structure = structure.supercell(c, c, c);
        }
        SiteNetwork net = StructureNetwork.build(structure, s.ion(), st.cutoffA(), barrier, st.hopBarriersEv(),
                st.siteEnergiesEv());
        return repeated(net, c, st.minSites(), StructureNetwork.ionsFromOccupancy(st.structure(), s.ion()));
    }

    /**
     * Bytes a study holds per site, per undirected hop and per atom of a structure supercell (64-bit JVM with
     * compressed references), counted from the arrays and objects that live at the same time:
     * <ul>
     *   <li>per site: the network's site record with its coordinate array (about 90 B) and the compiled system's
     *       site arrays (20 B);</li>
     *   <li>per undirected hop: its record and image array (about 80 B), two directed hops in the compiled system
     *       (2 x 48 B: target, reverse, multiplicity, type, vector, barrier) and in the rate model of every
     *       temperature (2 x 46 B each);</li>
     *   <li>per site and running replica: occupancy, carriers, bond counts, sum tree, displacements and occupied
     *       times (about 110 B); per site and finished replica its occupancy (8 B);</li>
     *   <li>per atom of a structure supercell: its record, coordinates and label (about 150 B).</li>
     * </ul>
     */
    static double memoryBytes(KmcSettings s, double sites, double hops, double atoms) {
        int temperatures = s.temperaturesK().size();
        int threads = s.threads() != null ? s.threads() : Runtime.getRuntime().availableProcessors();
        int running = Math.min(threads, s.replicas() * temperatures);
        return sites * (110 + running * 110.0 + s.replicas() * temperatures * 8.0)
                + hops * (80 + 96 + 92.0 * temperatures) + atoms * 150;
    }

    /**
     * Refuses, before anything is allocated, a cell that cannot fit: more sites or directed hops than an array can
     * index, or an estimated footprint ({@link #memoryBytes}) above the memory the JVM may still take.
     */
    private static void requireMemory(KmcSettings s, String setting, double sites, double hops, double atoms) {
        double need = memoryBytes(s, sites, hops, atoms);
        Runtime rt = Runtime.getRuntime();
        double free = rt.maxMemory() - (double) (rt.totalMemory() - rt.freeMemory());
        if (sites > Integer.MAX_VALUE - 8 || 2 * hops > Integer.MAX_VALUE - 8 || need > free) {
            throw new InvalidSettingException(setting, String.format(java.util.Locale.ROOT,
                    "expected a cell that fits in memory: %.3g sites and %.3g hops need about %.3g GB, and the JVM "
                            + "can take %.3g GB more%s", sites, hops, need / 1e9, free / 1e9,
                    sites > Integer.MAX_VALUE - 8 || 2 * hops > Integer.MAX_VALUE - 8
                            ? " (and more than 2^31 sites or directed hops cannot be indexed)" : ""));
        }
    }

    /** Repeats a network until it has {@code minSites} sites: n = ceil(cbrt(minSites / sites)) along each axis. */
    private static Built repeated(SiteNetwork net, int supercell, int minSites, int ionsInSource) {
        int n = net.sites().size();
        int rep = n >= minSites ? 1 : (int) Math.ceil(Math.cbrt((double) minSites / n));
        SiteNetwork out = rep > 1 ? NetworkSupercell.of(net, rep) : net;
        return new Built(out, 3, supercell * rep, ionsInSource);
    }

    private static int ions(KmcSettings s, int sites, int ionsInSource, int repetition) {
        if (s.ions() != null) {
            int n = s.ions();
            InvalidSettingException.require(n < sites, "ions", range(sites, n));
            return n;
        }
        if (s.vacancies() != null) {
            int v = s.vacancies();
            InvalidSettingException.require(v < sites, "vacancies", range(sites, v));
            return sites - v;
        }
        if (sites < 2) {
            throw new IllegalArgumentException("a lattice gas needs at least 2 sites, the network has " + sites);
        }
        if (ionsInSource > 0) {
            long n = (long) ionsInSource * repetition * repetition * repetition;
            return (int) Math.max(1, Math.min(sites - 1L, n));
        }
        return sites / 2;
    }

    private static String range(int sites, int given) {
        return "expected between 1 and " + (sites - 1) + " on the " + sites + " sites, got " + given;
    }

    private static KmcParameters parameters(KmcSettings s, KmcSystem sys, SiteNetwork net, int ions) {
        RateLaw law = s.rateLaw();
        double override;
        if (s.barrierEv() != null) {
            // A built-in lattice already carries the barrier in its hops; an override changes nothing there.
            override = s.source() instanceof KmcSource.Lattice && law == RateLaw.KRA ? Double.NaN : s.barrierEv();
        } else {
            override = law == RateLaw.RANDOM_TRAP ? KmcSettings.DEFAULT_BARRIER_EV : Double.NaN;
        }
        long perReplica = s.steps() / s.replicas();
        long eq = s.equilibration() != null ? s.equilibration() : Math.max(10L * sys.sites(), perReplica / 5);
        Map<String, Double> byType = new LinkedHashMap<>();
        s.attemptFrequencyByTypeHz().forEach((k, v) -> byType.put(k, Units.hzToPerPs(v)));
        double phonon = s.phononCouplingEvPerA() == 0 ? 0
                : KmcParameters.phononLowering(s.phononCouplingEvPerA(), s.phononFrequencyThz(), s.phononMassAmu());
        double refMass = Element.fromSymbol(net.ion()).map(Element::massAmu).orElse(1.0);
        return new KmcParameters(s.temperaturesK().get(0), ions, law, override, Units.hzToPerPs(s.attemptFrequencyHz()),
                byType, s.siteDisorder(), s.interactionEv(), s.fieldVectorVPerA(), phonon, s.isotopes(), refMass,
                perReplica, eq, s.blocks());
    }
}
