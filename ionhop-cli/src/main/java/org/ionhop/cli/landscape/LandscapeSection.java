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
import org.ionhop.landscape.LandscapeOptions;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.network.NetworkHop;
import org.ionhop.structure.Element;

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
        LandscapeOptions o = LandscapeOptions.defaults().withSpacing(ctx.quick() ? QUICK_SPACING_A : LandscapeOptions.DEFAULT_SPACING_A);
        out.paragraph("Bond-valence site energy (softBV) of a test " + ion.symbol() + " ion in the fixed framework, on a "
                + o.gridSpacingA() + " Å grid with a " + o.cutoffA() + " Å cut-off. Percolation barriers are the lowest "
                + "energies above the minimum at which the low-energy region connects through the periodic cell in "
                + "1, 2 and 3 independent directions (exact union-find test). Method: docs/bvse.md.");
        out.note(BvseRun.ESTIMATE_NOTE);
        ArrayNode arr = out.json().putArray("landscapes");
        for (Path p : ctx.inputsOf(InputKind.STRUCTURE)) {
            BvseRun run = BvseRun.run(p, ion, Map.of(), o, null);
            run.writeFiles(out.dir(), false, false);
            arr.add(run.json(o));
            render(run, out);
        }
    }

    private static void render(BvseRun run, SectionOutput out) {
        LandscapeResult r = run.result;
        Map<String, String> rows = SectionOutput.rows();
        rows.put("File", run.file.getFileName().toString());
        rows.put("Mobile ion", String.format(Locale.ROOT, "%s%+d", r.model().mobile().symbol(), r.model().mobileCharge()));
        rows.put("Oxidation states", run.structure.oxidationSource().name().toLowerCase(Locale.ROOT));
        rows.put("Grid", r.grid().na() + " × " + r.grid().nb() + " × " + r.grid().nc());
        for (int d = 1; d <= 3; d++) {
            double b = r.barriers().barrier(d);
            rows.put(d + "D percolation barrier (eV)", Double.isNaN(b) ? "none below " + r.barriers().capEv() + " eV"
                    : SectionOutput.num(b));
        }
        rows.put("Dimensionality (directions within 0.5 eV of the 1D barrier)",
                r.barriers().conductionDimensionality() + "D (" + r.barriers().dimensionality() + "D below the "
                        + SectionOutput.num(r.barriers().capEv()) + " eV cap)");
        rows.put("Sites / hops in the network", r.network().sites().size() + " / " + r.network().hops().size());
        rows.put("Run time (s)", String.format(Locale.ROOT, "%.2f", r.seconds()));
        out.keyValues(rows);
        List<List<String>> table = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NetworkHop h : r.network().hops()) {
            if (seen.add(h.type())) {
                table.add(List.of(h.type(), SectionOutput.num(r.network().hopLength(h)), SectionOutput.num(h.saddleEnergyEv()),
                        SectionOutput.num(r.network().kraEv(h))));
            }
        }
        if (!table.isEmpty()) {
            out.table(List.of("hop type", "length (Å)", "saddle (eV)", "E_KRA (eV)"), table);
        }
        out.figure(LandscapePlots.profile(r), run.stem() + "_profile.svg",
                "Energy along the lowest percolating path (straight segments site-saddle-site), " + run.file.getFileName());
        out.figure(LandscapePlots.slice(r), run.stem() + "_slice.svg", "Slice of the landscape through the global minimum");
        out.dataFile(run.files.get("network").getFileName().toString(), "site network for ionhop kmc --network");
        out.dataFile(run.files.get("profiles").getFileName().toString(), "hop energy profiles (CSV)");
    }
}
