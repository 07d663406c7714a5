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

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.Progress;
import org.ionhop.impedance.Arc;
import org.ionhop.impedance.ArcAssignment;
import org.ionhop.impedance.Circuit;
import org.ionhop.impedance.ColumnMapping;
import org.ionhop.impedance.FitOptions;
import org.ionhop.impedance.FittedSpectrum;
import org.ionhop.impedance.Geometry;
import org.ionhop.impedance.Spectrum;
import org.ionhop.impedance.SpectrumReader;
import org.ionhop.impedance.Weighting;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.transport.ArrheniusFit;
import org.ionhop.units.Units;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop eis}: equivalent-circuit fits of impedance spectra, Kramers-Kronig, DRT, Arrhenius of a series. */
@Command(name = "eis", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Impedance spectra: equivalent-circuit fits (CNLS), Lin-KK, DRT, conductivity and Arrhenius.",
                "Reads CSV/whitespace tables, BioLogic .mpt, Gamry .DTA and ZPlot/ZView .z files. Several files with",
                "temperatures are fitted as a series (each fit seeded from its neighbour) with Arrhenius laws for",
                "bulk, grain boundary and total. Arcs are labelled by effective capacitance (bulk smallest)."})
public final class EisCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Impedance spectra.")
    List<Path> files;

    @Option(names = "--circuit", required = true, paramLabel = "STRING",
            description = "Equivalent circuit, impedance.py syntax, e.g. 'p(R1,CPE1)-p(R2,CPE2)-CPE3'. "
                    + "Elements R, C, L, CPE (or Q), W, Wo, Ws; series '-', parallel p(A,B).")
    String circuit;

    @Option(names = "--thickness-cm", paramLabel = "CM", description = "Pellet thickness L in cm (for sigma = L/(R A)).")
    Double thicknessCm;

    @Option(names = "--area-cm2", paramLabel = "CM2", description = "Electrode area A in cm^2.")
    Double areaCm2;

    @Option(names = "--diameter-cm", paramLabel = "CM", description = "Pellet diameter in cm (instead of --area-cm2).")
    Double diameterCm;

    @Option(names = "--temperature", split = ",", paramLabel = "K", description = "Temperature per file in K.")
    List<Double> temperatureK = new ArrayList<>();

    @Option(names = "--temperature-c", split = ",", paramLabel = "C", description = "Temperature per file in °C.")
    List<Double> temperatureC = new ArrayList<>();

    @Option(names = "--weighting", defaultValue = "modulus", paramLabel = "W",
            description = "Residual weighting: modulus (default), proportional or unit.")
    String weighting;

    @Option(names = "--fix", paramLabel = "NAME=VALUE", description = "Hold a parameter fixed, e.g. CPE3_n=0.5.")
    Map<String, Double> fixed = new LinkedHashMap<>();

    @Option(names = "--start", paramLabel = "NAME=VALUE", description = "Starting value (default: estimated).")
    Map<String, Double> start = new LinkedHashMap<>();

    @Option(names = "--bound", paramLabel = "NAME=LO:HI", description = "Bounds of a parameter, e.g. R1=0:1e6.")
    Map<String, String> bounds = new LinkedHashMap<>();

    @Option(names = "--fmin", paramLabel = "HZ", description = "Ignore points below this frequency.")
    double fminHz = 0;

    @Option(names = "--fmax", paramLabel = "HZ", description = "Ignore points above this frequency.")
    double fmaxHz = Double.POSITIVE_INFINITY;

    @Option(names = "--capacitive-only", description = "Drop inductive points (Z'' > 0).")
    boolean capacitiveOnly;

    @Option(names = "--columns", split = ",", paramLabel = "F,RE,IM",
            description = "0-based columns of f, Z', Z'' in generic tables (default 0,1,2).")
    List<Integer> columns = new ArrayList<>();

    @Option(names = "--negate-imag", description = "The generic table's third column holds -Z''.")
    boolean negateImag;

    @Option(names = "--order", defaultValue = "capacitance", paramLabel = "KEY",
            description = "Arc order for labels: capacitance (default) or tau.")
    String order;

    @Option(names = "--arrhenius", defaultValue = "sigma-t", paramLabel = "CONV",
            description = "Arrhenius convention: sigma-t (sigma T = A exp(-Ea/kT), default) or plain.")
    String arrhenius;

    @Option(names = "--multistart", defaultValue = "12", paramLabel = "N",
            description = "Extra starts when a fit is poor (default ${DEFAULT-VALUE}).")
    int multiStarts;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the multi-start (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--kk-tolerance", defaultValue = "0.02", paramLabel = "FRACTION",
            description = "Lin-KK passes when every relative residual is below this (default ${DEFAULT-VALUE}).")
    double kkTolerance;

    @Mixin
    OutputOptions out;

    @Override
    public Integer call() {
        List<Spectrum> spectra = readSpectra();
        Circuit c = Circuit.parse(circuit);
        EisAnalysis a;
        try (Progress p = Progress.start("fitting spectra", out.json)) {
            a = EisAnalysis.run(spectra, c, options(), geometry(), arcOrder(), convention(), kkTolerance, p);
        }
        if (out.writeFiles()) {
            writePlots(a);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (out.json) {
            w.println(Json.write(a.toJson("eis", files)));
        } else {
            printText(a, w);
        }
        w.flush();
        return 0;
    }

    private List<Spectrum> readSpectra() {
        if (!temperatureK.isEmpty() && !temperatureC.isEmpty()) {
            throw new IllegalArgumentException("give --temperature or --temperature-c, not both");
        }
        List<Double> temps = new ArrayList<>(temperatureK);
        temperatureC.forEach(t -> temps.add(Units.celsiusToKelvin(t)));
        if (!temps.isEmpty() && temps.size() != files.size()) {
            throw new IllegalArgumentException("give one temperature per file: " + files.size() + " files, "
                    + temps.size() + " temperatures");
        }
        ColumnMapping map = ColumnMapping.DEFAULT;
        if (!columns.isEmpty() || negateImag) {
            List<Integer> col = columns.isEmpty() ? List.of(0, 1, 2) : columns;
            if (col.size() != 3) {
                throw new IllegalArgumentException("--columns needs three indices F,RE,IM");
            }
            map = new ColumnMapping(col.get(0), col.get(1), col.get(2), negateImag);
        }
        List<Spectrum> spectra = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Spectrum s = SpectrumReader.read(files.get(i), map);
            if (!temps.isEmpty()) {
                s = s.withTemperature(temps.get(i));
            }
            s = s.frequencyWindow(fminHz, fmaxHz);
            if (capacitiveOnly) {
                s = s.capacitiveOnly();
            }
            if (s.size() < 3) {
                throw new IllegalArgumentException(files.get(i) + ": fewer than 3 points left after the filters");
            }
            spectra.add(s);
        }
        return spectra;
    }

    private FitOptions options() {
        Weighting wt = switch (weighting.toLowerCase(Locale.ROOT)) {
            case "modulus" -> Weighting.MODULUS;
            case "proportional" -> Weighting.PROPORTIONAL;
            case "unit" -> Weighting.UNIT;
            default -> throw new IllegalArgumentException("--weighting must be modulus, proportional or unit, got "
                    + weighting);
        };
        Map<String, double[]> b = new LinkedHashMap<>();
        bounds.forEach((k, v) -> {
            String[] lh = v.split(":");
            if (lh.length != 2) {
                throw new IllegalArgumentException("--bound " + k + "=" + v + ": expected LO:HI");
            }
            double hi = lh[1].isBlank() || lh[1].equalsIgnoreCase("inf") ? Double.POSITIVE_INFINITY
                    : Double.parseDouble(lh[1]);
            b.put(k, new double[] {Double.parseDouble(lh[0]), hi});
        });
        return FitOptions.DEFAULT.withWeighting(wt).withFixed(fixed).withInitial(start).withBounds(b)
                .withMultiStarts(multiStarts).withSeed(seed);
    }

    private Geometry geometry() {
        if (thicknessCm == null && areaCm2 == null && diameterCm == null) {
            return null;
        }
        if (thicknessCm == null || (areaCm2 == null) == (diameterCm == null)) {
            throw new IllegalArgumentException("geometry needs --thickness-cm and one of --area-cm2 or --diameter-cm");
        }
        return areaCm2 != null ? new Geometry(thicknessCm, areaCm2) : Geometry.disc(diameterCm, thicknessCm);
    }

    private ArcAssignment.Order arcOrder() {
        return switch (order.toLowerCase(Locale.ROOT)) {
            case "capacitance", "c" -> ArcAssignment.Order.CAPACITANCE;
            case "tau", "time-constant" -> ArcAssignment.Order.TIME_CONSTANT;
            default -> throw new IllegalArgumentException("--order must be capacitance or tau, got " + order);
        };
    }

    private ArrheniusConvention convention() {
        return switch (arrhenius.toLowerCase(Locale.ROOT)) {
            case "sigma-t", "times-t", "sigmat" -> ArrheniusConvention.TIMES_T;
            case "plain", "sigma" -> ArrheniusConvention.PLAIN;
            default -> throw new IllegalArgumentException("--arrhenius must be sigma-t or plain, got " + arrhenius);
        };
    }

    private void writePlots(EisAnalysis a) {
        Path dir = out.outputDir;
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // one spectrum's figures per task: the charts are independent objects
        java.util.stream.IntStream.range(0, a.fits().size()).parallel().forEach(i -> {
            FittedSpectrum f = a.fits().get(i);
            String stem = EisCharts.stem(f.fit().spectrum());
            Charts.writeSvg(EisCharts.nyquist(f), dir.resolve("nyquist_" + stem + ".svg"));
            Charts.writeSvg(EisCharts.bodeModulus(f), dir.resolve("bode_modulus_" + stem + ".svg"));
            Charts.writeSvg(EisCharts.bodePhase(f), dir.resolve("bode_phase_" + stem + ".svg"));
            Charts.writeSvg(EisCharts.residuals(f, a.linKK().get(i)), dir.resolve("residuals_" + stem + ".svg"));
            Charts.writeSvg(EisCharts.drt(f.fit().spectrum(), a.drt().get(i)), dir.resolve("drt_" + stem + ".svg"));
        });
        if (a.series() != null) {
            Charts.writeSvg(EisCharts.arrhenius(a.series(), a.geometry() == null), dir.resolve("arrhenius.svg"));
        }
    }

    private void printText(EisAnalysis a, PrintWriter w) {
        for (int i = 0; i < a.fits().size(); i++) {
            FittedSpectrum f = a.fits().get(i);
            var r = f.fit();
            w.printf(Locale.ROOT, "%s%s: %s, %d points, chi2 = %.4g (reduced %.3g), rms misfit %.2f %%, %d start(s)%n",
                    r.spectrum().source(), Double.isNaN(f.temperatureK()) ? ""
                            : String.format(Locale.ROOT, " (T = %.2f K)", f.temperatureK()),
                    r.circuit().text(), r.spectrum().size(), r.chiSquare(), r.reducedChiSquare(),
                    100 * r.relativeRms(), r.starts());
            List<String> names = r.circuit().parameterNames();
            for (int k = 0; k < names.size(); k++) {
                w.printf(Locale.ROOT, "  %-10s = %.5g +/- %.2g %s%n", names.get(k), r.parameters()[k], r.errors()[k],
                        r.circuit().parameterUnit(k));
            }
            for (Arc arc : f.arcs()) {
                w.printf(Locale.ROOT, "  %-15s R = %.4g +/- %.2g Ohm, C_eff = %.3g F, f_apex = %.3g Hz%s%n", arc.label(),
                        arc.resistanceOhm(), arc.resistanceErrOhm(), arc.capacitanceF(), arc.apexFrequencyHz(),
                        a.geometry() == null ? "" : String.format(Locale.ROOT, ", sigma = %.4g S/cm",
                                f.conductivitySPerCm(arc.resistanceOhm())));
            }
            var kk = a.linKK().get(i);
            w.printf(Locale.ROOT, "  Lin-KK: M = %d, mu = %.3f, max residual %.2f %% -> %s%n", kk.elements(), kk.mu(),
                    100 * kk.residualMax(), kk.passes(kkTolerance) ? "valid" : "NOT valid at "
                            + 100 * kkTolerance + " %");
        }
        if (a.series() != null) {
            w.println("Arrhenius (" + (a.series().convention() == ArrheniusConvention.TIMES_T ? "sigma T" : "sigma")
                    + (a.geometry() == null ? ", conductance 1/R: no geometry given" : "") + "):");
            line(w, "bulk", a.series().bulk());
            line(w, "grain boundary", a.series().grainBoundary());
            line(w, "total", a.series().total());
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
