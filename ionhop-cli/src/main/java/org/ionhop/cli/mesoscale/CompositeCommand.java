package org.ionhop.cli.mesoscale;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.mesoscale.CompositeData;
import org.ionhop.mesoscale.CompositeModel;
import org.ionhop.mesoscale.CompositePoint;
import org.ionhop.mesoscale.CompositeResult;
import org.ionhop.mesoscale.CompositeSettings;
import org.ionhop.mesoscale.CompositeStudy;
import org.ionhop.mesoscale.FractionType;
import org.ionhop.mesoscale.NetworkGeometry;
import org.ionhop.mesoscale.NetworkPoint;
import org.ionhop.mesoscale.NetworkSettings;
import org.ionhop.mesoscale.ShellFit;
import org.ionhop.transport.ArrheniusConvention;

/**
 * {@code ionhop composite}: conductivity of a filler-in-matrix composite electrolyte with an interface shell against
 * the filler fraction (effective-medium models), its maximum, sigma(T) and the apparent E_a, a fit of the shell to
 * measured data and a random-resistor-network check. Parse, settings, facade ({@link CompositeStudy}), render.
 */
@Command(name = "composite", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Effective conductivity of a composite electrolyte (filler particles with an interface shell",
                "in a matrix) against filler fraction: parallel/series (Wiener) bounds, Maxwell-Garnett, symmetric",
                "Bruggeman or the core-shell model; its maximum, sigma(T) and apparent E_a; a fit of the shell to",
                "measured sigma(fraction); a random resistor network as an independent check. Lists take commas",
                "or spaces."})
