package org.ionhop.cli.landscape;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.Progress;
import org.ionhop.landscape.PercolationBarriers;
import org.ionhop.landscape.LandscapeOptions;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.network.NetworkHop;
import org.ionhop.structure.Element;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop bvse}: bond-valence site energy landscape, percolation barriers and site network. */
@Command(name = "bvse", mixinStandardHelpOptions = true,
        description = {"Bond-valence site energy (softBV) landscape of a mobile ion: exact 1D/2D/3D percolation "
                + "barriers, sites, saddles, the site network for kmc, cube/grd files and plots.",
            "The barriers are estimates (static empirical force field); NEB or AIMD refine them."})
public final class BvseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Structure file (CIF, POSCAR).")
    Path file;

    @Option(names = "--ion", defaultValue = "Li", paramLabel = "ELEMENT", description = "Mobile ion element (default: ${DEFAULT-VALUE}).")
    String ion;

    @Option(names = "--grid", defaultValue = "0.1", paramLabel = "Å",
            description = "Grid spacing in Å (default: ${DEFAULT-VALUE}).")
    double grid;

    @Option(names = "--cutoff", defaultValue = "10", paramLabel = "Å",
            description = "Interaction cut-off radius in Å (default: ${DEFAULT-VALUE}).")
    double cutoff;

    @Option(names = "--oxidation", paramLabel = "El=q,...",
            description = "Oxidation states, e.g. Li=1,Fe=2,P=5,O=-2 (default: from the file, else guessed by bond-valence sums).")
    String oxidation;

    @Option(names = "--cap", defaultValue = "5", paramLabel = "eV",
            description = "Percolation search cap above the minimum in eV (default: ${DEFAULT-VALUE}).")
    double cap;

    @Option(names = "--network-cap", defaultValue = "2", paramLabel = "eV",
            description = "Leave sites and saddles more than this above the minimum out of the network (default: ${DEFAULT-VALUE}).")
    double networkCap;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Element e = Element.fromSymbol(ion).orElseThrow(() -> new IllegalArgumentException("--ion: unknown element \"" + ion + "\""));
        Map<Element, Integer> ox = BvseRun.parseOxidation(oxidation);
        LandscapeOptions d = LandscapeOptions.defaults();
        LandscapeOptions o = new LandscapeOptions(grid, cutoff, cap, networkCap, d.mergeEnergyEv(), d.mergeDistanceA());
        BvseRun run;
        try (Progress p = Progress.start("BVSE grid", output.json)) {
            run = BvseRun.run(file, e, ox, o, p);
        }
        if (output.writeFiles()) {
            run.writeFiles(output.outputDir, true, true);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            out.println(Json.write(run.json(o)));
        } else {
            printSummary(run, out);
        }
        out.flush();
        return 0;
    }

    private static void printSummary(BvseRun run, PrintWriter out) {
        LandscapeResult r = run.result;
        out.printf(Locale.ROOT, "BVSE landscape of %s%+d in %s (%s)%n", r.model().mobile().symbol(), r.model().mobileCharge(),
                run.structure.formula(), run.file.getFileName());
        out.printf(Locale.ROOT, "  oxidation states: %s%n", run.structure.oxidationSource().name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "  grid %d x %d x %d, cut-off %.1f Å, %.2f s%n", r.grid().na(), r.grid().nb(), r.grid().nc(),
                r.model().cutoffA(), r.seconds());
        for (int dim = 1; dim <= 3; dim++) {
            double b = r.barriers().barrier(dim);
            out.printf(Locale.ROOT, "  %dD percolation barrier: %s%n", dim,
                    Double.isNaN(b) ? "none below the " + r.barriers().capEv() + " eV cap" : String.format(Locale.ROOT, "%.3f eV", b));
        }
        out.printf(Locale.ROOT, "  dimensionality: %dD (directions within %.1f eV of the 1D barrier; %dD below the cap)%n",
                r.barriers().conductionDimensionality(), PercolationBarriers.CONDUCTION_WINDOW_EV,
                r.barriers().dimensionality());
        out.printf(Locale.ROOT, "  sites: %d, hops: %d%n", r.network().sites().size(), r.network().hops().size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NetworkHop h : r.network().hops()) {
            if (seen.add(h.type())) {
                out.printf(Locale.ROOT, "    hop %-4s length %.3f Å, saddle %.3f eV, E_KRA %.3f eV%n", h.type(),
                        r.network().hopLength(h), h.saddleEnergyEv(), r.network().kraEv(h));
            }
        }
        run.files.forEach((k, v) -> out.printf(Locale.ROOT, "  %-13s %s%n", k + ":", v));
        out.println("  Note: " + BvseRun.ESTIMATE_NOTE);
    }
}
