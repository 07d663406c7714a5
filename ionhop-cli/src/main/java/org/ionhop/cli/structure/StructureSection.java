package org.ionhop.cli.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.landscape.StructureSummary;
import org.ionhop.structure.CifWriter;
import org.ionhop.structure.Element;
import org.ionhop.structure.OxidationSource;
import org.ionhop.structure.PairDistances;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/** Report section: the crystal structure as read (after symmetry expansion). */
public final class StructureSection implements ReportSection {
    @Override
    public int order() {
        return 10;
    }

    @Override
    public String id() {
        return "structure";
    }

    @Override
    public String title() {
        return "Crystal structure";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return ctx.has(InputKind.STRUCTURE);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        var arr = out.json().putArray("structures");
        Element ion = Element.fromSymbol(ctx.ion()).orElse(null);
        for (Path p : ctx.inputsOf(InputKind.STRUCTURE)) {
            Structure read = StructureReader.read(p);
            StructureSummary s = StructureSummary.of(read);
            arr.add(StructureJson.tree(p, s));
            StructureSummary.Cell l = s.cell();
            Map<String, String> rows = SectionOutput.rows();
            rows.put("File", String.valueOf(p.getFileName()));
            rows.put("Formula", s.formula() + " (reduced " + s.reducedFormula() + ", Z = " + s.formulaUnits() + ")");
            rows.put("Space group", s.spaceGroup().isEmpty() ? "not given" : s.spaceGroup());
            rows.put("Symmetry operations applied", Integer.toString(s.symmetryOperationsUsed()));
            rows.put("Space group found in the atoms", s.detectedSymmetryText().isEmpty() ? "none matched"
                    : s.detectedSymmetryText());
            rows.put("a, b, c (Å)", String.format(Locale.ROOT, "%.4f, %.4f, %.4f", l.a(), l.b(), l.c()));
            rows.put("α, β, γ (°)", String.format(Locale.ROOT, "%.3f, %.3f, %.3f", l.alpha(), l.beta(), l.gamma()));
            rows.put("Volume (Å³)", String.format(Locale.ROOT, "%.3f", s.volumeA3()));
            rows.put("Density (g/cm³)", String.format(Locale.ROOT, "%.4f", s.densityGPerCm3()));
            rows.put("Sites in cell", Integer.toString(s.numSites()));
            rows.put("Partially occupied sites", Integer.toString(s.partialSites().size()));
            String ox = s.oxidationStatesText();
            rows.put("Oxidation states", (ox.isEmpty() ? "unknown" : ox) + " ("
                    + s.oxidationSource().name().toLowerCase(Locale.ROOT) + ")");
            if (ion != null) {
                rows.put(ion.symbol() + " per cell / number density (Å⁻³)",
                        String.format(Locale.ROOT, "%.4g / %.4g", s.species().getOrDefault(ion, 0.0),
                                read.numberDensityPerA3(ion)));
            }
            out.keyValues(rows);
            s.warnings().forEach(w -> out.note("Warning: " + w));
            List<List<String>> pairs = new ArrayList<>();
            s.shortestDistancesA().forEach((label, d) -> pairs.add(List.of(label, String.format(Locale.ROOT, "%.3f", d))));
            if (!pairs.isEmpty()) {
                out.paragraph("Shortest distance of each element pair (all periodic images; species sharing a mixed"
                        + " site are not pairs):");
                out.table(List.of("Pair", "Shortest distance (Å)"), pairs);
            }
            String cif = "structure-" + arr.size() + "-P1.cif";
            CifWriter.write(read, out.dir().resolve(cif));
            out.dataFile(cif, "the cell as read, every site listed in P1 with occupancies"
                    + (read.oxidationSource() == OxidationSource.GIVEN ? " and the file's oxidation states" : ""));
            if (ion != null && s.species().containsKey(ion)) {
                coordinationFigure(read, ion, out, "structure-" + (arr.size()) + "-coordination.svg");
            }
        }
    }

    /** Cumulative coordination numbers n_X(r) around the mobile ion, one curve per neighbour element. */
    private static void coordinationFigure(Structure s, Element ion, SectionOutput out, String file) {
        int n = 501;
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            r[k] = 1.0 + 5.0 * k / (n - 1);
        }
        List<Charts.Series> series = new ArrayList<>();
        PairDistances.cumulativeCoordination(s, ion, r).forEach((e, nr) ->
                series.add(Charts.Series.line(ion.symbol() + "–" + e.symbol(), r, nr)));
        out.figure(Charts.xy(ion.symbol() + " coordination", "distance r (Å)", "neighbours within r (cumulative)",
                false, false, series), file, "Cumulative number of neighbours of each element around " + ion.symbol()
                + ", averaged over the " + ion.symbol() + " sites and weighted by occupancies. A step of height k at r"
                + " means k neighbours at that distance; the first plateau of the anion curve is the coordination"
                + " number.");
    }
}
