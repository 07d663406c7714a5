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
                built.repetition(), ions, p.isotopes().stream().map(Isotope::label).toList(), estimates, sweep);
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
            return new Built(l.lattice().network(l.size(), l.hopDistanceA(), barrier, s.ion().symbol()),
                    l.lattice().dimension(), 1, 0);
        }
        if (src instanceof KmcSource.Network n) {
            SiteNetwork net = n.supercell() > 1 ? NetworkSupercell.of(n.network(), n.supercell()) : n.network();
            return repeated(net, n.supercell(), n.minSites(), n.ionsPerCell());
        }
        KmcSource.StructureSites st = (KmcSource.StructureSites) src;
        Structure structure = st.structure();
        int c = st.supercell();
        if (c > 1) {
            structure = structure.supercell(c, c, c);
        }
        SiteNetwork net = StructureNetwork.build(structure, s.ion(), st.cutoffA(), barrier, st.hopBarriersEv(),
                st.siteEnergiesEv());
        return repeated(net, c, st.minSites(), StructureNetwork.ionsFromOccupancy(st.structure(), s.ion()));
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
