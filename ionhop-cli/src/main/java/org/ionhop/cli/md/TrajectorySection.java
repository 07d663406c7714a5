package org.ionhop.cli.md;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;

import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.io.ProgressListener;
import org.ionhop.stats.Measured;
import org.ionhop.trajectory.ArrheniusAnalysis;
import org.ionhop.trajectory.TrajectorySettings;
import org.ionhop.trajectory.TrajectoryStudy;
import org.ionhop.trajectory.TrajectoryStudyResult;
import org.ionhop.trajectory.TransportResult;

/**
 * Report section for MD trajectories: D*, D_sigma, Haven ratio and conductivities per trajectory with the MSD plot,
 * the probability density (cube) with its percolation dimensionality, and the Arrhenius plot when the trajectories
 * span several temperatures. Trajectories whose file does not state the time between frames or the temperature are
 * listed with what is missing (give them with the report's --timestep-fs, --stride and --temperature).
 */
public final class TrajectorySection implements ReportSection {
    /** Voxel size of the report's density (Å): coarser than the command's default, for speed. */
    static final double REPORT_GRID_SPACING_A = 0.3;

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
        out.paragraph("Transport of " + ctx.ion() + " from " + files.size() + " trajectory file(s). D* and D_sigma are "
                + "fitted by generalised least squares with the random-walk covariance of the MSD over the diffusive "
                + "window (chosen from the log-log slope); conductivities by Nernst-Einstein from D* (assumes H_R = 1) "
                + "and from D_sigma (includes ion-ion correlations). Method: docs/md.md.");
        TrajectoryStudyResult result = TrajectoryStudy.run(settings(ctx, files), ProgressListener.NONE);
        List<MdFiles> written = MdFiles.write(result, ctx.dir());
        List<MdOutput.Run> runs = MdOutput.Run.of(result, written);
        ArrayNode results = out.json().putArray("results");
        ArrayNode skipped = out.json().putArray("skipped");
        // Input order, as the files were given: runs and skipped files are each in that order.
        int nextRun = 0;
        int nextSkipped = 0;
        for (Path file : files) {
            if (nextRun < runs.size() && result.runs().get(nextRun).file().equals(file)) {
                MdOutput.Run run = runs.get(nextRun++);
                results.add(MdJsonMapper.tree(run));
                render(out, run);
            } else if (nextSkipped < result.skipped().size()) {
                TrajectoryStudyResult.Skipped s = result.skipped().get(nextSkipped++);
                String name = String.valueOf(s.file().getFileName());
                out.note(name + ": not analysed: " + s.reason() + ". Give --timestep-fs FS --stride N --temperature K "
                        + "to the report, or run `ionhop md " + name + " --ion " + ctx.ion()
                        + " --timestep-fs FS --stride N --temperature K`.");
                skipped.addObject().put("file", s.file().toString()).put("reason", s.reason());
            }
        }
        ArrheniusAnalysis a = result.arrhenius();
        if (a != null) {
            out.json().set("arrhenius", MdJsonMapper.tree(a));
            Map<String, String> rows = SectionOutput.rows();
            rows.put("E_a (from D*)", SectionOutput.withErr(a.fit().activationEnergyEv(), a.fit().activationEnergyErrEv())
                    + " eV");
            // S/cm, the unit the report's header states for every conductivity (report.json too)
            rows.put("sigma(300 K), 68 % interval", String.format(Locale.ROOT, "%s S/cm (%s to %s)",
                    SectionOutput.num(a.sigmaSPerCm()), SectionOutput.num(a.sigmaLow68SPerCm()),
                    SectionOutput.num(a.sigmaHigh68SPerCm())));
            out.keyValues(rows);
            out.figure(MdCharts.arrhenius(result.transport(), a), "md_arrhenius.svg",
                    "Arrhenius plot of the tracer diffusivity with 1-sigma error bars and the weighted fit");
        }
    }

    /**
     * The report's settings: its ion, temperatures (one per file, or the first for all) and frame interval; the
     * density (on a 0.3 Å grid) unless the report is quick; files that cannot be analysed are listed, not fatal.
     */
    static TrajectorySettings settings(ReportContext ctx, List<Path> files) {
        List<Double> temps = ctx.temperatures();
        TrajectorySettings s = TrajectorySettings.defaults().withFiles(files).withIons(List.of(ctx.ion()))
                .withTemperatures(temps.size() <= 1 || temps.size() == files.size() ? temps : temps.subList(0, 1))
                .withDensity(!ctx.quick(), REPORT_GRID_SPACING_A, TrajectorySettings.defaults().smoothA(), Double.NaN)
                .withSkipFailedFiles(true);
        if (Double.isFinite(ctx.frameIntervalPs())) {
            // The report passes the frame interval (time step x stride) as one number: one "step" of that length.
            s = s.withTimestepFs(ctx.frameIntervalPs() * 1e3, 1);
        }
        return s;
    }

    private static void render(SectionOutput out, MdOutput.Run run) {
        TransportResult r = run.transport();
        Map<String, String> rows = SectionOutput.rows();
        rows.put("file", r.source());
        rows.put("temperature", SectionOutput.num(r.temperatureK()) + " K");
        rows.put("frames", r.frames() + " x " + SectionOutput.num(r.frameIntervalPs()) + " ps, " + r.ions() + " ions");
        rows.put("fitted window", String.format(Locale.ROOT, "%s-%s ps%s", SectionOutput.num(r.tracer().startPs()),
                SectionOutput.num(r.tracer().endPs()), r.regime().clear() ? "" : " (no clear diffusive regime)"));
        rows.put("D*", SectionOutput.withErr(r.tracerCm2PerS().value(), r.tracerCm2PerS().err()) + " cm²/s");
        rows.put("D_sigma", SectionOutput.withErr(r.chargeCm2PerS().value(), r.chargeCm2PerS().err()) + " cm²/s");
        rows.put("Haven ratio", SectionOutput.withErr(r.havenRatio().value(), r.havenRatio().err()));
        rows.put("sigma from D* (H_R = 1)", SectionOutput.withErr(r.sigmaTracerSPerCm().value(),
                r.sigmaTracerSPerCm().err()) + " S/cm");
        rows.put("sigma from D_sigma", SectionOutput.withErr(r.sigmaChargeSPerCm().value(),
                r.sigmaChargeSPerCm().err()) + " S/cm");
        List<Measured> c = r.tracerComponentsCm2PerS();
        rows.put("D* along x, y, z", String.format(Locale.ROOT, "%s, %s, %s cm²/s", SectionOutput.num(c.get(0).value()),
                SectionOutput.num(c.get(1).value()), SectionOutput.num(c.get(2).value())));
        if (run.density() != null) {
            rows.put("percolation of the density", run.density().dimensionality() + "D at the mean density "
                    + SectionOutput.num(run.density().levelPerA3()) + " /Å³");
        }
        out.keyValues(rows);
        out.rawHtml("<figure><img src=\"" + SectionOutput.escape(run.files().msdSvg()) + "\" alt=\"MSD\"><figcaption>"
                + "Tracer and charge MSD on log-log axes; the shaded band is the fitted window</figcaption></figure>");
        out.dataFile(run.files().msdCsv(), "MSD table (lag in ps, MSD in Å²)");
        if (run.density() != null) {
            out.dataFile(run.files().densityCube(), "probability density of the mobile ion (Gaussian cube, opens in "
                    + "VESTA)");
        }
    }
}
