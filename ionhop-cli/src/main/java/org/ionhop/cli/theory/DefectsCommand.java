package org.ionhop.cli.theory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.Progress;
import org.ionhop.defects.DefectSpecies;
import org.ionhop.defects.MechanismMap;
import org.ionhop.units.Units;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop defects FILE}: defect concentrations, Brouwer diagram and mechanism map of a defect model. */
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

    @Override
    public Integer call() {
        DefectInput in = DefectInput.read(file);
        DefectAnalysis a;
        try (Progress progress = Progress.start("mechanism map", output.json)) {
            a = DefectAnalysis.run(in, progress);
        }
        String stem = stem(file);
        List<String> figures = output.writeFiles() ? a.writeFigures(output.outputDir, stem) : List.of();
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            ObjectNode o = Json.object();
            o.set("meta", Json.meta("defects", List.of(file), null, units()));
            o.setAll(a.toJson());
            var files = o.putArray("figures");
            figures.forEach(f -> files.add(output.outputDir.resolve(f).toString()));
            out.println(Json.write(o));
        } else {
            printText(a, out, figures);
        }
        out.flush();
        return 0;
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static Map<String, String> units() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("energies", "eV");
        u.put("temperature", "K");
        u.put("concentrations", "site fraction (per site of the defect's kind) and 1/cm^3");
        u.put("log10_per_cm3", "log10(1/cm^3)");
        u.put("sigma", "S/cm (Eq. 1 per carrier, ionic only)");
        u.put("activation_energy", "eV, of sigma*T at fixed scan value");
        u.put("chemical_potential", "eV relative to the elemental reference");
        u.put("partial_pressure", "log10(p / 1 bar)");
        return u;
    }

    private void printText(DefectAnalysis a, PrintWriter out, List<String> figures) {
        var s = a.state();
        out.printf(Locale.ROOT, "%s at T = %.1f K%n", a.input().model().name(), a.input().temperatureK());
        out.printf(Locale.ROOT, "Fermi level %s eV (from the VBM)%s%n", fmt(s.fermiLevelEv()),
                !Double.isNaN(a.input().model().fixedFermiLevelEv()) ? ", fixed (reservoir)"
                        : a.input().model().bandEdges() == null
                        ? ", the multiplier of charge neutrality (no band edges: only mu_i - q mu_e matters)"
                        : ", from charge neutrality");
        out.println("chemical potentials (eV): " + new java.util.TreeMap<>(s.chemicalPotentialsEv()));
        out.printf(Locale.ROOT, "%-12s %6s %12s %14s %14s%n", "species", "charge", "G_f (eV)", "site fraction",
                "per cm^3");
        for (int i = 0; i < s.species().size(); i++) {
            DefectSpecies d = s.species().get(i);
            out.printf(Locale.ROOT, "%-12s %6d %12s %14.4e %14.4e%n", d.name(), d.name().charge(),
                    fmt(s.formationEnergiesEv()[i]), s.siteFractions()[i], Units.perA3ToPerCm3(s.perA3()[i]));
        }
        if (!Double.isNaN(s.electronsPerA3())) {
            out.printf(Locale.ROOT, "%-12s %6d %12s %14s %14.4e%n", "e'", -1, "", "",
                    Units.perA3ToPerCm3(s.electronsPerA3()));
            out.printf(Locale.ROOT, "%-12s %6d %12s %14s %14.4e%n", "h^.", 1, "", "",
                    Units.perA3ToPerCm3(s.holesPerA3()));
        }
        out.printf(Locale.ROOT, "%nBrouwer regimes along %s (slopes in %s):%n", a.input().scan().label(),
                a.input().scan().slopeUnit());
        a.regimeLines().forEach(out::println);
        a.warnings().forEach(w -> out.println("warning: " + w));
        if (a.profile() != null) {
            out.printf(Locale.ROOT, "%nDominant carrier at T = %.0f K:%n", a.input().temperatureK());
            MechanismMap p = a.profile();
            int last = p.x().length - 1;
            out.printf(Locale.ROOT, "  at %s = %.3f: %s, E_a = %.3f eV%n", a.input().scan().label(), p.x()[0],
                    p.carriers().get(p.dominant()[0][0]), p.activationEv()[0][0]);
            for (MechanismMap.Switch sw : p.switches()) {
                out.printf(Locale.ROOT, "  switch at %.4f: %s -> %s%n", sw.x(), sw.from(), sw.to());
            }
            out.printf(Locale.ROOT, "  at %s = %.3f: %s, E_a = %.3f eV%n", a.input().scan().label(), p.x()[last],
                    p.carriers().get(p.dominant()[0][last]), p.activationEv()[0][last]);
            out.printf(Locale.ROOT, "Mechanism map: %d temperatures %.0f-%.0f K, %d switch points%n",
                    a.map().temperaturesK().length, a.map().temperaturesK()[0],
                    a.map().temperaturesK()[a.map().temperaturesK().length - 1], a.map().switches().size());
        }
        out.println();
        figures.forEach(f -> out.println("wrote " + output.outputDir.resolve(f)));
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "n/a";
    }
}
