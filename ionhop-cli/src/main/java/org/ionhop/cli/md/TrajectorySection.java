package org.ionhop.cli.md;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.io.InputFormatException;
import org.ionhop.trajectory.AnalysisSettings;
import org.ionhop.trajectory.ArrheniusAnalysis;
import org.ionhop.trajectory.LoadSettings;
import org.ionhop.trajectory.TransportResult;
import org.ionhop.units.Units;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Report section for MD trajectories: D*, D_sigma, Haven ratio and conductivities per trajectory with the MSD plot,
 * the probability density (cube) with its percolation dimensionality, and the Arrhenius plot when the trajectories
 * span several temperatures. Trajectories whose file does not state the time between frames or the temperature are
 * listed with what is missing (give them with the report's --timestep-fs, --stride and --temperature).
 */
public final class TrajectorySection implements ReportSection {
    @Override
    public int order() {
        return 40;
    }

    @Override
    public String id() {
        return "trajectory";
    }

    @Override
    public String title() {
        return "Molecular-dynamics trajectories";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return ctx.has(InputKind.TRAJECTORY);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        List<Path> files = ctx.inputsOf(InputKind.TRAJECTORY);
        List<Double> temps = ctx.temperatures();
        List<MdOutcome.Run> runs = new ArrayList<>();
        ArrayNode results = out.json().putArray("results");
        ArrayNode skipped = out.json().putArray("skipped");
        out.paragraph("Transport of " + ctx.ion() + " from " + files.size() + " trajectory file(s). D* and D_sigma are "
                + "fitted by generalised least squares with the random-walk covariance of the MSD over the diffusive "
                + "window (chosen from the log-log slope); conductivities by Nernst-Einstein from D* (assumes H_R = 1) "
                + "and from D_sigma (includes ion-ion correlations). Method: docs/md.md.");
        for (int i = 0; i < files.size(); i++) {
            Path p = files.get(i);
            double t = temps.isEmpty() ? Double.NaN : temps.get(temps.size() == files.size() ? i : 0);
            LoadSettings load = LoadSettings.of(ctx.ion());
            if (Double.isFinite(ctx.frameIntervalPs())) {
                load = load.withFrameIntervalPs(ctx.frameIntervalPs());
            }
            MdRequest req = new MdRequest(List.of(p), load,
                    List.of(AnalysisSettings.of(ctx.ion()).withTemperatureK(t)), 300, !ctx.quick(), 0.3, 0.3,
                    Double.NaN, null, 1.0, ctx.dir());
            try {
                MdOutcome.Run run = MdRunner.run(req, true).runs().get(0);
                runs.add(run);
                results.add(MdJson.result(run));
                render(out, run);
            } catch (InputFormatException | IllegalArgumentException e) {
                out.note(p.getFileName() + ": not analysed: " + e.getMessage() + ". Give --timestep-fs FS --stride N --temperature K to the report, or run `ionhop md "
                        + p.getFileName() + " --ion " + ctx.ion() + " --timestep-fs FS --stride N --temperature K`.");
                skipped.addObject().put("file", p.toString()).put("reason", e.getMessage());
            }
        }
        if (runs.stream().mapToDouble(r -> r.result().temperatureK()).distinct().count() >= 2) {
            ArrheniusAnalysis a = ArrheniusAnalysis.ofTracer(runs.stream().map(MdOutcome.Run::result).toList(), 300);
            out.json().set("arrhenius", MdJson.arrhenius(a));
            Map<String, String> rows = SectionOutput.rows();
            rows.put("E_a (from D*)", SectionOutput.withErr(a.fit().activationEnergyEv(), a.fit().activationEnergyErrEv())
                    + " eV");
            rows.put("sigma(300 K), 68 % interval", String.format(Locale.ROOT, "%s mS/cm (%s to %s)",
                    SectionOutput.num(1e3 * a.sigmaSPerCm()), SectionOutput.num(1e3 * a.sigmaLow68SPerCm()),
                    SectionOutput.num(1e3 * a.sigmaHigh68SPerCm())));
            out.keyValues(rows);
            out.figure(MdCharts.arrhenius(runs, a), "md_arrhenius.svg",
                    "Arrhenius plot of the tracer diffusivity with 1-sigma error bars and the weighted fit");
        }
    }

    private static void render(SectionOutput out, MdOutcome.Run run) {
        TransportResult r = run.result();
        Map<String, String> rows = SectionOutput.rows();
        rows.put("file", r.source());
        rows.put("temperature", SectionOutput.num(r.temperatureK()) + " K");
        rows.put("frames", r.frames() + " x " + SectionOutput.num(r.frameIntervalPs()) + " ps, " + r.ions() + " ions");
        rows.put("fitted window", String.format(Locale.ROOT, "%s-%s ps%s", SectionOutput.num(r.tracer().startPs()),
                SectionOutput.num(r.tracer().endPs()), r.regime().clear() ? "" : " (no clear diffusive regime)"));
        rows.put("D*", SectionOutput.withErr(r.tracerCm2PerS(), r.tracerErrCm2PerS()) + " cm²/s");
        rows.put("D_sigma", SectionOutput.withErr(r.chargeCm2PerS(), r.chargeErrCm2PerS()) + " cm²/s");
        rows.put("Haven ratio", SectionOutput.withErr(r.havenRatio(), r.havenRatioErr()));
        rows.put("sigma from D* (H_R = 1)", SectionOutput.withErr(1e3 * r.sigmaTracerSPerCm(),
                1e3 * r.sigmaTracerErrSPerCm()) + " mS/cm");
        rows.put("sigma from D_sigma", SectionOutput.withErr(1e3 * r.sigmaChargeSPerCm(),
                1e3 * r.sigmaChargeErrSPerCm()) + " mS/cm");
        rows.put("D* along x, y, z", String.format(Locale.ROOT, "%s, %s, %s cm²/s",
                SectionOutput.num(Units.a2PerPsToCm2PerS(r.components()[0].diffusivityA2PerPs())),
                SectionOutput.num(Units.a2PerPsToCm2PerS(r.components()[1].diffusivityA2PerPs())),
                SectionOutput.num(Units.a2PerPsToCm2PerS(r.components()[2].diffusivityA2PerPs()))));
        if (run.density() != null) {
            rows.put("percolation of the density", run.density().dimensionality() + "D at the mean density "
                    + SectionOutput.num(run.density().levelPerA3()) + " /Å³");
        }
        out.keyValues(rows);
        out.rawHtml("<figure><img src=\"" + SectionOutput.escape(run.msdSvg()) + "\" alt=\"MSD\"><figcaption>"
                + "Tracer and charge MSD on log-log axes; the shaded band is the fitted window</figcaption></figure>");
        out.dataFile(run.msdCsv(), "MSD table (lag in ps, MSD in Å²)");
        if (run.density() != null) {
            out.dataFile(run.density().cubeFile(), "probability density of the mobile ion (Gaussian cube, opens in "
                    + "VESTA)");
        }
    }
}
