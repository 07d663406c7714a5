package org.ionhop.cli.experiment;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.Progress;
import org.ionhop.impedance.Arc;
import org.ionhop.impedance.ArcAssignment;
import org.ionhop.impedance.ImpedanceAnalysis;
import org.ionhop.impedance.ImpedanceResult;
import org.ionhop.impedance.ImpedanceSettings;
import org.ionhop.impedance.KramersKronigCheck;
import org.ionhop.impedance.SpectrumResult;
import org.ionhop.impedance.Weighting;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.transport.ArrheniusFit;

/** {@code ionhop eis}: equivalent-circuit fits of impedance spectra, Kramers-Kronig, DRT, Arrhenius of a series. */
@Command(name = "eis", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Impedance spectra: equivalent-circuit fits (CNLS), Lin-KK, DRT, conductivity and Arrhenius.",
                "Reads CSV/whitespace tables, BioLogic .mpt, Gamry .DTA and ZPlot/ZView .z files. Several files with",
                "temperatures are fitted as a series (each fit seeded from its neighbour) with Arrhenius laws for",
                "bulk, grain boundary and total. Arcs are labelled by effective capacitance (bulk smallest; an arc of",
                "0.1 uF or more is the electrode). Without --circuit the circuit is chosen by BIC among common models."})
public final class EisCommand implements Callable<Integer> {
    private static final ImpedanceSettings DEFAULTS = ImpedanceSettings.defaults();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Impedance spectra.")
    List<Path> files = new ArrayList<>(DEFAULTS.files());

    @Option(names = "--circuit", paramLabel = "STRING",
            description = "Equivalent circuit, impedance.py syntax, e.g. 'p(R1,CPE1)-p(R2,CPE2)-CPE3'. "
                    + "Elements R, C, L, CPE (or Q), W, Wo, Ws; series '-', parallel p(A,B). "
                    + "Default: the lowest BIC among R0-p(R1,CPE1), R0-p(R1,CPE1)-CPE2, p(R1,CPE1)-p(R2,CPE2)-CPE3, "
                    + "R0-p(R1,CPE1)-p(R2,CPE2)-CPE3 on the first spectrum.")
    String circuit = DEFAULTS.circuit();

    @Option(names = "--thickness-cm", paramLabel = "CM", description = "Pellet thickness L in cm (for sigma = L/(R A)).")
    double thicknessCm = DEFAULTS.thicknessCm();

    @Option(names = "--area-cm2", paramLabel = "CM2", description = "Electrode area A in cm^2.")
    double areaCm2 = DEFAULTS.areaCm2();

    @Option(names = "--diameter-cm", paramLabel = "CM", description = "Pellet diameter in cm (instead of --area-cm2).")
    double diameterCm = DEFAULTS.diameterCm();

    @Option(names = "--temperature", split = ",", arity = "1..*", paramLabel = "K",
            description = "Temperature per file in K (comma- or space-separated).")
    List<Double> temperatureK = new ArrayList<>(DEFAULTS.temperatureK());

    @Option(names = "--temperature-c", split = ",", arity = "1..*", paramLabel = "C",
            description = "Temperature per file in °C (comma- or space-separated).")
    List<Double> temperatureC = new ArrayList<>(DEFAULTS.temperatureC());

    @Option(names = "--weighting", paramLabel = "W",
            description = "Residual weighting: modulus, proportional or unit (default ${DEFAULT-VALUE}).")
    String weighting = DEFAULTS.weighting().name().toLowerCase(Locale.ROOT);

    @Option(names = "--fix", split = ",", arity = "1..*", paramLabel = "NAME=VALUE",
            description = "Hold a parameter fixed, e.g. CPE3_n=0.5.")
    Map<String, Double> fixed = new LinkedHashMap<>(DEFAULTS.fixed());

    @Option(names = "--start", split = ",", arity = "1..*", paramLabel = "NAME=VALUE",
            description = "Starting value (default: estimated).")
    Map<String, Double> start = new LinkedHashMap<>(DEFAULTS.start());

    @Option(names = "--bound", split = ",", arity = "1..*", paramLabel = "NAME=LO:HI",
            description = "Bounds of a parameter, e.g. R1=0:1e6.")
    Map<String, String> bounds = new LinkedHashMap<>();

    @Option(names = "--fmin", paramLabel = "HZ", description = "Ignore points below this frequency.")
    double fminHz = DEFAULTS.fminHz();

    @Option(names = "--fmax", paramLabel = "HZ", description = "Ignore points above this frequency.")
    double fmaxHz = DEFAULTS.fmaxHz();

