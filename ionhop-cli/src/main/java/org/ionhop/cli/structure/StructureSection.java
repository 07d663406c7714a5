package org.ionhop.cli.structure;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/** Report section: the crystal structure as read (after symmetry expansion). */
public final class StructureSection implements ReportSection {
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
        for (Path p : ctx.inputsOf(InputKind.STRUCTURE)) {
            Structure s = InfoCommand.withOxidationStates(StructureReader.read(p));
            arr.add(InfoCommand.toJson(s, p));
            Lattice l = s.lattice();
            Map<String, String> rows = SectionOutput.rows();
            rows.put("File", p.getFileName().toString());
            rows.put("Formula", s.formula() + " (reduced " + s.reducedFormula() + ", Z = " + s.formulaUnits() + ")");
            rows.put("Space group", s.spaceGroup().isEmpty() ? "not given" : s.spaceGroup());
            rows.put("Symmetry operations applied", Integer.toString(s.symmetryOpsUsed()));
            rows.put("a, b, c (Å)", String.format(Locale.ROOT, "%.4f, %.4f, %.4f", l.a(), l.b(), l.c()));
            rows.put("α, β, γ (°)", String.format(Locale.ROOT, "%.3f, %.3f, %.3f", l.alpha(), l.beta(), l.gamma()));
            rows.put("Volume (Å³)", String.format(Locale.ROOT, "%.3f", s.volume()));
            rows.put("Density (g/cm³)", String.format(Locale.ROOT, "%.4f", s.densityGPerCm3()));
            rows.put("Sites in cell", Integer.toString(s.numSites()));
            rows.put("Partially occupied sites", Integer.toString(s.partialSites().size()));
            String ox = InfoCommand.formatOxidationStates(s);
            rows.put("Oxidation states", (ox.isEmpty() ? "unknown" : ox) + " ("
                    + s.oxidationSource().name().toLowerCase(Locale.ROOT) + ")");
            Element ion = Element.fromSymbol(ctx.ion()).orElse(null);
            if (ion != null) {
                rows.put(ion.symbol() + " per cell / number density (Å⁻³)",
                        String.format(Locale.ROOT, "%.4g / %.4g", s.composition().getOrDefault(ion, 0.0),
                                s.numberDensityPerA3(ion)));
            }
            out.keyValues(rows);
        }
    }
}
