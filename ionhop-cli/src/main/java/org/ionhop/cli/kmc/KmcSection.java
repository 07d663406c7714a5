package org.ionhop.cli.kmc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.io.ProgressListener;
import org.ionhop.kmc.KmcEstimates;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSource;
import org.ionhop.kmc.KmcStudy;
import org.ionhop.kmc.KmcStudyResult;
import org.ionhop.kmc.KmcSystem;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.OxidationStates;
import org.ionhop.landscape.SoftBvParameters;
import org.ionhop.network.SiteNetwork;
import org.ionhop.network.StructureNetwork;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.units.Units;

/**
 * Report section: kinetic Monte Carlo ({@link KmcStudy}, as {@code ionhop kmc} runs it) on the site network of every
 * structure (the bond-valence landscape's network; a coarse 0.25 Å grid in quick mode) and every site-network file,
 * over the report's temperatures (default 400-700 K). Short runs in quick mode. What differs from the command's
 * defaults is stated as settings in {@link #settings}.
 */
public final class KmcSection implements ReportSection {
    @Override
    public int order() {
        return 30;
    }

    /** Fewest sites the kMC cell should have; smaller networks are repeated. */
    static final int MIN_SITES = 64;
    private static final List<Double> DEFAULT_TEMPERATURES = List.of(400.0, 500.0, 600.0, 700.0);

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

    /** Replicas (quick, full) on a network of several connected parts. */
    static final int SEPARATE_PARTS_REPLICAS_QUICK = 8;
    static final int SEPARATE_PARTS_REPLICAS = 64;

