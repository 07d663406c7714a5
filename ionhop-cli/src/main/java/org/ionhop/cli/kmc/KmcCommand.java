package org.ionhop.cli.kmc;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Counts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.Progress;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.kmc.Disorder;
import org.ionhop.kmc.Isotope;
import org.ionhop.kmc.KmcEstimates;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSource;
import org.ionhop.kmc.KmcStudy;
import org.ionhop.kmc.KmcStudyResult;
import org.ionhop.kmc.RateLaw;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.stats.Measured;
import org.ionhop.structure.Element;
import org.ionhop.structure.StructureReader;

/**
 * {@code ionhop kmc}: kinetic Monte Carlo of ion hopping on built-in lattices, site networks and structures. Parses
 * the options into {@link KmcSettings} (every option field starts at the library default and is named after the
 * settings component it sets), runs {@link KmcStudy} and renders the result as a table, JSON and SVG figures.
 */
@Command(name = "kmc", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Kinetic Monte Carlo of ion hopping (lattice gas with site exclusion, rejection-free BKL).",
            "Reports tracer and charge diffusivity, Haven ratio, correlation factor, Nernst-Einstein conductivity, "
                + "occupancies and (bipartite networks) the staggered order parameter. Method: docs/kmc.md."})
public final class KmcCommand implements Callable<Integer> {
    private static final KmcSettings DEFAULTS = KmcSettings.defaults();
    private static final KmcSource.Lattice DEFAULT_LATTICE = KmcSource.Lattice.of(BuiltinLattice.SIMPLE_CUBIC);

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

    @Option(names = "--size", converter = Counts.IntCount.class, paramLabel = "L",
            description = "Conventional cells per periodic direction of a built-in lattice (default: ${DEFAULT-VALUE}).")
    int size = DEFAULT_LATTICE.size();

    @Option(names = "--hop-distance", paramLabel = "Å",
            description = "Nearest-neighbour distance of a built-in lattice in Å (default: ${DEFAULT-VALUE}).")
    double hopDistanceA = DEFAULT_LATTICE.hopDistanceA();

    @Option(names = "--ion", paramLabel = "EL", description = "Mobile ion (default: ${DEFAULT-VALUE}).")
    String ion = DEFAULTS.ion().symbol();

    @Option(names = "--cutoff", paramLabel = "Å",
            description = "Largest hop distance between mobile-ion sites of a structure (default: ${DEFAULT-VALUE}).")
    double cutoffA = KmcSource.DEFAULT_CUTOFF_A;

    @Option(names = "--supercell", converter = Counts.IntCount.class, paramLabel = "N",
            description = "Repeat a structure N x N x N times before building its network (default: ${DEFAULT-VALUE}).")
    int supercell = KmcSource.DEFAULT_SUPERCELL;

    @Option(names = "--hop-barrier", paramLabel = "TYPE=eV",
            description = "E_KRA of a structure's hop type (\"Li1-Li2@2.43\") or label pair (\"Li1-Li2\"); repeatable.")
    Map<String, Double> hopBarriersEv = new LinkedHashMap<>();

    @Option(names = "--site-energy", paramLabel = "LABEL=eV",
            description = "Site energy of a structure's site label; repeatable (default 0).")
    Map<String, Double> siteEnergiesEv = new LinkedHashMap<>();

    @Option(names = "--ions", converter = Counts.IntCount.class, paramLabel = "N",
            description = "Number of mobile ions.")
    Integer ions = DEFAULTS.ions();

    @Option(names = "--vacancies", converter = Counts.IntCount.class, paramLabel = "N",
            description = "Number of empty sites (ions = sites - N).")
    Integer vacancies = DEFAULTS.vacancies();

    @Option(names = "--temperature", paramLabel = "K", arity = "1..*", split = ",",
            description = "Temperature(s) in K; two or more give an Arrhenius fit (default: 300).")
    List<Double> temperaturesK = new ArrayList<>(DEFAULTS.temperaturesK());

