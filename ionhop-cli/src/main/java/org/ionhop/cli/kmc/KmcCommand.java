package org.ionhop.cli.kmc;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.Progress;
import org.ionhop.kmc.BuiltinLattice;
import org.ionhop.kmc.Disorder;
import org.ionhop.kmc.Isotope;
import org.ionhop.kmc.KmcParameters;
import org.ionhop.kmc.KmcResult;
import org.ionhop.kmc.KmcSweep;
import org.ionhop.kmc.KmcSystem;
import org.ionhop.kmc.NetworkSupercell;
import org.ionhop.kmc.RateLaw;
import org.ionhop.kmc.StructureNetwork;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.units.Units;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ionhop kmc}: kinetic Monte Carlo of ion hopping on built-in lattices, site networks and structures. */
@Command(name = "kmc", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Kinetic Monte Carlo of ion hopping (lattice gas with site exclusion, rejection-free BKL).",
            "Reports tracer and charge diffusivity, Haven ratio, correlation factor, Nernst-Einstein conductivity, "
                + "occupancies and (bipartite networks) the staggered order parameter. Method: docs/kmc.md."})
public final class KmcCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Where the sites come from: exactly one. */
    static final class Source {
        @Option(names = "--lattice", paramLabel = "NAME",
                description = "Built-in lattice: chain, square, triangular, honeycomb, simple-cubic (sc), bcc, fcc, diamond.")
        String lattice;

        @Option(names = "--network", paramLabel = "FILE", description = "Site network, JSON or YAML (docs/network-format.md).")
        Path network;

        @Option(names = "--structure", paramLabel = "FILE",
                description = "Structure (CIF/POSCAR): the --ion sites joined within --cutoff.")
        Path structure;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--size", paramLabel = "L", defaultValue = "8",
            description = "Conventional cells per periodic direction of a built-in lattice (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--hop-distance", paramLabel = "Å", defaultValue = "3.0",
            description = "Nearest-neighbour distance of a built-in lattice in Å (default: ${DEFAULT-VALUE}).")
    double hopDistance;

    @Option(names = "--ion", paramLabel = "EL", defaultValue = "Li", description = "Mobile ion (default: ${DEFAULT-VALUE}).")
    String ion;

    @Option(names = "--cutoff", paramLabel = "Å", defaultValue = "3.5",
            description = "Largest hop distance between mobile-ion sites of a structure (default: ${DEFAULT-VALUE}).")
    double cutoff;

    @Option(names = "--supercell", paramLabel = "N", defaultValue = "1",
            description = "Repeat a structure N x N x N times before building its network (default: ${DEFAULT-VALUE}).")
    int supercell;

    @Option(names = "--hop-barrier", paramLabel = "TYPE=eV",
            description = "E_KRA of a structure's hop type (\"Li1-Li2@2.43\") or label pair (\"Li1-Li2\"); repeatable.")
    Map<String, Double> hopBarriers = new LinkedHashMap<>();

    @Option(names = "--site-energy", paramLabel = "LABEL=eV",
            description = "Site energy of a structure's site label; repeatable (default 0).")
    Map<String, Double> siteEnergies = new LinkedHashMap<>();

    @Option(names = "--ions", paramLabel = "N", description = "Number of mobile ions.")
    Integer ions;

    @Option(names = "--vacancies", paramLabel = "N", description = "Number of empty sites (ions = sites - N).")
    Integer vacancies;

    @Option(names = "--temperature", paramLabel = "K", arity = "1..*", split = ",",
            description = "Temperature(s) in K; two or more give an Arrhenius fit (default: 300).")
    List<Double> temperatures = new ArrayList<>(List.of(300.0));

    @Option(names = "--barrier", paramLabel = "eV",
            description = "E_KRA of every hop (KRA law; default 0.3 for lattices and structures, the file's for networks) "
                    + "or the saddle energy E_s (random trap; default 0.3).")
    Double barrier;

    @Option(names = "--rate-law", paramLabel = "LAW", defaultValue = "kra",
            description = "kra (E = E_KRA + dH/2, clamped) or random-trap (E = E_s - E_i) (default: ${DEFAULT-VALUE}).")
    String rateLaw;

    @Option(names = "--attempt-frequency", paramLabel = "Hz", defaultValue = "1e13",
            description = "Attempt frequency nu (default: ${DEFAULT-VALUE} Hz).")
    double attemptHz;

    @Option(names = "--attempt-frequency-type", paramLabel = "TYPE=Hz",
            description = "Attempt frequency of one hop type; repeatable.")
    Map<String, Double> attemptByType = new LinkedHashMap<>();

    @Option(names = "--disorder-sigma", paramLabel = "eV", defaultValue = "0",
            description = "Standard deviation of random site energies (default: ${DEFAULT-VALUE}).")
    double disorderSigma;

    @Option(names = "--disorder", paramLabel = "KIND", defaultValue = "gaussian",
            description = "Distribution of the site disorder: gaussian or uniform (default: ${DEFAULT-VALUE}).")
    String disorderKind;

    @Option(names = "--interaction", paramLabel = "eV", defaultValue = "0",
            description = "Pair energy eps of ions on neighbouring sites, H = eps sum n_i n_j (default: ${DEFAULT-VALUE}).")
    double interaction;

    @Option(names = "--field", paramLabel = "V/Å", defaultValue = "0",
            description = "Electric field strength for the field-driven mode (default: ${DEFAULT-VALUE}).")
    double field;

    @Option(names = "--field-direction", paramLabel = "X,Y,Z", split = ",", defaultValue = "1,0,0",
            description = "Cartesian direction of the field (default: ${DEFAULT-VALUE}).")
    double[] fieldDirection;

    @Option(names = "--isotopes", paramLabel = "MIX",
            description = "Isotope mixture of the mobile ion, e.g. 6Li:0.5,7Li:0.5 or name@mass:fraction.")
    String isotopes;

    @Option(names = "--phonon-coupling", paramLabel = "eV/Å", defaultValue = "0",
            description = "Barrier-mode coupling alpha of phonon-assisted hopping (default: ${DEFAULT-VALUE}).")
    double phononAlpha;

    @Option(names = "--phonon-frequency", paramLabel = "THz", defaultValue = "5",
            description = "Frequency of the barrier-modulating mode (default: ${DEFAULT-VALUE}).")
    double phononThz;

    @Option(names = "--phonon-mass", paramLabel = "amu", defaultValue = "30",
            description = "Effective mass of that mode (default: ${DEFAULT-VALUE}).")
    double phononMass;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "2000000",
            description = "Measured kMC events per temperature, split over the replicas (default: ${DEFAULT-VALUE}).")
    long steps;

    @Option(names = "--equilibration", paramLabel = "N",
            description = "Events per replica before measuring (default: the larger of 10 per site and steps/replicas/5).")
    Long equilibration;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "4",
            description = "Independent replicas per temperature (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--blocks", paramLabel = "N", defaultValue = "10",
            description = "Blocks per replica for the error bars (default: ${DEFAULT-VALUE}).")
    int blocks;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        SiteNetwork net = network();
        int dim = source.lattice != null ? BuiltinLattice.parse(source.lattice).dimension() : 3;
        KmcSystem sys = new KmcSystem(net, dim);
        KmcParameters p = parameters(sys, net);
        double[] temps = temperatures.stream().mapToDouble(Double::doubleValue).toArray();
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        KmcSweep sweep;
        try (Progress progress = Progress.start("kMC", output.json)) {
            sweep = KmcSweep.run(sys, p, temps, replicas, seed, nThreads, progress);
        }
        List<String> isoLabels = p.isotopes().stream().map(Isotope::label).toList();
        List<Path> written = output.writeFiles() ? writePlots(sweep) : List.of();
        ObjectNode json = json(sweep, sys, isoLabels, written);
        if (output.writeFiles()) {
            Json.writeFile(output.outputDir.resolve("kmc.json"), json);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            out.println(Json.write(json));
        } else {
            printTable(out, sweep, sys, written);
        }
        out.flush();
        return 0;
    }

    private SiteNetwork network() {
        Element el = Element.fromSymbol(ion).orElseThrow(() -> new IllegalArgumentException("unknown element '" + ion + "'"));
        if (source.lattice != null) {
            return BuiltinLattice.parse(source.lattice).network(size, hopDistance, barrier == null ? 0.3 : barrier, el.symbol());
        }
        if (source.network != null) {
            SiteNetwork n = NetworkJson.read(source.network);
            return supercell > 1 ? NetworkSupercell.of(n, supercell) : n;
        }
        Structure s = StructureReader.read(source.structure);
        if (supercell > 1) {
            s = s.supercell(supercell, supercell, supercell);
        }
        return StructureNetwork.build(s, el, cutoff, barrier == null ? 0.3 : barrier, hopBarriers, siteEnergies);
    }

    private KmcParameters parameters(KmcSystem sys, SiteNetwork net) {
        int n = numberOfIons(sys, net);
        RateLaw law = parseRateLaw(rateLaw);
        double barrierEv = barrier != null ? barrier : law == RateLaw.RANDOM_TRAP ? 0.3 : Double.NaN;
        if (source.lattice != null && law == RateLaw.KRA) {
            barrierEv = Double.NaN;
        }
        Disorder d = switch (disorderKind.toLowerCase(Locale.ROOT)) {
            case "gaussian", "normal" -> Disorder.gaussian(disorderSigma);
            case "uniform" -> Disorder.uniform(disorderSigma);
            default -> throw new IllegalArgumentException("--disorder must be gaussian or uniform, got " + disorderKind);
        };
        if (replicas < 1 || steps < (long) replicas * blocks) {
            throw new IllegalArgumentException("--steps must be at least replicas x blocks = " + (long) replicas * blocks);
        }
        long perReplica = steps / replicas;
        long eq = equilibration != null ? equilibration : Math.max(10L * sys.sites(), perReplica / 5);
        Map<String, Double> byType = new LinkedHashMap<>();
        attemptByType.forEach((k, v) -> byType.put(k, Units.hzToPerPs(v)));
        double phonon = phononAlpha == 0 ? 0 : KmcParameters.phononLowering(phononAlpha, phononThz, phononMass);
        List<Isotope> mix = isotopes == null ? List.of() : Isotope.parseMixture(isotopes);
        double refMass = Element.fromSymbol(net.ion()).map(Element::massAmu).orElse(1.0);
        return new KmcParameters(temperatures.get(0), n, law, barrierEv, Units.hzToPerPs(attemptHz), byType, d,
                interaction, fieldVector(), phonon, mix, refMass, perReplica, eq, blocks);
    }

    private int numberOfIons(KmcSystem sys, SiteNetwork net) {
        if (ions != null && vacancies != null) {
            throw new IllegalArgumentException("give --ions or --vacancies, not both");
        }
        int n;
        if (ions != null) {
            n = ions;
        } else if (vacancies != null) {
            n = sys.sites() - vacancies;
        } else if (source.structure != null) {
            n = Math.min(sys.sites() - 1, StructureNetwork.ionsFromOccupancy(StructureReader.read(source.structure),
                    Element.fromSymbol(net.ion()).orElseThrow()) * supercell * supercell * supercell);
        } else {
            n = sys.sites() / 2;
        }
        if (n < 1 || n >= sys.sites()) {
            throw new IllegalArgumentException("need between 1 and " + (sys.sites() - 1) + " ions on " + sys.sites()
                    + " sites, got " + n);
        }
        return n;
    }

    static RateLaw parseRateLaw(String s) {
        return switch (s.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "kra" -> RateLaw.KRA;
            case "random-trap", "trap" -> RateLaw.RANDOM_TRAP;
            default -> throw new IllegalArgumentException("--rate-law must be kra or random-trap, got " + s);
        };
    }

    private double[] fieldVector() {
        if (fieldDirection.length != 3) {
            throw new IllegalArgumentException("--field-direction needs three components");
        }
        double len = Math.sqrt(fieldDirection[0] * fieldDirection[0] + fieldDirection[1] * fieldDirection[1]
                + fieldDirection[2] * fieldDirection[2]);
        if (!(len > 0)) {
            throw new IllegalArgumentException("--field-direction must not be zero");
        }
        return new double[] {field * fieldDirection[0] / len, field * fieldDirection[1] / len, field * fieldDirection[2] / len};
    }

    private List<Path> writePlots(KmcSweep sweep) {
        List<Path> out = new ArrayList<>();
        Path msd = output.outputDir.resolve("kmc-msd.svg");
        Charts.writeSvg(KmcCharts.msd(sweep), msd);
        out.add(msd);
        Path occ = output.outputDir.resolve("kmc-occupancy.svg");
        Charts.writeSvg(KmcCharts.occupancy(sweep), occ);
        out.add(occ);
        sweep.conductivityFit().ifPresent(f -> {
            Path a = output.outputDir.resolve("kmc-arrhenius.svg");
            Charts.writeSvg(KmcCharts.arrhenius(sweep, f), a);
            out.add(a);
        });
        return out;
    }

    private ObjectNode json(KmcSweep sweep, KmcSystem sys, List<String> isoLabels, List<Path> written) {
        ObjectNode o = Json.object();
        List<Path> inputs = new ArrayList<>();
        if (source.network != null) {
            inputs.add(source.network);
        }
        if (source.structure != null) {
            inputs.add(source.structure);
        }
        o.set("meta", Json.meta("kmc", inputs, seed, KmcJson.units()));
        o.put("source", sys.network().source());
        o.put("rate_law", parseRateLaw(rateLaw).name());
        o.put("interaction_eV", interaction);
        o.put("disorder_sigma_eV", disorderSigma);
        KmcJson.putResult(o, sweep.results().get(0), isoLabels);
        if (sweep.results().size() > 1) {
            o.set("sweep", KmcJson.sweep(sweep, isoLabels));
            KmcJson.putArrhenius(o, sweep);
        }
        o.put("note", "sigma_S_cm is Nernst-Einstein from D_sigma; sigma_from_tracer_S_cm assumes H_R = 1. "
                + "Top-level values are for the first temperature; 'sweep' lists all."
                + KmcJson.subdiffusionWarning(sweep).map(w -> " Warning: " + w).orElse(""));
        var files = o.putArray("plots");
        written.forEach(p -> files.add(p.toString()));
        return o;
    }

    private void printTable(PrintWriter out, KmcSweep sweep, KmcSystem sys, List<Path> written) {
        KmcResult first = sweep.results().get(0);
        out.printf(Locale.ROOT, "kMC on %s: %d sites, %d ions, %d replicas x %d events%n", sys.network().source(),
                sys.sites(), first.parameters().ions(), first.replicas().size(), first.parameters().events());
        out.printf(Locale.ROOT, "%8s %22s %22s %16s %16s %22s %12s%n", "T (K)", "D* (cm2/s)", "D_sigma (cm2/s)", "H_R",
                "f", "sigma (S/cm)", "events/s");
        for (KmcResult r : sweep.results()) {
            out.printf(Locale.ROOT, "%8.1f %22s %22s %16s %16s %22s %12.3g%n", r.parameters().temperatureK(),
                    pm(r.tracerDiffusivity().times(1e-4)), pm(r.chargeDiffusivity().times(1e-4)), pm(r.havenRatio()),
                    pm(r.correlationFactor()), pm(r.conductivity()), r.eventsPerSecond());
        }
        sweep.conductivityFit().ifPresent(f -> out.printf(Locale.ROOT,
                "Arrhenius (sigma T): E_a = %.4f ± %.4f eV%n", f.activationEnergyEv(), f.activationEnergyErrEv()));
        out.println("sigma: Nernst-Einstein from D_sigma (errors: standard errors from "
                + first.tracerDiffusivity().samples() + " blocks)");
        KmcJson.subdiffusionWarning(sweep).ifPresent(w -> out.println("warning: " + w));
        written.forEach(p -> out.println("wrote " + p));
        if (output.writeFiles()) {
            out.println("wrote " + output.outputDir.resolve("kmc.json"));
        }
    }

    private static String pm(org.ionhop.stats.Measured e) {
        return String.format(Locale.ROOT, "%.4g±%.2g", e.value(), e.err());
    }
}