    /**
     * The report's settings on a source: the report's seed and temperatures, 1e6 events per replica on 4 replicas
     * (quick: 1e5 on 2); the rest as the command's defaults. On a network that falls apart into several connected
     * parts (LiFePO4's channels) the same events go to 64 replicas (quick: 8) of one block each: every replica
     * keeps its own Boltzmann split of the ions over the parts, so the error bars come from the scatter between
     * replicas (docs/kmc.md, section 3), which two or four replicas cannot measure (on LiFePO4 at 400 K, 64 replicas
     * of 62500 events resolve D_sigma to 20-23 %, 16 of 250000 only to 40-45 %); blocks then serve no error bar,
     * and one long block keeps the bounded rattling of the ions from biasing D* upwards.
     */
    static KmcSettings settings(ReportContext ctx, KmcSource source) {
        long perReplica = ctx.quick() ? 100_000 : 1_000_000;
        int replicas = ctx.quick() ? 2 : 4;
        KmcSettings s = KmcSettings.of(source).withTemperaturesK(ctx.temperatures().isEmpty() ? DEFAULT_TEMPERATURES
                : ctx.temperatures()).withSteps(perReplica * replicas).withReplicas(replicas).withSeed(ctx.seed());
        if (new KmcSystem(KmcStudy.network(s), 3).connectedParts() > 1) {
            return s.withReplicas(ctx.quick() ? SEPARATE_PARTS_REPLICAS_QUICK : SEPARATE_PARTS_REPLICAS).withBlocks(1);
        }
        return s;
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
            renderOne(ctx, out, runs, p, () -> structureSource(p, ctx));
        }
        for (Path p : ctx.inputsOf(InputKind.NETWORK)) {
            renderOne(ctx, out, runs, p, () -> KmcSource.Network.of(NetworkJson.read(p)).withMinSites(MIN_SITES));
        }
    }

    /**
     * The bond-valence landscape's network of a structure, with the structure's mobile-ion count; the
     * crystallographic sites within the default cut-off when the landscape has no hops below its cap.
     */
    private static KmcSource structureSource(Path p, ReportContext ctx) {
        Element ion = Element.fromSymbol(ctx.ion()).orElseThrow(() -> new IllegalArgumentException(
                "unknown mobile ion \"" + ctx.ion() + "\""));
        Structure raw = StructureReader.read(p);
        Structure s = OxidationStates.resolve(raw, Map.of(), SoftBvParameters.bundled());
        BvseSettings o = BvseSettings.of(ion).withGridSpacingA(ctx.quick() ? 0.25 : BvseSettings.DEFAULT_SPACING_A);
        SiteNetwork net = LandscapeAnalysis.run(s, o, ProgressListener.NONE).network();
        if (net.hops().isEmpty()) {
            return KmcSource.StructureSites.of(s).withMinSites(MIN_SITES);
        }
        return KmcSource.Network.of(net).withMinSites(MIN_SITES)
                .withIonsPerCell(StructureNetwork.ionsFromOccupancy(raw, ion));
    }

    private void renderOne(ReportContext ctx, SectionOutput out, ArrayNode runs, Path p, Supplier<KmcSource> source) {
        String stem = String.valueOf(p.getFileName()).replaceAll("[^A-Za-z0-9_.-]", "_");
        try {
            KmcSettings settings = settings(ctx, source.get());
            Element ion = Element.fromSymbol(ctx.ion()).orElse(settings.ion());
            KmcStudyResult result = KmcStudy.run(settings.withIon(ion), ProgressListener.NONE);
            render(out, runs, p, stem, result);
        } catch (IllegalArgumentException e) {
            out.note(p.getFileName() + ": no kinetic Monte Carlo (" + e.getMessage() + ")");
            runs.add(KmcJsonView.tree(new KmcJsonView.ReportError(p.toString(), e.getMessage())));
        }
    }

    private static void render(SectionOutput out, ArrayNode runs, Path p, String stem, KmcStudyResult result) {
        KmcEstimates first = result.first();
        int rep = result.supercell();
        Map<String, String> rows = SectionOutput.rows();
        rows.put("Input", String.valueOf(p.getFileName()));
        rows.put("Sites / hops" + (rep > 1 ? " (" + rep + "³ supercell)" : ""), result.sites() + " / " + result.hops());
        rows.put("Ions", Integer.toString(first.ions()));
        rows.put("Events per temperature", Long.toString(first.events()));
        result.conductivityFit().ifPresent(f -> rows.put("E_a of σT (eV)",
                SectionOutput.withErr(f.activationEnergyEv(), f.activationEnergyErrEv())));
        out.keyValues(rows);
        List<List<String>> table = new ArrayList<>();
        for (KmcEstimates r : result.temperatures()) {
            table.add(List.of(String.format(java.util.Locale.ROOT, "%.0f", r.temperatureK()),
                    SectionOutput.withErr(r.tracerDiffusivityCm2PerS().value(), r.tracerDiffusivityCm2PerS().err()),
                    SectionOutput.withErr(r.chargeDiffusivityCm2PerS().value(), r.chargeDiffusivityCm2PerS().err()),
                    SectionOutput.withErr(r.havenRatio().value(), r.havenRatio().err()),
                    SectionOutput.withErr(r.correlationFactor().value(), r.correlationFactor().err()),
                    SectionOutput.withErr(Units.sPerCmToMsPerCm(r.conductivitySPerCm().value()),
                            Units.sPerCmToMsPerCm(r.conductivitySPerCm().err()))));
        }
        out.table(List.of("T (K)", "D* (cm²/s)", "D_σ (cm²/s)", "H_R", "f", "σ (mS/cm)"), table);
        KmcJsonView.separatePartsWarning(result).ifPresent(w -> out.note(p.getFileName() + ": " + w));
        KmcJsonView.singleFileWarning(result).ifPresent(w -> out.note(p.getFileName() + ": " + w));
        KmcJsonView.subdiffusionWarning(result).ifPresent(w -> out.note(p.getFileName() + ": " + w));
        KmcJsonView.shortBlockWarning(result).ifPresent(w -> out.note(p.getFileName() + ": " + w));
        KmcJsonView.collectiveWarning(result).ifPresent(w -> out.note(p.getFileName() + ": " + w));
        out.figure(KmcCharts.msd(result.sweep()), "kmc-msd-" + stem + ".svg", "Tracer and collective MSD per ion, " + stem);
        result.conductivityFit().ifPresent(f -> out.figure(KmcCharts.arrhenius(result.sweep(), f),
                "kmc-arrhenius-" + stem + ".svg", "Arrhenius plot of σT from kMC, " + stem));
        out.figure(KmcCharts.occupancy(result.sweep()), "kmc-occupancy-" + stem + ".svg",
                "Mean occupancy by site type, " + stem);
        var run = KmcJsonView.tree(KmcJsonView.ReportRun.of(p.toString(), result));
        runs.add(run);
        String data = "kmc-" + stem + ".json";
        // The data file stands alone: it carries the provenance block (inputs, seed, units, settings) as the
        // command's output does; the report's own JSON has one meta for all sections.
        ObjectNode file = Json.object();
        file.set("meta", Json.meta("report kmc", List.of(p), result.settings().seed(), KmcJsonView.units(),
                KmcJsonView.settings(result.settings())));
        file.setAll((ObjectNode) run);
        Json.writeFile(out.dir().resolve(data), file);
        out.dataFile(data, "kMC results of every temperature (keys as ionhop kmc --json)");
    }
}
