package org.ionhop.cli.kmc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.io.ProgressListener;
import org.ionhop.kmc.KmcParameters;
import org.ionhop.kmc.KmcResult;
import org.ionhop.kmc.KmcSweep;
import org.ionhop.kmc.KmcSystem;
import org.ionhop.network.NetworkSupercell;
import org.ionhop.network.StructureNetwork;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeOptions;
import org.ionhop.landscape.OxidationStates;
import org.ionhop.landscape.SoftBvParameters;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.units.Units;

/**
 * Report section: kinetic Monte Carlo on the site network of every structure (the bond-valence landscape's
 * network; a coarse 0.25 Å grid in quick mode) and every site-network file, over the report's temperatures
 * (default 400-700 K). Short runs in quick mode.
 */
public final class KmcSection implements ReportSection {
    @Override
    public int order() {
        return 30;
    }

    /** Fewest sites the kMC cell should have; smaller networks are repeated. */
    private static final int MIN_SITES = 64;
    private static final double[] DEFAULT_TEMPERATURES = {400, 500, 600, 700};

    @Override
    public String id() {
        return "kmc";
    }

    @Override
    public String title() {
        return "Kinetic Monte Carlo";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return ctx.has(InputKind.STRUCTURE) || ctx.has(InputKind.NETWORK);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        out.paragraph("Lattice gas of the mobile ions with site exclusion on the site network (sites and saddle "
                + "energies from the bond-valence landscape for structures, or the given network file), rejection-free "
                + "kinetic Monte Carlo with rates nu exp(-E/k_B T), E = E_KRA + dE/2 (clamped), nu = 1e13 Hz. "
                + "Ions: the structure's mobile-ion count (one vacancy if that fills every site), half filling for "
                + "network files. Conductivity by Nernst-Einstein from the charge diffusivity D_sigma. Error bars are standard errors "
                + "from blocks of independent replicas. Method: docs/kmc.md.");
        out.note("The barriers of a bond-valence landscape are estimates (useful for ranking); the kMC inherits them.");
        ArrayNode runs = out.json().putArray("runs");
        for (Path p : ctx.inputsOf(InputKind.STRUCTURE)) {
            renderOne(ctx, out, runs, p, () -> structureNetwork(p, ctx), true);
        }
        for (Path p : ctx.inputsOf(InputKind.NETWORK)) {
            renderOne(ctx, out, runs, p, () -> NetworkJson.read(p), false);
        }
    }

    private static SiteNetwork structureNetwork(Path p, ReportContext ctx) {
        Element ion = Element.fromSymbol(ctx.ion()).orElseThrow(() -> new IllegalArgumentException(
                "unknown mobile ion \"" + ctx.ion() + "\""));
        Structure s = OxidationStates.resolve(StructureReader.read(p), Map.of(), SoftBvParameters.bundled());
        LandscapeOptions o = LandscapeOptions.defaults().withSpacing(ctx.quick() ? 0.25 : LandscapeOptions.DEFAULT_SPACING_A);
        SiteNetwork net = LandscapeAnalysis.run(s, ion, o, ProgressListener.NONE).network();
        if (net.hops().isEmpty()) {
            // No landscape hops below the network cap: fall back to the crystallographic sites within 3.5 Å.
            return StructureNetwork.build(s, ion, 3.5, 0.3, Map.of(), Map.of());
        }
        return net;
    }

    /** The structure's mobile-ion count in the kMC cell, or one vacancy if that count fills every site. */
    private static int structureIons(Path p, ReportContext ctx, int rep, int sites) {
        Element ion = Element.fromSymbol(ctx.ion()).orElseThrow();
        int n = StructureNetwork.ionsFromOccupancy(StructureReader.read(p), ion) * rep * rep * rep;
        return n >= 1 && n < sites ? n : sites - 1;
    }