    @Option(names = "--barrier", paramLabel = "eV",
            description = "E_KRA of every hop (KRA law; default " + KmcSettings.DEFAULT_BARRIER_EV + " for lattices and "
                    + "structures, the file's for networks) or the saddle energy E_s (random trap; default "
                    + KmcSettings.DEFAULT_BARRIER_EV + ").")
    Double barrierEv = DEFAULTS.barrierEv();

    @Option(names = "--rate-law", paramLabel = "LAW",
            description = "kra (E = E_KRA + dH/2, clamped) or random-trap (E = E_s - E_i) (default: ${DEFAULT-VALUE}).")
    String rateLaw = cliName(DEFAULTS.rateLaw());

    @Option(names = "--attempt-frequency", paramLabel = "Hz",
            description = "Attempt frequency nu (default: ${DEFAULT-VALUE} Hz).")
    double attemptFrequencyHz = DEFAULTS.attemptFrequencyHz();

    @Option(names = "--attempt-frequency-type", paramLabel = "TYPE=Hz",
            description = "Attempt frequency of one hop type; repeatable.")
    Map<String, Double> attemptFrequencyByTypeHz = new LinkedHashMap<>(DEFAULTS.attemptFrequencyByTypeHz());

    @Option(names = "--disorder-sigma", paramLabel = "eV",
            description = "Standard deviation of random site energies (default: ${DEFAULT-VALUE}).")
    double disorderSigmaEv = DEFAULTS.disorderSigmaEv();

    @Option(names = "--disorder", paramLabel = "KIND",
            description = "Distribution of the site disorder: gaussian or uniform (default: ${DEFAULT-VALUE}).")
    String disorder = DEFAULTS.disorder().name().toLowerCase(Locale.ROOT);

    @Option(names = "--interaction", paramLabel = "eV",
            description = "Pair energy eps of ions on neighbouring sites, H = eps sum n_i n_j (default: ${DEFAULT-VALUE}).")
    double interactionEv = DEFAULTS.interactionEv();

    @Option(names = "--field", paramLabel = "V/Å",
            description = "Electric field strength for the field-driven mode (default: ${DEFAULT-VALUE}).")
    double fieldVPerA = DEFAULTS.fieldVPerA();

    @Option(names = "--field-direction", paramLabel = "X,Y,Z", split = ",",
            description = "Cartesian direction of the field (default: ${DEFAULT-VALUE}).")
    List<Double> fieldDirection = new ArrayList<>(DEFAULTS.fieldDirection());

    @Option(names = "--isotopes", paramLabel = "MIX",
            description = "Isotope mixture of the mobile ion, e.g. 6Li:0.5,7Li:0.5 or name@mass:fraction.")
    String isotopes;

    @Option(names = "--phonon-coupling", paramLabel = "eV/Å",
            description = "Barrier-mode coupling alpha of phonon-assisted hopping (default: ${DEFAULT-VALUE}).")
    double phononCouplingEvPerA = DEFAULTS.phononCouplingEvPerA();

    @Option(names = "--phonon-frequency", paramLabel = "THz",
            description = "Frequency of the barrier-modulating mode (default: ${DEFAULT-VALUE}).")
    double phononFrequencyThz = DEFAULTS.phononFrequencyThz();

    @Option(names = "--phonon-mass", paramLabel = "amu",
            description = "Effective mass of that mode (default: ${DEFAULT-VALUE}).")
    double phononMassAmu = DEFAULTS.phononMassAmu();

    @Option(names = "--steps", converter = Counts.LongCount.class, paramLabel = "N",
            description = "Measured kMC events per temperature, split over the replicas (default: ${DEFAULT-VALUE}).")
    long steps = DEFAULTS.steps();

    @Option(names = "--equilibration", converter = Counts.LongCount.class, paramLabel = "N",
            description = "Events per replica before measuring (default: the larger of 10 per site and steps/replicas/5).")
    Long equilibration = DEFAULTS.equilibration();

