package org.ionhop.cli.md;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.trajectory.AnalysisSettings;
import org.ionhop.trajectory.DriftCorrection;
import org.ionhop.trajectory.LammpsData;
import org.ionhop.trajectory.LoadSettings;
import org.ionhop.trajectory.SiteAnalysis;
import org.ionhop.trajectory.TrajectoryFormat;
import org.ionhop.trajectory.TransportResult;
import org.ionhop.units.Units;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop md}: diffusion, conductivity and Haven ratio from MD trajectories, with Arrhenius extrapolation. */
@Command(name = "md", mixinStandardHelpOptions = true,
        description = {"Diffusion, conductivity and Haven ratio from MD trajectories (XDATCAR, vasprun.xml, extended "
                + "XYZ, LAMMPS dump; gzip is fine).",
            "D* and D_sigma come from generalised least squares on the MSD with its random-walk covariance; several "
                + "temperatures give an Arrhenius fit and sigma at --extrapolate-to."})
public final class MdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(arity = "1..*", paramLabel = "TRAJ", description = "Trajectory files, one per temperature or run.")
    List<Path> trajectories = new ArrayList<>();

    @Option(names = "--ion", required = true, split = ",", paramLabel = "ELEMENT",
            description = "Mobile species; the first is reported (e.g. Li, or Li,Na for several mobile species).")
    List<String> ions = new ArrayList<>();

    @Option(names = "--framework", split = ",", paramLabel = "ELEMENT",
            description = "Species whose centre of mass defines the frame (default: every species that is not mobile).")
    List<String> framework = new ArrayList<>();

    @Option(names = "--temperature", split = ",", paramLabel = "K",
            description = "Temperature of each trajectory in K (one value for all, or one per file); needed unless the "
                    + "file states it (vasprun.xml TEBEG).")
    List<Double> temperatures = new ArrayList<>();

    @Option(names = "--timestep-fs", paramLabel = "FS",
            description = "MD time step in fs, for files that do not state the time between frames (XDATCAR, extxyz "
                    + "without time=, LAMMPS).")
    Double timestepFs;

    @Option(names = "--stride", paramLabel = "N",
            description = "MD steps between stored frames (VASP NBLOCK); with --timestep-fs gives the frame interval. "
                    + "LAMMPS dumps take it from their step numbers when omitted.")
    Integer stride;

    @Option(names = "--type-map", split = ",", paramLabel = "TYPE=ELEMENT",
            description = "LAMMPS atom types to elements, e.g. 1=Li,2=P,3=S.")
    Map<Integer, String> typeMap = new LinkedHashMap<>();

    @Option(names = "--lammps-data", paramLabel = "FILE",
            description = "LAMMPS data file whose Masses section maps atom types to elements (instead of --type-map).")
    Path lammpsData;

    @Option(names = "--charge", split = ",", paramLabel = "ELEMENT=Z",
            description = "Charge of a mobile species in e (defaults: alkali and Ag, Cu +1; Mg, Ca, Zn +2; F, Cl, Br, "
                    + "I -1; O, S -2).")
    Map<String, Double> charges = new HashMap<>();

    @Option(names = "--fit-start-ps", paramLabel = "PS",
            description = "Start of the fitted window (default: from the log-log slope of the MSD).")
    Double fitStartPs;

    @Option(names = "--fit-end-ps", paramLabel = "PS", description = "End of the fitted window (default: half the run).")
    Double fitEndPs;

    @Option(names = "--drift", defaultValue = "mass", paramLabel = "MODE",
            description = "Framework drift removal: mass (mass-weighted centre of mass), plain (unweighted, as "
                    + "pymatgen), none (default: ${DEFAULT-VALUE}).")
    String drift;

    @Option(names = "--extrapolate-to", defaultValue = "300", paramLabel = "K",
            description = "Temperature for the Arrhenius extrapolation of D* and sigma (default: ${DEFAULT-VALUE}).")
    double extrapolateK;

    @Option(names = "--density", description = "Write the ion probability density as a Gaussian cube file and report "
            + "the percolation dimensionality of its isosurface.")
    boolean density;

    @Option(names = "--grid-spacing", defaultValue = "0.25", paramLabel = "A",
            description = "Voxel size of the density in Å (default: ${DEFAULT-VALUE}).")
    double gridSpacing;

    @Option(names = "--smooth", defaultValue = "0.3", paramLabel = "A",
            description = "Gaussian smoothing of the density in Å, 0 for none (default: ${DEFAULT-VALUE}).")
    double smooth;

    @Option(names = "--isosurface-level", paramLabel = "PER_A3",
            description = "Density level (ions/Å³) for the percolation dimensionality (default: the mean ion density).")
    Double isoLevel;

    @Option(names = "--sites", paramLabel = "FILE|density",
            description = "Site analysis: sites of the ion in a reference structure (CIF/POSCAR), or 'density' for the "
                    + "maxima of the probability density.")
    String sites;

    @Option(names = "--site-radius", defaultValue = "1.0", paramLabel = "A",
            description = "Capture radius of a site in Å (default: ${DEFAULT-VALUE}).")
    double siteRadius;

    @Option(names = "--memory-mb", paramLabel = "MB",
            description = "Heap for the ion series before they move to a temporary file (default: a quarter of the "
                    + "heap).")
    Long memoryMb;

    @Override
    public Integer call() {
        MdRequest req = request();
        MdOutcome o = MdRunner.run(req, output.json);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            out.println(Json.write(MdJson.of(o, trajectories, ions.get(0))));
        } else {
            printText(out, o);
        }
        out.flush();
        return 0;
    }

    /** Builds the library settings from the options (tests compare this with the library defaults). */
    MdRequest request() {
        if (!temperatures.isEmpty() && temperatures.size() != 1 && temperatures.size() != trajectories.size()) {
            throw new IllegalArgumentException("give one --temperature for all trajectories or one per trajectory ("
                    + trajectories.size() + "), got " + temperatures.size());
        }
        if (stride != null && timestepFs == null) {
            throw new IllegalArgumentException("--stride needs --timestep-fs");
        }
        if (timestepFs != null && !(timestepFs > 0) || stride != null && stride < 1) {
            throw new IllegalArgumentException("--timestep-fs must be positive and --stride at least 1");
        }
        DriftCorrection dc = switch (drift.toLowerCase(Locale.ROOT)) {
            case "mass" -> DriftCorrection.MASS_WEIGHTED;
            case "plain" -> DriftCorrection.UNWEIGHTED;
            case "none" -> DriftCorrection.NONE;
            default -> throw new IllegalArgumentException("--drift must be mass, plain or none, got " + drift);
        };
        boolean allLammps = trajectories.stream()
                .allMatch(p -> TrajectoryFormat.detect(p) == TrajectoryFormat.LAMMPS_DUMP);
        double interval = Double.NaN;
        double lammpsStep = Double.NaN;
        if (timestepFs != null) {
            if (stride == null && allLammps) {
                lammpsStep = timestepFs;
            } else {
                interval = Units.fsToPs(timestepFs * (stride == null ? 1 : stride));
            }
        }
        Map<Integer, String> types = new LinkedHashMap<>(typeMap);
        if (lammpsData != null) {
            LammpsData.typeMap(lammpsData).forEach(types::putIfAbsent);
        }
        LoadSettings load = LoadSettings.of(ions.toArray(String[]::new)).withFramework(framework).withDrift(dc)
                .withFrameIntervalPs(interval).withLammps(types, lammpsStep);
        if (memoryMb != null) {
            load = load.withMemoryBudgetBytes(memoryMb << 20);
        }
        List<AnalysisSettings> analysis = new ArrayList<>();
        for (int i = 0; i < trajectories.size(); i++) {
            double t = temperatures.isEmpty() ? Double.NaN
                    : temperatures.get(temperatures.size() == 1 ? 0 : i);
            analysis.add(AnalysisSettings.of(ions.get(0)).withCharges(charges).withTemperatureK(t)
                    .withWindowPs(fitStartPs == null ? Double.NaN : fitStartPs, fitEndPs == null ? Double.NaN : fitEndPs));
        }
        return new MdRequest(List.copyOf(trajectories), load, analysis, extrapolateK, density, gridSpacing, smooth,
                isoLevel == null ? Double.NaN : isoLevel, sites, siteRadius, output.outputDir);
    }

    private void printText(PrintWriter out, MdOutcome o) {
        for (MdOutcome.Run run : o.runs()) {
            TransportResult r = run.result();
            out.printf(Locale.ROOT, "%s: %s at %.1f K, %d frames x %.4g ps, %d ions%n", r.source(), r.ion(),
                    r.temperatureK(), r.frames(), r.frameIntervalPs(), r.ions());
            out.printf(Locale.ROOT, "  fitted %.3g-%.3g ps (%s, log-log slope %.2f)%n", r.tracer().startPs(),
                    r.tracer().endPs(), r.regime().automatic() ? (r.regime().clear() ? "automatic"
                            : "automatic, no clear diffusive regime") : "user", r.regime().slope());
            out.printf(Locale.ROOT, "  D*        = %.4g ± %.2g cm²/s   (x %.3g, y %.3g, z %.3g)%n", r.tracerCm2PerS(),
                    r.tracerErrCm2PerS(), Units.a2PerPsToCm2PerS(r.components()[0].diffusivityA2PerPs()),
                    Units.a2PerPsToCm2PerS(r.components()[1].diffusivityA2PerPs()),
                    Units.a2PerPsToCm2PerS(r.components()[2].diffusivityA2PerPs()));
            out.printf(Locale.ROOT, "  D_sigma   = %.4g ± %.2g cm²/s%n", r.chargeCm2PerS(), r.chargeErrCm2PerS());
            if (Double.isNaN(r.havenRatio())) {
                out.println("  H_R       = undetermined (D_sigma is not positive within this run)");
            } else {
                out.printf(Locale.ROOT, "  H_R       = %.3g ± %.2g%n", r.havenRatio(), r.havenRatioErr());
            }
            out.printf(Locale.ROOT, "  sigma(D*) = %.4g ± %.2g mS/cm (Nernst-Einstein, assumes H_R = 1)%n",
                    1e3 * r.sigmaTracerSPerCm(), 1e3 * r.sigmaTracerErrSPerCm());
            out.printf(Locale.ROOT, "  sigma(D_sigma) = %.4g ± %.2g mS/cm (Nernst-Einstein with the charge MSD)%n",
                    1e3 * r.sigmaChargeSPerCm(), 1e3 * r.sigmaChargeErrSPerCm());
            if (run.density() != null) {
                out.printf(Locale.ROOT, "  density: %s, percolation %dD at %.3g /Å³ (1D/2D/3D up to %.3g/%.3g/%.3g /Å³)%n",
                        run.density().cubeFile(), run.density().dimensionality(), run.density().levelPerA3(),
                        run.density().thresholds()[0], run.density().thresholds()[1], run.density().thresholds()[2]);
            }
            if (run.sites() != null) {
                SiteAnalysis s = run.sites();
                out.printf(Locale.ROOT, "  sites: %d, correlation factor f = %.3g, unassigned %.1f %%%n", s.siteCount(),
                        s.correlationFactor(), 100 * s.unassignedFraction());
                for (int i = 0; i < s.types().size(); i++) {
                    out.printf(Locale.ROOT, "    %-8s %.1f %% of time, mean residence %.3g ps (%d stays)%n",
                            s.types().get(i), 100 * s.timeFraction()[i], s.meanResidencePs()[i], s.residenceEvents()[i]);
                }
            }
            if (output.writeFiles()) {
                out.printf("  plots: %s, %s%n", output.outputDir.resolve(run.msdSvg()), output.outputDir.resolve(run.msdCsv()));
            }
        }
        if (o.arrhenius() != null) {
            var a = o.arrhenius();
            out.printf(Locale.ROOT, "Arrhenius (D*): E_a = %.3f ± %.3f eV; at %.0f K D* = %.3g cm²/s, sigma = %.3g mS/cm "
                    + "(68 %%: %.3g-%.3g)%s%n", a.fit().activationEnergyEv(), a.fit().activationEnergyErrEv(),
                    a.targetK(), Units.a2PerPsToCm2PerS(a.diffusivity().value()), 1e3 * a.sigmaSPerCm(),
                    1e3 * a.sigmaLow68SPerCm(), 1e3 * a.sigmaHigh68SPerCm(),
                    output.dir().map(d -> ", plot " + d.resolve("arrhenius.svg")).orElse(""));
        }
    }
}