    @Option(names = "--capacitive-only", description = "Drop inductive points (Z'' > 0).")
    boolean capacitiveOnly = DEFAULTS.capacitiveOnly();

    @Option(names = "--columns", split = ",", arity = "1..*", paramLabel = "F,RE,IM",
            description = "0-based columns of f, Z', Z'' in generic tables (default 0,1,2).")
    List<Integer> columns = new ArrayList<>(DEFAULTS.columns());

    @Option(names = "--negate-imag", description = "The generic table's third column holds -Z''.")
    boolean negateImag = DEFAULTS.negateImag();

    @Option(names = "--order", paramLabel = "KEY",
            description = "Arc order for labels: capacitance or tau (default ${DEFAULT-VALUE}).")
    String order = DEFAULTS.order() == ArcAssignment.Order.CAPACITANCE ? "capacitance" : "tau";

    @Option(names = "--arrhenius", paramLabel = "CONV",
            description = "Arrhenius convention: sigma-t (sigma T = A exp(-Ea/kT)) or plain (default ${DEFAULT-VALUE}).")
    String arrhenius = DEFAULTS.arrhenius() == ArrheniusConvention.TIMES_T ? "sigma-t" : "plain";

    @Option(names = "--multistart", paramLabel = "N",
            description = "Extra starts when a fit is poor (default ${DEFAULT-VALUE}).")
    int multiStarts = DEFAULTS.multiStarts();

    @Option(names = "--seed", description = "Seed of the multi-start (default ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--kk-tolerance", paramLabel = "FRACTION",
            description = "Lin-KK passes when every relative residual is below this (default ${DEFAULT-VALUE}).")
    double kkTolerance = DEFAULTS.kkTolerance();

    @Option(names = "--kk-c", paramLabel = "C",
            description = "Lin-KK cut-off: M grows until mu <= c (default ${DEFAULT-VALUE}, Schönleber et al.).")
    double kkC = DEFAULTS.kkC();

    @Option(names = "--kk-m", paramLabel = "M",
            description = "Smallest number of Lin-KK RC elements the search starts from; 0 (default) = two per "
                    + "decade spanned, 1 = Schönleber's and impedance.py's search.")
    int kkM = DEFAULTS.kkM();

    @Mixin
    OutputOptions out;

    /** The settings the options give. */
    ImpedanceSettings settings() {
        Map<String, ImpedanceSettings.Bound> b = new LinkedHashMap<>();
        bounds.forEach((k, v) -> b.put(k, bound(k, v)));
        return new ImpedanceSettings(files, circuit, DEFAULTS.candidates(), thicknessCm, areaCm2, diameterCm,
                temperatureK, temperatureC, weighting(weighting), fixed, start, b, multiStarts,
                DEFAULTS.candidateMultiStarts(), seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns,
                negateImag, order(order), convention(arrhenius));
    }

    private static ImpedanceSettings.Bound bound(String name, String v) {
        String[] lh = v.split(":");
        InvalidSettingException.require(lh.length == 2, "bounds", name + "=" + v + ": expected LO:HI");
        try {
            double hi = lh[1].isBlank() || lh[1].equalsIgnoreCase("inf") ? Double.POSITIVE_INFINITY
                    : Double.parseDouble(lh[1]);
            return new ImpedanceSettings.Bound(Double.parseDouble(lh[0]), hi);
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("bounds", name + "=" + v + ": expected numbers LO:HI");
        }
    }