    private void renderOne(ReportContext ctx, SectionOutput out, ArrayNode runs, Path p,
                           java.util.function.Supplier<SiteNetwork> source, boolean structure) {
        String stem = p.getFileName().toString().replaceAll("[^A-Za-z0-9_.-]", "_");
        SiteNetwork net;
        try {
            net = source.get();
            int n = net.sites().size();
            int rep = n >= MIN_SITES ? 1 : (int) Math.ceil(Math.cbrt((double) MIN_SITES / n));
            if (rep > 1) {
                net = NetworkSupercell.of(net, rep);
            }
            KmcSystem sys = new KmcSystem(net, 3);
            int ions = structure ? structureIons(p, ctx, rep, sys.sites()) : Math.max(1, sys.sites() / 2);
            long perReplica = ctx.quick() ? 100_000 : 1_000_000;
            int replicas = ctx.quick() ? 2 : 4;
            KmcParameters params = KmcParameters.of(500, ions, perReplica).withEvents(perReplica,
                    Math.max(10L * sys.sites(), perReplica / 5), 10);
            double[] temps = ctx.temperatures().isEmpty() ? DEFAULT_TEMPERATURES
                    : ctx.temperatures().stream().mapToDouble(Double::doubleValue).toArray();
            KmcSweep sweep = KmcSweep.run(sys, params, temps, replicas, ctx.seed(), Runtime.getRuntime().availableProcessors(),
                    ProgressListener.NONE);
            render(out, runs, p, stem, sys, sweep, rep);
        } catch (IllegalArgumentException e) {
            out.note(p.getFileName() + ": no kinetic Monte Carlo (" + e.getMessage() + ")");
            ObjectNode o = runs.addObject();
            o.put("file", p.toString());
            o.put("error", e.getMessage());
        }
    }

    private static void render(SectionOutput out, ArrayNode runs, Path p, String stem, KmcSystem sys, KmcSweep sweep,
                               int rep) {
        KmcResult first = sweep.results().get(0);
        Map<String, String> rows = SectionOutput.rows();
        rows.put("Input", p.getFileName().toString());
        rows.put("Sites / hops" + (rep > 1 ? " (" + rep + "³ supercell)" : ""),
                sys.sites() + " / " + sys.directedHops() / 2);
        rows.put("Ions", Integer.toString(first.parameters().ions()));
        rows.put("Events per temperature", Long.toString(first.events()));
        sweep.conductivityFit().ifPresent(f -> rows.put("E_a of σT (eV)",
                SectionOutput.withErr(f.activationEnergyEv(), f.activationEnergyErrEv())));
        out.keyValues(rows);
        List<List<String>> table = new ArrayList<>();
        for (KmcResult r : sweep.results()) {
            table.add(List.of(String.format(Locale.ROOT, "%.0f", r.parameters().temperatureK()),
                    SectionOutput.withErr(Units.a2PerPsToCm2PerS(r.tracerDiffusivity().value()),
                            Units.a2PerPsToCm2PerS(r.tracerDiffusivity().err())),
                    SectionOutput.withErr(Units.a2PerPsToCm2PerS(r.chargeDiffusivity().value()),
                            Units.a2PerPsToCm2PerS(r.chargeDiffusivity().err())),
                    SectionOutput.withErr(r.havenRatio().value(), r.havenRatio().err()),
                    SectionOutput.withErr(r.correlationFactor().value(), r.correlationFactor().err()),
                    SectionOutput.withErr(Units.sPerCmToMsPerCm(r.conductivity().value()),
                            Units.sPerCmToMsPerCm(r.conductivity().err()))));
        }
        out.table(List.of("T (K)", "D* (cm²/s)", "D_σ (cm²/s)", "H_R", "f", "σ (mS/cm)"), table);
        KmcJson.subdiffusionWarning(sweep).ifPresent(w -> out.note(p.getFileName() + ": " + w));
        out.figure(KmcCharts.msd(sweep), "kmc-msd-" + stem + ".svg", "Tracer and collective MSD per ion, " + stem);
        sweep.conductivityFit().ifPresent(f -> out.figure(KmcCharts.arrhenius(sweep, f), "kmc-arrhenius-" + stem + ".svg",
                "Arrhenius plot of σT from kMC, " + stem));
        out.figure(KmcCharts.occupancy(sweep), "kmc-occupancy-" + stem + ".svg", "Mean occupancy by site type, " + stem);
        ObjectNode o = runs.addObject();
        o.put("file", p.toString());
        o.put("supercell", rep);
        KmcJson.putResult(o, first, List.of());
        o.set("sweep", KmcJson.sweep(sweep, List.of()));
        KmcJson.putArrhenius(o, sweep);
        String data = "kmc-" + stem + ".json";
        Json.writeFile(out.dir().resolve(data), o);
        out.dataFile(data, "kMC results of every temperature (keys as ionhop kmc --json)");
    }
}
