package org.ionhop.cli.theory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.Progress;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.defects.DefectStudy;
import org.ionhop.defects.DefectStudyResult;
import org.ionhop.defects.DefectStudySettings;
import org.ionhop.defects.MechanismMap;

/**
 * {@code ionhop defects FILE}: defect concentrations, Brouwer diagram and mechanism map of a defect model. The file
 * is parsed into {@link DefectStudySettings} ({@link DefectInput}), {@link DefectStudy} runs it, and the result is
 * written as text or JSON ({@link DefectsJson}) with its figures ({@link DefectCharts}).
 */
@Command(name = "defects", mixinStandardHelpOptions = true,
        description = {"Defect chemistry: equilibrium concentrations with charge neutrality, the Brouwer diagram "
                + "(regimes and slopes) along a chemical potential, partial pressure or dopant level, and the "
                + "mechanism map (dominant carrier and E_a of sigma T against the scan variable and T).",
            "FILE is YAML or JSON (format: docs/defects.md; examples/*defects*.yaml). Figures (SVG) go to -o DIR."})
public final class DefectsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Defect model (YAML or JSON).")
    Path file;

    @Mixin
    OutputOptions output;

    /** The settings of the command: the file's, over the library's defaults. */
    DefectStudySettings settings() {
        return DefectInput.read(file);
    }

    @Override
    public Integer call() {
        DefectStudySettings settings = settings();
        DefectStudyResult r;
        try (Progress progress = Progress.start("mechanism map", output)) {
            r = DefectStudy.run(settings, progress);
        }
        List<String> figures = output.writeFiles() ? DefectCharts.write(r, output.outputDir, stem(file)) : List.of();
        List<String> names = DefectCharts.figureNames(stem(file), r.hasCarriers());
        output.show(names.get(0), () -> DefectCharts.brouwer(r));
        if (r.hasCarriers()) {
            output.show(names.get(2), () -> DefectCharts.conductivity(r));
            output.show(names.get(3), () -> DefectCharts.activation(r));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            ObjectNode o = TheoryJson.output("defects", List.of(file), units(), DefectsJson.settings(settings), r);
            var files = o.putArray("figures");
            figures.forEach(f -> files.add(output.outputDir.resolve(f).toString()));
            out.println(Json.write(o));
        } else {
            printText(r, out, figures);
        }
        out.flush();
        return 0;
    }

    static String stem(Path file) {
        String n = String.valueOf(file.getFileName());
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static Map<String, String> units() {
        return UnitNames.of("energy", "temperature", "volume", "number_density", "conductivity");
    }

    private void printText(DefectStudyResult r, PrintWriter out, List<String> figures) {
        out.printf(Locale.ROOT, "%s at T = %.1f K%n", r.modelName(), r.temperatureK());
        out.printf(Locale.ROOT, "Fermi level %s eV (from the VBM)%s%n", fmt(r.fermiLevelEv()),
                r.fermiLevelFixed() ? ", fixed (reservoir)" : r.settings().model().bandEdges() == null
                        ? ", the multiplier of charge neutrality (no band edges: only mu_i - q mu_e matters)"
                        : ", from charge neutrality");
        out.println("chemical potentials (eV): " + r.chemicalPotentialsEv());
        out.printf(Locale.ROOT, "%-12s %6s %12s %14s %14s%n", "species", "charge", "G_f (eV)", "site fraction",
                "per cm^3");
        for (DefectStudyResult.Concentration c : r.concentrations()) {
            out.printf(Locale.ROOT, "%-12s %6d %12s %14.4e %14.4e%n", c.species(), c.charge(),
                    fmt(c.formationEnergyEv()), c.siteFraction(), c.perCm3());
        }
        if (!Double.isNaN(r.electronsPerCm3())) {
            out.printf(Locale.ROOT, "%-12s %6d %12s %14s %14.4e%n", "e'", -1, "", "", r.electronsPerCm3());
            out.printf(Locale.ROOT, "%-12s %6d %12s %14s %14.4e%n", "h^.", 1, "", "", r.holesPerCm3());
        }
        out.printf(Locale.ROOT, "%nBrouwer regimes along %s (slopes in %s):%n", r.scan().label(), r.scan().slopeUnit());
        DefectCharts.regimeLines(r.brouwer()).forEach(out::println);
        r.warnings().forEach(w -> out.println("warning: " + w));
        if (r.hasCarriers()) {
            out.printf(Locale.ROOT, "%nDominant carrier at T = %.0f K:%n", r.temperatureK());
            MechanismMap p = r.profile();
            int last = p.x().length - 1;
            out.printf(Locale.ROOT, "  at %s = %.3f: %s, E_a = %.3f eV%n", r.scan().label(), p.x()[0],
                    p.carriers().get(p.dominant()[0][0]), p.activationEv()[0][0]);
            for (MechanismMap.Switch sw : p.switches()) {
                out.printf(Locale.ROOT, "  switch at %.4f: %s -> %s%n", sw.x(), sw.from(), sw.to());
            }
            out.printf(Locale.ROOT, "  at %s = %.3f: %s, E_a = %.3f eV%n", r.scan().label(), p.x()[last],
                    p.carriers().get(p.dominant()[0][last]), p.activationEv()[0][last]);
            double[] t = r.mechanismMap().temperaturesK();
            out.printf(Locale.ROOT, "Mechanism map: %d temperatures %.0f-%.0f K, %d switch points%n", t.length, t[0],
                    t[t.length - 1], r.mechanismMap().switches().size());
            if (r.scan().kind() == org.ionhop.defects.Scan.Kind.PARTIAL_PRESSURE) {
                out.printf(Locale.ROOT, "E_a at fixed p%s2; gas reservoir: %s%n", r.scan().target(),
                        r.scan().reservoir().description());
            }
        }
        out.println();
        figures.forEach(f -> out.println("wrote " + output.outputDir.resolve(f)));
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "n/a";
    }
}
