package org.ionhop.cli.landscape;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.Progress;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.landscape.OxidationReport;
import org.ionhop.landscape.OxidationStates;
import org.ionhop.landscape.PercolationBarriers;
import org.ionhop.structure.Element;
import org.ionhop.structure.MobileIon;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/**
 * {@code ionhop bvse}: bond-valence site energy landscape, percolation barriers and site network. Parse, build
 * {@link BvseSettings}, run {@link LandscapeAnalysis}, render. Option fields carry the settings' component names
 * and their defaults.
 */
@Command(name = "bvse", mixinStandardHelpOptions = true,
        description = {"Bond-valence site energy (softBV) landscape of a mobile ion: exact 1D/2D/3D percolation "
                + "barriers, sites, saddles, the site network for kmc, cube/grd files and plots.",
            "The barriers are estimates (static empirical force field); NEB or AIMD refine them."})
public final class BvseCommand implements Callable<Integer> {
    private static final BvseSettings DEFAULTS = BvseSettings.defaults();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Structure file (CIF, POSCAR).")
    Path file;

    @Option(names = "--ion", paramLabel = "ELEMENT", description = "Mobile ion element (default: chosen from the "
            + "structure: its only alkali/Ag/Cu element, else its only alkaline-earth element; refused when ambiguous).")
    String ion;

    @Option(names = "--grid", paramLabel = "Å", description = "Grid spacing in Å (default: ${DEFAULT-VALUE}).")
    double gridSpacingA = DEFAULTS.gridSpacingA();

    @Option(names = "--cutoff", paramLabel = "Å",
            description = "Interaction cut-off radius in Å (default: ${DEFAULT-VALUE}).")
    double cutoffA = DEFAULTS.cutoffA();

    @Option(names = "--oxidation", paramLabel = "El=q,...",
            description = "Oxidation states, e.g. Li=1,Fe=2,P=5,O=-2 (default: from the file, else guessed by bond-valence sums).")
    String oxidationStates;

    @Option(names = "--cap", paramLabel = "eV",
            description = "Percolation search cap above the minimum in eV (default: ${DEFAULT-VALUE}).")
    double barrierCapEv = DEFAULTS.barrierCapEv();

    @Option(names = "--network-cap", paramLabel = "eV",
            description = "Leave sites and saddles more than this above the minimum out of the network (default: ${DEFAULT-VALUE}).")
    double networkCapEv = DEFAULTS.networkCapEv();

    @Mixin
    OutputOptions output;

    /** The settings the options describe. */
    BvseSettings settings() {
        Element e = ion == null ? DEFAULTS.ion() : Element.fromSymbol(ion).orElseThrow(() ->
                new InvalidSettingException("ion", "unknown element \"" + ion + "\""));
        Map<Element, Integer> ox = OxidationStates.parse(oxidationStates);
        return DEFAULTS.withIon(e).withGridSpacingA(gridSpacingA).withCutoffA(cutoffA).withOxidationStates(ox)
                .withBarrierCapEv(barrierCapEv).withNetworkCapEv(networkCapEv);
    }

    @Override
    public Integer call() {
        BvseSettings settings = settings();
        Structure structure = StructureReader.read(file);
        MobileIon.Choice chosen = null;
        if (ion == null) {
            // no --ion: the structure's own carrier (MobileIon's rule), not Li in a Na compound
            chosen = MobileIon.choose(structure);
            settings = settings.withIon(chosen.ion());
        }
        LandscapeResult r;
        try (Progress p = Progress.start("BVSE grid", output)) {
            r = LandscapeAnalysis.run(structure, settings, p);
        }
        if (chosen != null && !output.json) {
            spec.commandLine().getOut().printf(Locale.ROOT, "mobile ion %s (%s; --ion to choose another)%n",
                    chosen.ion().symbol(), chosen.reason());
        }
        // files (cube, grd, network, profiles, figures) only with -o
        Map<String, Path> files = output.writeFiles() ? BvseFiles.write(file, r, output.outputDir, true, true)
                : Map.of();
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            out.println(Json.write(LandscapeJson.tree(file, r, files)));
        } else {
            printSummary(r, files, out);
        }
        out.flush();
        return 0;
    }

    /** The per-site states with their sources, the confidence and the warnings (at most 12 sites listed). */
    static void printOxidation(OxidationReport rep, PrintWriter out) {
        int shown = 0;
        for (OxidationReport.SiteState st : rep.sites()) {
            if (shown++ == 12) {
                out.printf(Locale.ROOT, "    ... %d more sites (--json lists them)%n", rep.sites().size() - 12);
                break;
            }
            out.printf(Locale.ROOT, "    %-8s %-2s x%-3d %+5.1f  %s%s%n", st.label(), st.element().symbol(), st.atoms(),
                    st.state(), st.source().text(), Double.isNaN(st.bondValenceSum()) ? ""
                            : String.format(Locale.ROOT, " (BVS %.2f)", st.bondValenceSum()));
        }
        if (!Double.isNaN(rep.logLikelihood())) {
            out.printf(Locale.ROOT, "    log-likelihood %.2f; %s%n", rep.logLikelihood(), rep.runnerUp().isEmpty()
                    ? "no other charge-neutral assignment"
                    : String.format(Locale.ROOT, "runner-up %.2f (%s)", rep.runnerUpLogLikelihood(), rep.runnerUp()));
        }
        for (String n : rep.notes()) {
            out.printf(Locale.ROOT, "  warning: %s%n", n);
        }
    }

    private void printSummary(LandscapeResult r, Map<String, Path> files, PrintWriter out) {
        out.printf(Locale.ROOT, "BVSE landscape of %s%+d in %s (%s)%n", r.ion().symbol(), r.ionCharge(), r.formula(),
                file.getFileName());
        r.structure().warnings().forEach(w -> out.println("  warning: " + w));
        out.printf(Locale.ROOT, "  oxidation states: %s%n", r.oxidationSource().name().toLowerCase(Locale.ROOT));
        printOxidation(r.oxidationReport(), out);
        for (String d : r.pairsDerived()) {
            out.printf(Locale.ROOT, "  derived pair (not in the softBV table): %s%n", d);
        }
        out.printf(Locale.ROOT, "  grid %d x %d x %d, cut-off %.1f Å, %.2f s%n", r.grid().na(), r.grid().nb(),
                r.grid().nc(), r.model().cutoffA(), r.seconds());
        for (int dim = 1; dim <= 3; dim++) {
            double b = r.barriers().barrier(dim);
            out.printf(Locale.ROOT, "  %dD percolation barrier: %s%n", dim, Double.isNaN(b)
                    ? "none below the " + r.barriers().capEv() + " eV cap" : String.format(Locale.ROOT, "%.3f eV", b));
        }
        out.printf(Locale.ROOT, "  dimensionality: %dD (directions within %.1f eV of the 1D barrier; %dD below the cap)%n",
                r.barriers().conductionDimensionality(), PercolationBarriers.CONDUCTION_WINDOW_EV,
                r.barriers().dimensionality());
        out.printf(Locale.ROOT, "  sites: %d, hops: %d%n", r.numSites(), r.numHops());
        for (LandscapeResult.HopType h : r.hopTypes()) {
            out.printf(Locale.ROOT, "    hop %-4s length %.3f Å, saddle %.3f eV, E_KRA %.3f eV%n", h.type(),
                    h.distanceA(), h.saddleEnergyEv(), h.kraEv());
        }
        files.forEach((k, v) -> out.printf(Locale.ROOT, "  %-13s %s%n", k + ":", v));
        out.println("  Note: " + LandscapeAnalysis.ESTIMATE_NOTE);
    }
}