    private static Weighting weighting(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "modulus" -> Weighting.MODULUS;
            case "proportional" -> Weighting.PROPORTIONAL;
            case "unit" -> Weighting.UNIT;
            default -> throw new InvalidSettingException("weighting", "expected modulus, proportional or unit, got " + w);
        };
    }

    private static ArcAssignment.Order order(String o) {
        return switch (o.toLowerCase(Locale.ROOT)) {
            case "capacitance", "c" -> ArcAssignment.Order.CAPACITANCE;
            case "tau", "time-constant" -> ArcAssignment.Order.TIME_CONSTANT;
            default -> throw new InvalidSettingException("order", "expected capacitance or tau, got " + o);
        };
    }

    private static ArrheniusConvention convention(String a) {
        return switch (a.toLowerCase(Locale.ROOT)) {
            case "sigma-t", "times-t", "sigmat" -> ArrheniusConvention.TIMES_T;
            case "plain", "sigma" -> ArrheniusConvention.PLAIN;
            default -> throw new InvalidSettingException("arrhenius", "expected sigma-t or plain, got " + a);
        };
    }

    @Override
    public Integer call() {
        ImpedanceSettings s = settings();
        ImpedanceResult a;
        try (Progress p = Progress.start("fitting spectra", out)) {
            a = ImpedanceAnalysis.run(s, p);
        }
        if (out.writeFiles()) {
            writePlots(a);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (out.json) {
            w.println(Json.write(ExperimentJson.withMeta(a, "eis", files, ExperimentJson.eisUnits(), s)));
        } else {
            printText(a, w);
        }
        w.flush();
        return 0;
    }

    private void writePlots(ImpedanceResult a) {
        Path dir = out.outputDir;
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // one spectrum's figures per task: the charts are independent objects
        a.fits().parallelStream().forEach(f -> {
            String stem = EisCharts.stem(f.spectrum());
            Charts.writeSvg(EisCharts.nyquist(f.fitted()), dir.resolve("nyquist_" + stem + ".svg"));
            Charts.writeSvg(EisCharts.bodeModulus(f.fitted()), dir.resolve("bode_modulus_" + stem + ".svg"));
            Charts.writeSvg(EisCharts.bodePhase(f.fitted()), dir.resolve("bode_phase_" + stem + ".svg"));
            Charts.writeSvg(EisCharts.residuals(f.fitted(), f.linKK().test()), dir.resolve("residuals_" + stem + ".svg"));
            Charts.writeSvg(EisCharts.drt(f.spectrum(), f.drt()), dir.resolve("drt_" + stem + ".svg"));
        });
        if (a.series() != null) {
            Charts.writeSvg(EisCharts.arrhenius(a.series(), a.geometry() == null), dir.resolve("eis_arrhenius.svg"));
        }
    }

    private void printText(ImpedanceResult a, PrintWriter w) {
        if (a.circuitChosen()) {
            w.println("Circuit " + a.circuit().text() + " chosen by BIC on " + EisCharts.name(a.fits().get(0).spectrum()));
        }
        for (SpectrumResult f : a.fits()) {
            var r = f.fitted().fit();
            w.printf(Locale.ROOT, "%s%s: %s, %d points, chi2 = %.4g (reduced %.3g), rms misfit %.2f %%, %d start(s)%n",
                    f.file(), Double.isNaN(f.temperatureK()) ? ""
                            : String.format(Locale.ROOT, " (T = %.2f K)", f.temperatureK()),
                    r.circuit().text(), f.points(), f.chiSquare(), f.reducedChiSquare(), 100 * f.relativeRms(),
                    f.starts());
            List<String> names = r.circuit().parameterNames();
            for (int k = 0; k < names.size(); k++) {
                w.printf(Locale.ROOT, "  %-10s = %.5g +/- %.2g %s%n", names.get(k), r.parameters()[k], r.errors()[k],
                        r.circuit().parameterUnit(k));
            }
            for (Arc arc : f.arcs()) {
                w.printf(Locale.ROOT, "  %-15s R = %.4g +/- %.2g Ohm, C_eff = %.3g F, f_apex = %.3g Hz%s%n", arc.label(),
                        arc.resistanceOhm(), arc.resistanceErrOhm(), arc.capacitanceF(), arc.apexFrequencyHz(),
                        a.geometry() == null ? "" : String.format(Locale.ROOT, ", sigma = %.4g S/cm",
                                f.fitted().conductivitySPerCm(arc.resistanceOhm())));
            }
            KramersKronigCheck kk = f.linKK();
            w.printf(Locale.ROOT, "  Lin-KK: M = %d, mu = %.3f, max residual %.2f %% -> %s%n", kk.elements(), kk.mu(),
                    100 * kk.residualMax(), kk.passes() ? "valid" : "NOT valid at " + 100 * kk.tolerance() + " %");
            f.warnings().forEach(x -> w.println("  warning: " + x));
        }
        if (a.arrhenius() != null) {
            w.println("Arrhenius (" + (a.arrhenius().convention() == ArrheniusConvention.TIMES_T ? "sigma T" : "sigma")
                    + (a.geometry() == null ? ", conductance 1/R: no geometry given" : "") + "):");
            line(w, "bulk", a.arrhenius().bulk());
            line(w, "grain boundary", a.arrhenius().grainBoundary());
            line(w, "total", a.arrhenius().total());
        }
        if (out.writeFiles()) {
            w.println("Figures in " + out.outputDir.toAbsolutePath());
        }
    }

    private static void line(PrintWriter w, String label, ArrheniusFit f) {
        if (f != null) {
            w.printf(Locale.ROOT, "  %-15s Ea = %.4f +/- %.4f eV, prefactor %.4g%n", label, f.activationEnergyEv(),
                    f.activationEnergyErrEv(), f.prefactor());
        }
    }
}
