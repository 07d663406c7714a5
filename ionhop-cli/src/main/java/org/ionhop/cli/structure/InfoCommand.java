package org.ionhop.cli.structure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.OxidationSource;
import org.ionhop.structure.OxidationStateGuesser;
import org.ionhop.structure.PairDistances;
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
        Structure s = withOxidationStates(StructureReader.read(file));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(s, file)));
        } else {
            printTable(s, out);
        }
        out.flush();
        return 0;
    }

    /**
     * The structure with oxidation states: those of the file, else a charge-balanced guess
     * ({@link OxidationStateGuesser}), else none (then the source says NONE).
     */
    public static Structure withOxidationStates(Structure s) {
        if (s.oxidationSource() != OxidationSource.NONE) {
            return s;
        }
        return OxidationStateGuesser.guess(s).orElse(s);
    }

    /** Distinct oxidation states of each element, in order of appearance. */
    static Map<Element, List<Double>> oxidationStates(Structure s) {
        Map<Element, List<Double>> out = new LinkedHashMap<>();
        for (Site site : s.sites()) {
            if (site.hasOxidationState()) {
                List<Double> l = out.computeIfAbsent(site.element(), e -> new ArrayList<>());
                if (!l.contains(site.oxidationState())) {
                    l.add(site.oxidationState());
                }
            }
        }
        return out;
    }

    /** "Li+1 Fe+2 P+5 O-2" (integers without decimals). */
    static String formatOxidationStates(Structure s) {
        StringBuilder sb = new StringBuilder();
        oxidationStates(s).forEach((e, qs) -> {
            for (double q : qs) {
                sb.append(sb.length() == 0 ? "" : " ").append(e.symbol()).append(q >= 0 ? "+" : "-")
                        .append(formatNumber(Math.abs(q)));
            }
        });
        return sb.toString();
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }

    /** Element pairs farther apart than this (Å) are not listed among the shortest distances. */
    static final double SHORTEST_MAX_A = 6.0;

    /** The JSON description of a structure (shared with the report). */
    public static ObjectNode toJson(Structure s, Path file) {
        ObjectNode o = Json.object();
        o.set("meta", Json.meta("info", List.of(file), null,
                Map.of("volume", "Å^3", "density", "g/cm^3", "lattice lengths", "Å", "angles", "degrees",
                        "distances", "Å", "oxidation states", "e")));
        o.put("file", file.toString());
        o.put("formula", s.formula());
        o.put("reduced_formula", s.reducedFormula());
        o.put("volume_A3", s.volume());
        o.put("density_g_cm3", s.densityGPerCm3());
        o.put("num_sites", s.numSites());
        o.put("formula_units_Z", s.formulaUnits());
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
        oxidationStates(s).forEach((e, qs) -> {
            if (qs.size() == 1) {
                ox.put(e.symbol(), qs.get(0));
            } else {
                var arr = ox.putArray(e.symbol());
                qs.forEach(arr::add);
            }
        });
        ObjectNode shortest = o.putObject("shortest_distances_A");
        for (PairDistances.Pair pair : PairDistances.shortest(s, SHORTEST_MAX_A)) {
            shortest.put(pair.label(), pair.distanceA());
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
        StringBuilder species = new StringBuilder();
        s.composition().forEach((e, n) -> species.append(species.length() == 0 ? "" : ", ").append(e.symbol())
                .append(' ').append(n == Math.rint(n) ? Long.toString(Math.round(n)) : String.format(Locale.ROOT, "%.4f", n)));
        out.printf(Locale.ROOT, "species         %s%n", species);
        int ops = s.symmetryOpsUsed();
        out.printf(Locale.ROOT, "space group     %s (%d symmetry operation%s applied)%n",
                s.spaceGroup().isEmpty() ? "not given" : s.spaceGroup(), ops, ops == 1 ? "" : "s");
        String ox = formatOxidationStates(s);
        String how = switch (s.oxidationSource()) {
            case GIVEN -> "given in the file";
            case GUESSED -> "guessed: charge-balanced usual states";
            case USER -> "set by the user";
            case NONE -> "none given; no charge-balanced guess";
        };
        out.printf(Locale.ROOT, "oxidation       %s (%s)%n", ox.isEmpty() ? "unknown" : ox, how);
        StringBuilder pairs = new StringBuilder();
        for (PairDistances.Pair pair : PairDistances.shortest(s, SHORTEST_MAX_A)) {
            pairs.append(pairs.length() == 0 ? "" : ", ").append(pair.label())
                    .append(String.format(Locale.ROOT, " %.3f", pair.distanceA()));
        }
        out.printf(Locale.ROOT, "shortest (Å)    %s%n", pairs.length() == 0 ? "none below 6 Å" : pairs);
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