    @Option(names = "--replicas", converter = Counts.IntCount.class, paramLabel = "N",
            description = "Independent replicas per temperature (default: ${DEFAULT-VALUE}).")
    int replicas = DEFAULTS.replicas();

    @Option(names = "--blocks", converter = Counts.IntCount.class, paramLabel = "N",
            description = "Blocks per replica for the error bars (default: ${DEFAULT-VALUE}).")
    int blocks = DEFAULTS.blocks();

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--threads", converter = Counts.IntCount.class, paramLabel = "N",
            description = "Worker threads (default: all cores).")
    Integer threads = DEFAULTS.threads();

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        KmcSettings settings = settings();
        KmcStudyResult result;
        try (Progress progress = Progress.start("kMC", output)) {
            result = KmcStudy.run(settings, progress);
        }
        List<Path> written = output.writeFiles() ? writePlots(result) : List.of();
        output.show("kmc-msd.svg", () -> KmcCharts.msd(result.sweep()));
        output.show("kmc-occupancy.svg", () -> KmcCharts.occupancy(result.sweep()));
        result.conductivityFit().ifPresent(f -> output.show("kmc-arrhenius.svg",
                () -> KmcCharts.arrhenius(result.sweep(), f)));
        JsonNode json = json(result, written);
        if (output.writeFiles()) {
            Json.writeFile(output.outputDir.resolve("kmc.json"), json);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            out.println(Json.write(json));
        } else {
            printTable(out, result, written);
        }
        out.flush();
        return 0;
    }

    /** The settings the options give (reads the network or structure file of the source). */
    KmcSettings settings() {
        Element el = Element.fromSymbol(ion).orElseThrow(() -> new InvalidSettingException("ion",
                "expected an element symbol, got '" + ion + "'"));
        List<Isotope> mix;
        try {
            mix = isotopes == null ? List.of() : Isotope.parseMixture(isotopes);
        } catch (InvalidSettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("isotopes", e.getMessage());
        }
        return new KmcSettings(source(), el, ions, vacancies, temperaturesK, barrierEv, parseRateLaw(rateLaw),
                attemptFrequencyHz, attemptFrequencyByTypeHz, disorderSigmaEv, parseDisorder(disorder), interactionEv,
                fieldVPerA, fieldDirection, mix, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps,
                equilibration, replicas, blocks, seed, threads);
    }

    private KmcSource source() {
        if (source.lattice != null) {
            return new KmcSource.Lattice(BuiltinLattice.parse(source.lattice), size, hopDistanceA);
        }
        if (source.network != null) {
            return KmcSource.Network.of(NetworkJson.read(source.network)).withSupercell(supercell);
        }
        return KmcSource.StructureSites.of(StructureReader.read(source.structure)).withCutoffA(cutoffA)
                .withHopBarriersEv(hopBarriersEv).withSiteEnergiesEv(siteEnergiesEv).withSupercell(supercell);
    }

    static RateLaw parseRateLaw(String s) {
        return switch (s.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "kra" -> RateLaw.KRA;
            case "random-trap", "trap" -> RateLaw.RANDOM_TRAP;
            default -> throw new InvalidSettingException("rateLaw", "expected kra or random-trap, got " + s);
        };
    }

    private static String cliName(RateLaw law) {
        return law.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Disorder.Kind parseDisorder(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "gaussian", "normal" -> Disorder.Kind.GAUSSIAN;
            case "uniform" -> Disorder.Kind.UNIFORM;
            default -> throw new InvalidSettingException("disorder", "expected gaussian or uniform, got " + s);
        };
    }

    private List<Path> writePlots(KmcStudyResult result) {
        List<Path> out = new ArrayList<>();
        Path msd = output.outputDir.resolve("kmc-msd.svg");
        Charts.writeSvg(KmcCharts.msd(result.sweep()), msd);
        out.add(msd);
        Path occ = output.outputDir.resolve("kmc-occupancy.svg");
        Charts.writeSvg(KmcCharts.occupancy(result.sweep()), occ);
        out.add(occ);
        result.conductivityFit().ifPresent(f -> {
            Path a = output.outputDir.resolve("kmc-arrhenius.svg");
            Charts.writeSvg(KmcCharts.arrhenius(result.sweep(), f), a);
            out.add(a);
        });
        return out;
    }

    private JsonNode json(KmcStudyResult result, List<Path> written) {
        List<Path> inputs = new ArrayList<>();
        if (source.network != null) {
            inputs.add(source.network);
        }
        if (source.structure != null) {
            inputs.add(source.structure);
        }
        JsonNode meta = Json.meta("kmc", inputs, seed, KmcJsonView.units(), KmcJsonView.settings(result.settings()));
        String note = "sigma_S_cm is Nernst-Einstein from D_sigma; sigma_from_tracer_S_cm assumes H_R = 1. "
                + "Top-level values are for the first temperature; 'sweep' lists all."
                + KmcJsonView.separatePartsWarning(result).map(w -> " Note: " + w).orElse("")
                + KmcJsonView.singleFileWarning(result).map(w -> " Warning: " + w).orElse("")
                + KmcJsonView.subdiffusionWarning(result).map(w -> " Warning: " + w).orElse("")
                + KmcJsonView.shortBlockWarning(result).map(w -> " Warning: " + w).orElse("")
                + KmcJsonView.collectiveWarning(result).map(w -> " Warning: " + w).orElse("");
        return KmcJsonView.tree(KmcJsonView.CommandDocument.of(meta, result, note,
                written.stream().map(Path::toString).toList()));
    }

    private void printTable(PrintWriter out, KmcStudyResult result, List<Path> written) {
        KmcEstimates first = result.first();
        KmcSettings s = result.settings();
        out.printf(Locale.ROOT, "kMC on %s: %d sites, %d ions, %d replicas x %d events%n", result.source(),
                result.sites(), result.ions(), s.replicas(), s.steps() / s.replicas());
        out.printf(Locale.ROOT, "%8s %22s %22s %16s %16s %22s %12s%n", "T (K)", "D* (cm2/s)", "D_sigma (cm2/s)", "H_R",
                "f", "sigma (S/cm)", "events/s");
        for (KmcEstimates r : result.temperatures()) {
            out.printf(Locale.ROOT, "%8.1f %22s %22s %16s %16s %22s %12.3g%n", r.temperatureK(),
                    pm(r.tracerDiffusivityCm2PerS()), pm(r.chargeDiffusivityCm2PerS()), pm(r.havenRatio()),
                    pm(r.correlationFactor()), pm(r.conductivitySPerCm()), r.eventsPerSecond());
        }
        result.conductivityFit().ifPresent(f -> out.printf(Locale.ROOT,
                "Arrhenius (sigma T): E_a = %.4f ± %.4f eV%n", f.activationEnergyEv(), f.activationEnergyErrEv()));
        out.println("sigma: Nernst-Einstein from D_sigma (errors: standard errors from " + first.effectiveSamples()
                + " blocks)");
        KmcJsonView.separatePartsWarning(result).ifPresent(w -> out.println("note: " + w));
        KmcJsonView.singleFileWarning(result).ifPresent(w -> out.println("warning: " + w));
        KmcJsonView.subdiffusionWarning(result).ifPresent(w -> out.println("warning: " + w));
        KmcJsonView.shortBlockWarning(result).ifPresent(w -> out.println("warning: " + w));
        KmcJsonView.collectiveWarning(result).ifPresent(w -> out.println("warning: " + w));
        written.forEach(p -> out.println("wrote " + p));
        if (output.writeFiles()) {
            out.println("wrote " + output.outputDir.resolve("kmc.json"));
        }
    }

    private static String pm(Measured e) {
        return String.format(Locale.ROOT, "%.4g±%.2g", e.value(), e.err());
    }
}
