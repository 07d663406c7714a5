package org.ionhop.cli.landscape;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;

import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.structure.Element;
import org.ionhop.structure.StructureReader;

/**
 * Report section: the bond-valence site energy landscape of every structure input. The report's quick mode
 * uses a 0.25 Å grid (seconds for a 200-atom cell); the full report uses the command's 0.1 Å default.
 */
public final class LandscapeSection implements ReportSection {
    @Override
    public int order() {
        return 20;
    }

    /** Grid spacing of the report's quick mode (Å). */
    static final double QUICK_SPACING_A = 0.25;

    @Override
    public String id() {
        return "landscape";
    }

    @Override
    public String title() {
        return "Energy landscape (bond-valence site energy)";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return ctx.has(InputKind.STRUCTURE);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        Element ion = Element.fromSymbol(ctx.ion()).orElseThrow(() -> new IllegalArgumentException(
                "unknown mobile ion \"" + ctx.ion() + "\""));
        BvseSettings o = BvseSettings.of(ion).withGridSpacingA(ctx.quick() ? QUICK_SPACING_A
                : BvseSettings.DEFAULT_SPACING_A);
        out.paragraph("Bond-valence site energy (softBV) of a test " + ion.symbol() + " ion in the fixed framework, on a "
                + o.gridSpacingA() + " Å grid with a " + o.cutoffA() + " Å cut-off. Percolation barriers are the lowest "
                + "energies above the minimum at which the low-energy region connects through the periodic cell in "
                + "1, 2 and 3 independent directions (exact union-find test). Method: docs/bvse.md.");
        out.note(LandscapeAnalysis.ESTIMATE_NOTE);
        ArrayNode arr = out.json().putArray("landscapes");
        for (Path p : ctx.inputsOf(InputKind.STRUCTURE)) {
            LandscapeResult r = LandscapeAnalysis.run(StructureReader.read(p), o, null);
            Map<String, Path> files = BvseFiles.write(p, r, out.dir(), false, false);
            arr.add(LandscapeJson.tree(p, r, files));
            render(p, r, files, out);
        }
    }

    private static void render(Path file, LandscapeResult r, Map<String, Path> files, SectionOutput out) {
        Map<String, String> rows = SectionOutput.rows();
        rows.put("File", String.valueOf(file.getFileName()));
        rows.put("Mobile ion", String.format(Locale.ROOT, "%s%+d", r.ion().symbol(), r.ionCharge()));
        rows.put("Oxidation states", r.oxidationSource().name().toLowerCase(Locale.ROOT));
        rows.put("Grid", r.grid().na() + " × " + r.grid().nb() + " × " + r.grid().nc());
        for (int d = 1; d <= 3; d++) {
            double b = r.barriers().barrier(d);
            rows.put(d + "D percolation barrier (eV)", Double.isNaN(b) ? "none below " + r.barriers().capEv() + " eV"
                    : SectionOutput.num(b));
        }
        rows.put("Dimensionality (directions within 0.5 eV of the 1D barrier)",
                r.barriers().conductionDimensionality() + "D (" + r.barriers().dimensionality() + "D below the "
                        + SectionOutput.num(r.barriers().capEv()) + " eV cap)");
        rows.put("Sites / hops in the network", r.numSites() + " / " + r.numHops());
        rows.put("Run time (s)", String.format(Locale.ROOT, "%.2f", r.seconds()));
        out.keyValues(rows);
        List<List<String>> table = new ArrayList<>();
        for (LandscapeResult.HopType h : r.hopTypes()) {
            table.add(List.of(h.type(), SectionOutput.num(h.distanceA()), SectionOutput.num(h.saddleEnergyEv()),
                    SectionOutput.num(h.kraEv())));
        }
        if (!table.isEmpty()) {
            out.table(List.of("hop type", "length (Å)", "saddle (eV)", "E_KRA (eV)"), table);
        }
        String stem = BvseFiles.stem(file);
        out.figure(LandscapePlots.profile(r), stem + "_profile.svg",
                "Energy along the lowest percolating path (straight segments site-saddle-site), " + file.getFileName());
        out.figure(LandscapePlots.slice(r), stem + "_slice.svg", "Slice of the landscape through the global minimum");
        out.dataFile(String.valueOf(files.get("network").getFileName()), "site network for ionhop kmc --network");
        out.dataFile(String.valueOf(files.get("profiles").getFileName()), "hop energy profiles (CSV)");
    }
}