public final class CompositeCommand implements Callable<Integer> {
    private static final CompositeSettings DEFAULTS = CompositeSettings.defaults();
    private static final NetworkSettings NETWORK = NetworkSettings.defaults();

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", converter = ModelConverter.class,
            description = "parallel, series, maxwell-garnett, bruggeman or core-shell (default: core-shell).")
    CompositeModel model = DEFAULTS.model();

    @Option(names = "--sigma-filler", paramLabel = "S/cm",
            description = "Filler conductivity at the reference temperature (default: ${DEFAULT-VALUE}).")
    double sigmaFillerSCm = DEFAULTS.sigmaFillerSCm();

    @Option(names = "--sigma-matrix", paramLabel = "S/cm",
            description = "Matrix conductivity at the reference temperature (default: ${DEFAULT-VALUE}).")
    double sigmaMatrixSCm = DEFAULTS.sigmaMatrixSCm();

    @Option(names = "--sigma-shell", paramLabel = "S/cm",
            description = "Interface-shell conductivity, core-shell model (default: ${DEFAULT-VALUE}).")
    double sigmaShellSCm = DEFAULTS.sigmaShellSCm();

    @Option(names = "--fraction", paramLabel = "F", split = "[,\\s]+", arity = "1..*",
            description = "Filler fraction(s) in [0, 1] (default: 0, 0.05, ..., 1).")
    List<Double> fractions = new ArrayList<>(DEFAULTS.fractions());

    @Option(names = "--fraction-type", paramLabel = "TYPE",
            description = "volume or weight (default: ${DEFAULT-VALUE}).")
    FractionType fractionType = DEFAULTS.fractionType();

    @Option(names = "--density-filler", paramLabel = "G/CM3",
            description = "Filler density for weight fractions (default: ${DEFAULT-VALUE}).")
    double densityFillerGCm3 = DEFAULTS.densityFillerGCm3();

    @Option(names = "--density-matrix", paramLabel = "G/CM3",
            description = "Matrix density for weight fractions (default: ${DEFAULT-VALUE}).")
    double densityMatrixGCm3 = DEFAULTS.densityMatrixGCm3();

    @Option(names = "--radius-nm", paramLabel = "R", description = "Filler particle radius in nm (default: ${DEFAULT-VALUE}).")
    double radiusNm = DEFAULTS.radiusNm();

    @Option(names = "--shell-nm", paramLabel = "T", description = "Interface-shell thickness in nm (default: ${DEFAULT-VALUE}).")
    double shellNm = DEFAULTS.shellNm();

    @Option(names = "--temperature", paramLabel = "K", split = "[,\\s]+", arity = "1..*",
            description = "Temperature(s) in K for sigma(T) and the apparent E_a (default: none).")
    List<Double> temperaturesK = new ArrayList<>(DEFAULTS.temperaturesK());

    @Option(names = "--reference-temperature", paramLabel = "K",
            description = "Temperature at which the sigmas are given (default: ${DEFAULT-VALUE}).")
    double referenceTemperatureK = DEFAULTS.referenceTemperatureK();

    @Option(names = "--ea-filler", paramLabel = "EV", description = "Filler activation energy (default: ${DEFAULT-VALUE}).")
    double eaFillerEv = DEFAULTS.eaFillerEv();

    @Option(names = "--ea-matrix", paramLabel = "EV", description = "Matrix activation energy (default: ${DEFAULT-VALUE}).")
    double eaMatrixEv = DEFAULTS.eaMatrixEv();

    @Option(names = "--ea-shell", paramLabel = "EV", description = "Shell activation energy (default: ${DEFAULT-VALUE}).")
    double eaShellEv = DEFAULTS.eaShellEv();

    @Option(names = "--convention", paramLabel = "Q", converter = ConventionConverter.class,
            description = "Arrhenius quantity of phases and apparent E_a: sigmaT or sigma (default: sigmaT).")
    ArrheniusConvention convention = DEFAULTS.convention();

    @Option(names = "--fit", paramLabel = "DATA.csv",
            description = "Fit shell conductivity and thickness (core-shell) to columns fraction, sigma [, error].")
    Path fit;

    @Option(names = "--network-check", description = "Also solve a random resistor network at each fraction.")
    boolean networkCheck;

    @Option(names = "--network-geometry", paramLabel = "G", descriptionKey = "geometry",
            description = "spheres (with shells), sites or bonds (default: ${DEFAULT-VALUE}).")
    NetworkGeometry geometry = NETWORK.geometry();

    @Option(names = "--network-grid", paramLabel = "N", descriptionKey = "gridSize",
            description = "Voxels per box edge (default: ${DEFAULT-VALUE}).")
    int gridSize = NETWORK.gridSize();

    @Option(names = "--network-radius", paramLabel = "VOXELS", descriptionKey = "radiusVoxels",
            description = "Sphere radius in voxels (default: ${DEFAULT-VALUE}).")
    double radiusVoxels = NETWORK.radiusVoxels();

    @Option(names = "--network-samples", paramLabel = "N", descriptionKey = "samples",
            description = "Random microstructures per fraction (default: ${DEFAULT-VALUE}).")
    int samples = NETWORK.samples();

    @Option(names = "--seed", descriptionKey = "seed", description = "Seed of the first microstructure (default: ${DEFAULT-VALUE}).")
    long seed = NETWORK.seed();

    @Mixin
    OutputOptions out;

    /** The settings these options describe (the library defaults when no option is given). */
    CompositeSettings settings() {
        return new CompositeSettings(model, sigmaFillerSCm, sigmaMatrixSCm, sigmaShellSCm, eaFillerEv, eaMatrixEv,
                eaShellEv, convention, referenceTemperatureK, fractions, fractionType, densityFillerGCm3,
                densityMatrixGCm3, radiusNm, shellNm, temperaturesK);
    }

    /** The network settings these options describe. */
    NetworkSettings networkSettings() {
        return new NetworkSettings(geometry, gridSize, radiusVoxels, samples, seed, NETWORK.tolerance(),
                NETWORK.maxIterations());
    }

    @Override
    public Integer call() {
        CompositeSettings s = settings();
        NetworkSettings ns = networkCheck ? networkSettings() : null;
        CompositeData data = fit == null ? null : CompositeDataReader.read(fit);
        CompositeResult r = CompositeStudy.run(s);
        ShellFit shellFit = data == null ? null : CompositeStudy.fit(s, data);
        List<CompositePoint> fitted = shellFit == null ? null
                : CompositeStudy.run(s.withShell(shellFit.sigmaShellSCm().value(), shellFit.shellNm().value()))
                .curve();
        List<NetworkPoint> network = ns == null ? null : CompositeStudy.networkCheck(s, ns);
        Path sigmaSvg = null;
        Path eaSvg = null;
        if (out.writeFiles()) { // figures only with -o
            try {
                Files.createDirectories(out.outputDir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            sigmaSvg = out.outputDir.resolve("composite_sigma.svg");
            Charts.writeSvg(CompositeCharts.sigma(r, data, fitted, network), sigmaSvg);
            if (!s.temperaturesK().isEmpty()) {
                eaSvg = out.outputDir.resolve("composite_Ea.svg");
                Charts.writeSvg(CompositeCharts.activation(r), eaSvg);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        if (out.json) {
            List<Path> inputs = fit == null ? List.of() : List.of(fit);
            ObjectNode meta = Json.meta("composite", inputs, ns == null ? null : ns.seed(), CompositeJson.units(),
                    s);
            if (ns != null) {
                meta.set("network_settings", Json.mapper().valueToTree(ns));
            }
            w.println(CompositeJson.write(new CompositeJson.Output(s.model().label(),
                    s.fractionType().name().toLowerCase(Locale.ROOT), r.points(), r.maximum(), shellFit, network,
                    meta)));
        } else {
            text(w, r, shellFit, network);
            if (sigmaSvg != null) {
                w.println("Figures: " + sigmaSvg.toAbsolutePath() + (eaSvg == null ? "" : ", " + eaSvg.toAbsolutePath()));
            }
        }
        w.flush();
        return 0;
    }

    private static void text(PrintWriter w, CompositeResult r, ShellFit fit, List<NetworkPoint> network) {
        CompositeSettings s = r.settings();
        boolean shell = s.model() == CompositeModel.CORE_SHELL;
        boolean ea = !s.temperaturesK().isEmpty();
        w.printf(Locale.ROOT, "Composite (%s model) at %.2f K, %s fractions%n", s.model().label(),
                s.referenceTemperatureK(), s.fractionType().name().toLowerCase(Locale.ROOT));
        w.printf(Locale.ROOT, "%10s %10s %10s %14s%s%n", "fraction", "volume", shell ? "interface" : "", "sigma (S/cm)",
                ea ? "   E_a (eV)" : "");
        for (CompositePoint p : r.points()) {
            w.printf(Locale.ROOT, "%10.4f %10.4f %10s %14.4e%s%n", p.fraction(), p.volumeFraction(),
                    shell ? String.format(Locale.ROOT, "%.4f", p.interfaceFraction()) : "", p.sigmaSCm(),
                    ea ? String.format(Locale.ROOT, "   %.4f", p.eaEv()) : "");
        }
        var m = r.maximum();
        w.printf(Locale.ROOT, "Maximum: sigma = %.4e S/cm at fraction %.4f (volume %.4f)%s%n", m.sigmaSCm(),
                m.fraction(), m.volumeFraction(), m.interior() ? "" : " (a pure phase: no composite maximum)");
        if (fit != null) {
            w.printf(Locale.ROOT, "Fit: sigma_shell = %.4e +/- %.2e S/cm, shell = %.3f +/- %.3f nm "
                            + "(correlation %.3f, reduced chi2 %.3g, %d dof)%n", fit.sigmaShellSCm().value(),
                    fit.sigmaShellSCm().err(), fit.shellNm().value(), fit.shellNm().err(), fit.correlation(),
                    fit.reducedChiSquare(), fit.degreesOfFreedom());
        }
        if (network != null) {
            w.println("Resistor network (mean +/- standard error over samples) against the model:");
            for (NetworkPoint p : network) {
                w.printf(Locale.ROOT, "  fraction %.4f (filler voxels %.4f): network %.4e +/- %.1e S/cm, model %.4e, "
                                + "Bruggeman %.4e%n", p.fraction(), p.fillerFraction().value(), p.sigmaSCm().value(),
                        p.sigmaSCm().err(), p.modelSCm(), p.bruggemanSCm());
            }
        }
    }

    /** Parses model names with hyphens ("maxwell-garnett"). */
    static final class ModelConverter implements ITypeConverter<CompositeModel> {
        @Override
        public CompositeModel convert(String value) {
            return CompositeModel.parse(value);
        }
    }

    /** Parses "sigmaT" / "sigma". */
    static final class ConventionConverter implements ITypeConverter<ArrheniusConvention> {
        @Override
        public ArrheniusConvention convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "sigmat", "sigma_t", "sigma-t", "times_t" -> ArrheniusConvention.TIMES_T;
                case "sigma", "plain" -> ArrheniusConvention.PLAIN;
                default -> throw new IllegalArgumentException("expected sigmaT or sigma, got '" + value + "'");
            };
        }
    }
}
