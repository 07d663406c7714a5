package org.ionhop.cli.structure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop info FILE}: what a structure file contains after symmetry expansion. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a crystal structure: formula, cell, density, sites, symmetry, oxidation states.")
public final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Structure file (CIF, POSCAR/CONTCAR, .vasp).")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Structure s = StructureReader.read(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(s, file)));
        } else {
            printTable(s, out);
        }
        out.flush();
        return 0;
    }

    /** The JSON description of a structure (shared with the report). */
    public static ObjectNode toJson(Structure s, Path file) {
        ObjectNode o = Json.object();
        o.set("meta", Json.meta("info", List.of(file), null,
                Map.of("volume", "Å^3", "density", "g/cm^3", "lattice lengths", "Å", "angles", "degrees")));
        o.put("file", file.toString());
        o.put("formula", s.formula());
        o.put("reduced_formula", s.reducedFormula());
        o.put("volume_A3", s.volume());
        o.put("density_g_cm3", s.densityGPerCm3());
        o.put("num_sites", s.numSites());
        Lattice l = s.lattice();
        ObjectNode lat = o.putObject("lattice");
        lat.put("a", l.a());
        lat.put("b", l.b());
        lat.put("c", l.c());
        lat.put("alpha", l.alpha());
        lat.put("beta", l.beta());
        lat.put("gamma", l.gamma());
        var vectors = lat.putArray("vectors_A");
        for (int i = 0; i < 3; i++) {
            var row = vectors.addArray();
            for (double v : l.vector(i)) {
                row.add(v);
            }
        }
        ObjectNode species = o.putObject("species");
        for (Map.Entry<Element, Double> e : s.composition().entrySet()) {
            double n = e.getValue();
            if (Math.abs(n - Math.rint(n)) < 1e-9) {
                species.put(e.getKey().symbol(), (long) Math.rint(n));
            } else {
                species.put(e.getKey().symbol(), n);
            }
        }
        o.put("space_group", s.spaceGroup());
        o.put("symmetry_operations_used", s.symmetryOpsUsed());
        o.put("oxidation_states_source", s.oxidationSource().name().toLowerCase(Locale.ROOT));
        ObjectNode ox = o.putObject("oxidation_states");
        for (Site site : s.sites()) {
            if (site.hasOxidationState()) {
                ox.put(site.element().symbol(), site.oxidationState());
            }
        }
        var partial = o.putArray("partial_sites");
        for (Site site : s.partialSites()) {
            ObjectNode p = partial.addObject();
            p.put("label", site.label());
            p.put("element", site.element().symbol());
            p.put("occupancy", site.occupancy());
            var f = p.putArray("frac");
            for (double v : site.frac()) {
                f.add(v);
            }
        }
        return o;
    }

    private static void printTable(Structure s, PrintWriter out) {
        Lattice l = s.lattice();
        out.printf(Locale.ROOT, "file            %s%n", s.source());
        out.printf(Locale.ROOT, "formula         %s (reduced %s, Z = %d)%n", s.formula(), s.reducedFormula(),
                s.formulaUnits());
        out.printf(Locale.ROOT, "lattice         a=%.5f b=%.5f c=%.5f Å  alpha=%.4f beta=%.4f gamma=%.4f°%n",
                l.a(), l.b(), l.c(), l.alpha(), l.beta(), l.gamma());
        out.printf(Locale.ROOT, "volume          %.4f Å³%n", s.volume());
        out.printf(Locale.ROOT, "density         %.5f g/cm³%n", s.densityGPerCm3());
        out.printf(Locale.ROOT, "sites           %d%n", s.numSites());
        out.printf(Locale.ROOT, "space group     %s (%d symmetry operations applied)%n",
                s.spaceGroup().isEmpty() ? "not given" : s.spaceGroup(), s.symmetryOpsUsed());
        StringBuilder ox = new StringBuilder();
        java.util.Map<Element, Double> seen = new java.util.LinkedHashMap<>();
        for (Site site : s.sites()) {
            if (site.hasOxidationState()) {
                seen.putIfAbsent(site.element(), site.oxidationState());
            }
        }
        seen.forEach((e, q) -> ox.append(e.symbol()).append(String.format(Locale.ROOT, "%+g ", q)));
        out.printf(Locale.ROOT, "oxidation       %s(%s)%n", ox.length() == 0 ? "unknown " : ox,
                s.oxidationSource().name().toLowerCase(Locale.ROOT));
        List<Site> partial = s.partialSites();
        out.printf(Locale.ROOT, "partial sites   %d%n", partial.size());
        int shown = 0;
        for (Site p : partial) {
            if (shown++ == 12) {
                out.printf(Locale.ROOT, "                ... %d more%n", partial.size() - 12);
                break;
            }
            out.printf(Locale.ROOT, "                %-6s %-2s occ %.4f at %.5f %.5f %.5f%n", p.label(),
                    p.element().symbol(), p.occupancy(), p.frac(0), p.frac(1), p.frac(2));
        }
    }
}
