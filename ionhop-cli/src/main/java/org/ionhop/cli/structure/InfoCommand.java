package org.ionhop.cli.structure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Json;
import org.ionhop.landscape.StructureSummary;
import org.ionhop.structure.Site;
import org.ionhop.structure.StructureReader;

/**
 * {@code ionhop info FILE...}: what structure files contain after symmetry expansion. Read, summarise
 * ({@link StructureSummary}, oxidation states by the route {@code bvse} uses), render.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show a crystal structure: formula, cell, density, sites, symmetry, oxidation states.")
public final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Structure files (CIF, POSCAR/CONTCAR, .vasp). Several files share one start-up of the JVM, "
                    + "which is most of the time of a small one.")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object (an array of them for several files) instead of a "
            + "table.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode all = Json.mapper().createArrayNode();
        for (Path file : files) {
            // read everything before printing anything, so that a bad file leaves no partial output
            StructureSummary s = StructureSummary.of(StructureReader.read(file));
            if (json) {
                all.add(StructureJson.tree(file, s));
            } else {
                StringWriter table = new StringWriter();
                printTable(s, new PrintWriter(table));
                all.add(table.toString());
            }
        }
        if (json) {
            out.println(Json.write(files.size() == 1 ? all.get(0) : all));
        } else {
            for (int i = 0; i < all.size(); i++) {
                out.print((i > 0 ? System.lineSeparator() : "") + all.get(i).asText());
            }
        }
        out.flush();
        return 0;
    }

    /** How the states were obtained, in words. */
    static String provenance(StructureSummary s) {
        return switch (s.oxidationSource()) {
            case GIVEN -> "given in the file";
            case GUESSED -> "guessed: bond-valence sums, else charge-balanced usual states";
            case USER -> "set by the user";
            case NONE -> "none given; no charge-balanced guess";
        };
    }

    private static void printTable(StructureSummary s, PrintWriter out) {
        StructureSummary.Cell l = s.cell();
        out.printf(Locale.ROOT, "file            %s%n", s.structure().source());
        out.printf(Locale.ROOT, "formula         %s (reduced %s, Z = %d)%n", s.formula(), s.reducedFormula(),
                s.formulaUnits());
        out.printf(Locale.ROOT, "lattice         a=%.5f b=%.5f c=%.5f Å  alpha=%.4f beta=%.4f gamma=%.4f°%n",
                l.a(), l.b(), l.c(), l.alpha(), l.beta(), l.gamma());
        out.printf(Locale.ROOT, "volume          %.4f Å³%n", s.volumeA3());
        out.printf(Locale.ROOT, "density         %.5f g/cm³%n", s.densityGPerCm3());
        out.printf(Locale.ROOT, "sites           %d%n", s.numSites());
        StringBuilder species = new StringBuilder();
        s.species().forEach((e, n) -> species.append(species.length() == 0 ? "" : ", ").append(e.symbol())
                .append(' ').append(n == Math.rint(n) ? Long.toString(Math.round(n)) : String.format(Locale.ROOT, "%.4f", n)));
        out.printf(Locale.ROOT, "species         %s%n", species);
        int ops = s.symmetryOperationsUsed();
        String number = s.spaceGroupNumber() > 0 ? "No. " + s.spaceGroupNumber() + ", " + s.spaceGroupSetting() + "; " : "";
        out.printf(Locale.ROOT, "space group     %s (%s%d symmetry operation%s applied)%n",
                s.spaceGroup().isEmpty() ? "not given" : s.spaceGroup(), number, ops, ops == 1 ? "" : "s");
        String found = s.detectedSymmetryText();
        out.printf(Locale.ROOT, "symmetry found  %s%n", found.isEmpty() ? "no space group matched" : found);
        String ox = s.oxidationStatesText();
        out.printf(Locale.ROOT, "oxidation       %s (%s)%n", ox.isEmpty() ? "unknown" : ox, provenance(s));
        StringBuilder pairs = new StringBuilder();
        s.shortestDistancesA().forEach((label, d) -> pairs.append(pairs.length() == 0 ? "" : ", ").append(label)
                .append(String.format(Locale.ROOT, " %.3f", d)));
        out.printf(Locale.ROOT, "shortest (Å)    %s%n", pairs.length() == 0 ? "none below 6 Å" : pairs);
        s.warnings().forEach(w -> out.printf(Locale.ROOT, "warning         %s%n", w));
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
