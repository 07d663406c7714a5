package org.ionhop.cli.md;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.Progress;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.stats.Measured;
import org.ionhop.trajectory.ArrheniusAnalysis;
import org.ionhop.trajectory.DensityResult;
import org.ionhop.trajectory.DriftCorrection;
import org.ionhop.trajectory.SiteAnalysis;
import org.ionhop.trajectory.TrajectoryRun;
import org.ionhop.trajectory.TrajectorySettings;
import org.ionhop.trajectory.TrajectoryStudy;
import org.ionhop.trajectory.TrajectoryStudyResult;
import org.ionhop.trajectory.TransportResult;
import org.ionhop.units.Units;

/**
 * {@code ionhop md}: diffusion, conductivity and Haven ratio from MD trajectories, with Arrhenius extrapolation.
 * Options -> {@link TrajectorySettings} (field names are its component names, initial values its defaults) ->
 * {@link TrajectoryStudy} -> plots, tables and text or JSON.
 */
@Command(name = "md", mixinStandardHelpOptions = true,
        description = {"Diffusion, conductivity and Haven ratio from MD trajectories (XDATCAR, vasprun.xml, extended "
                + "XYZ, LAMMPS dump; gzip is fine).",
            "D* and D_sigma come from generalised least squares on the MSD with its random-walk covariance; several "
                + "temperatures give an Arrhenius fit and sigma at --extrapolate-to."})
public final class MdCommand implements Callable<Integer> {
    private static final TrajectorySettings DEFAULTS = TrajectorySettings.defaults();

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Parameters(arity = "1..*", paramLabel = "TRAJ", description = "Trajectory files, one per temperature or run.")
    List<Path> files = new ArrayList<>(DEFAULTS.files());

    @Option(names = "--ion", split = ",", paramLabel = "ELEMENT",
            description = "Mobile species; the first is reported (e.g. Li, or Li,Na for several mobile species; "
                    + "default: ${DEFAULT-VALUE}).")
    List<String> ions = new ArrayList<>(DEFAULTS.ions());

    @Option(names = "--framework", split = ",", paramLabel = "ELEMENT",
            description = "Species whose centre of mass defines the frame (default: every species that is not mobile).")
    List<String> framework = new ArrayList<>(DEFAULTS.framework());

    @Option(names = "--temperature", split = ",", paramLabel = "K",
            description = "Temperature of each trajectory in K (one value for all, or one per file); needed unless the "
                    + "file states it (vasprun.xml TEBEG).")
    List<Double> temperatures = new ArrayList<>(DEFAULTS.temperatures());

    @Option(names = "--timestep-fs", paramLabel = "FS",
            description = "MD time step in fs, for files that do not state the time between frames (XDATCAR, extxyz "
                    + "without time=, LAMMPS).")
    double timestepFs = DEFAULTS.timestepFs();

    @Option(names = "--stride", paramLabel = "N",
            description = "MD steps between stored frames (VASP NBLOCK); with --timestep-fs gives the frame interval. "
                    + "LAMMPS dumps take it from their step numbers when omitted.")
    int stride = DEFAULTS.stride();

    @Option(names = "--type-map", split = ",", paramLabel = "TYPE=ELEMENT",
            description = "LAMMPS atom types to elements, e.g. 1=Li,2=P,3=S.")
    Map<Integer, String> typeMap = new LinkedHashMap<>(DEFAULTS.typeMap());

    @Option(names = "--lammps-data", paramLabel = "FILE",
            description = "LAMMPS data file whose Masses section maps atom types to elements (instead of --type-map).")
    Path lammpsData = DEFAULTS.lammpsData();

    @Option(names = "--charge", split = ",", paramLabel = "ELEMENT=Z",
            description = "Charge of a mobile species in e (defaults: alkali and Ag, Cu +1; Mg, Ca, Zn +2; F, Cl, Br, "
                    + "I -1; O, S -2).")
    Map<String, Double> charges = new LinkedHashMap<>(DEFAULTS.charges());

    @Option(names = "--fit-start-ps", paramLabel = "PS",
            description = "Start of the fitted window (default: from the log-log slope of the MSD).")
    double fitStartPs = DEFAULTS.fitStartPs();

    @Option(names = "--fit-end-ps", paramLabel = "PS", description = "End of the fitted window (default: half the run).")
    double fitEndPs = DEFAULTS.fitEndPs();

    @Option(names = "--drift", paramLabel = "MODE",
            description = "Framework drift removal: mass (mass-weighted centre of mass), plain (unweighted, as "
                    + "pymatgen), none (default: ${DEFAULT-VALUE}).")
    String drift = driftName(DEFAULTS.drift());

    @Option(names = "--extrapolate-to", paramLabel = "K",
            description = "Temperature for the Arrhenius extrapolation of D* and sigma (default: ${DEFAULT-VALUE}).")
    double extrapolateToK = DEFAULTS.extrapolateToK();

    @Option(names = "--density", description = "Write the ion probability density as a Gaussian cube file and report "
            + "the percolation dimensionality of its isosurface.")
    boolean density = DEFAULTS.density();

    @Option(names = "--grid-spacing", paramLabel = "A",
            description = "Voxel size of the density in Å (default: ${DEFAULT-VALUE}).")
    double gridSpacingA = DEFAULTS.gridSpacingA();

    @Option(names = "--smooth", paramLabel = "A",
            description = "Gaussian smoothing of the density in Å, 0 for none (default: ${DEFAULT-VALUE}).")
    double smoothA = DEFAULTS.smoothA();

    @Option(names = "--isosurface-level", paramLabel = "PER_A3",
            description = "Density level (ions/Å³) for the percolation dimensionality (default: the mean ion density).")
    double isosurfaceLevelPerA3 = DEFAULTS.isosurfaceLevelPerA3();

    @Option(names = "--sites", paramLabel = "FILE|density",
            description = "Site analysis: sites of the ion in a reference structure (CIF/POSCAR), or 'density' for the "
                    + "maxima of the probability density.")
    String sites = DEFAULTS.sites();

    @Option(names = "--site-radius", paramLabel = "A",
            description = "Capture radius of a site in Å (default: ${DEFAULT-VALUE}).")
    double siteRadiusA = DEFAULTS.siteRadiusA();

    @Option(names = "--memory-mb", paramLabel = "MB",
            description = "Heap for the ion series before they move to a temporary file (default: a quarter of the "
                    + "heap).")
    long memoryMb = DEFAULTS.memoryMb();

    @Override
    public Integer call() {
        TrajectorySettings settings = settings();
        TrajectoryStudyResult result;
        String label = files.size() == 1 ? String.valueOf(files.get(0).getFileName()) : files.size() + " trajectories";
        try (Progress progress = Progress.start("reading " + label, output)) {
            result = TrajectoryStudy.run(settings, progress);
        }
        List<MdOutput.Run> runs = MdOutput.Run.of(result, MdFiles.write(result, output.outputDir));
        if (result.arrhenius() != null && output.writeFiles()) {
            Charts.writeSvg(MdCharts.arrhenius(result.transport(), result.arrhenius()),
                    output.outputDir.resolve("md_arrhenius.svg"));
        }
        for (var run : result.runs()) {
            output.show("msd_" + run.file().getFileName() + ".svg", () -> MdCharts.msd(run.transport()));
        }
        if (result.arrhenius() != null) {
            output.show("md_arrhenius.svg", () -> MdCharts.arrhenius(result.transport(), result.arrhenius()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            ObjectNode meta = Json.meta("md", files, null, UnitNames.of("diffusivity", "conductivity", "temperature",
                    "time", "length", "number_density_per_A3", "energy"), MdJsonMapper.tree(settings));
            out.println(MdJsonMapper.write(runs.size() == 1 ? new MdOutput.Single(settings.ion(), runs.get(0), meta)
                    : MdOutput.Many.of(settings.ion(), runs, result.arrhenius(), meta)));
        } else {
            printText(out, result, runs);
        }
        out.flush();
        return 0;
    }

    /** The library settings of the options (a test compares them with the library defaults). */
    TrajectorySettings settings() {
        return new TrajectorySettings(files, ions, framework, temperatures, timestepFs, stride, typeMap, lammpsData,
                charges, fitStartPs, fitEndPs, drift(drift), extrapolateToK, density, gridSpacingA, smoothA,
                isosurfaceLevelPerA3, sites, siteRadiusA, memoryMb, false);
    }

    private static DriftCorrection drift(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "mass" -> DriftCorrection.MASS_WEIGHTED;
            case "plain" -> DriftCorrection.UNWEIGHTED;
            case "none" -> DriftCorrection.NONE;
            default -> throw new InvalidSettingException("drift", "expected mass, plain or none, got " + name);
        };
    }

    private static String driftName(DriftCorrection d) {
        return switch (d) {
            case MASS_WEIGHTED -> "mass";
            case UNWEIGHTED -> "plain";
            case NONE -> "none";
        };
    }

    private void printText(PrintWriter out, TrajectoryStudyResult result, List<MdOutput.Run> runs) {
        for (int i = 0; i < runs.size(); i++) {
            TrajectoryRun run = result.runs().get(i);
            TransportResult r = run.transport();
            out.printf(Locale.ROOT, "%s: %s at %.1f K, %d frames x %.4g ps, %d ions%n", r.source(), r.ion(),
                    r.temperatureK(), r.frames(), r.frameIntervalPs(), r.ions());
            out.printf(Locale.ROOT, "  fitted %.3g-%.3g ps (%s, log-log slope %.2f)%n", r.tracer().startPs(),
                    r.tracer().endPs(), r.regime().automatic() ? (r.regime().clear() ? "automatic"
                            : "automatic, no clear diffusive regime") : "user", r.regime().slope());
            List<Measured> c = r.tracerComponentsCm2PerS();
            out.printf(Locale.ROOT, "  D*        = %.4g ± %.2g cm²/s   (x %.3g, y %.3g, z %.3g)%n",
                    r.tracerCm2PerS().value(), r.tracerCm2PerS().err(), c.get(0).value(), c.get(1).value(),
                    c.get(2).value());
            out.printf(Locale.ROOT, "  D_sigma   = %.4g ± %.2g cm²/s%n", r.chargeCm2PerS().value(),
                    r.chargeCm2PerS().err());
            if (Double.isNaN(r.havenRatio().value())) {
                out.println("  H_R       = undetermined (D_sigma is not positive within this run)");
            } else {
                out.printf(Locale.ROOT, "  H_R       = %.3g ± %.2g%n", r.havenRatio().value(), r.havenRatio().err());
            }
            out.printf(Locale.ROOT, "  sigma(D*) = %.4g ± %.2g mS/cm (Nernst-Einstein, assumes H_R = 1)%n",
                    1e3 * r.sigmaTracerSPerCm().value(), 1e3 * r.sigmaTracerSPerCm().err());
            out.printf(Locale.ROOT, "  sigma(D_sigma) = %.4g ± %.2g mS/cm (Nernst-Einstein with the charge MSD)%n",
                    1e3 * r.sigmaChargeSPerCm().value(), 1e3 * r.sigmaChargeSPerCm().err());
            MdFiles f = runs.get(i).files();
            if (run.density() != null) {
                DensityResult d = run.density();
                out.printf(Locale.ROOT, "  density: %s, percolation %dD at %.3g /Å³ (1D/2D/3D up to %.3g/%.3g/%.3g /Å³)%n",
                        f.densityCube(), d.dimensionality(), d.levelPerA3(), d.threshold1dPerA3(), d.threshold2dPerA3(),
                        d.threshold3dPerA3());
            }
            if (run.sites() != null) {
                SiteAnalysis s = run.sites();
                out.printf(Locale.ROOT, "  sites: %d, correlation factor f = %.3g, unassigned %.1f %%%n", s.siteCount(),
                        s.correlationFactor(), 100 * s.unassignedFraction());
                s.byType().forEach((type, t) -> out.printf(Locale.ROOT,
                        "    %-8s %.1f %% of time, mean residence %.3g ps (%d stays)%n", type, 100 * t.timeFraction(),
                        t.meanResidencePs(), t.residenceEvents()));
            }
            if (output.writeFiles()) {
                out.printf("  plots: %s, %s%n", output.outputDir.resolve(f.msdSvg()),
                        output.outputDir.resolve(f.msdCsv()));
            }
        }
        if (result.arrhenius() != null) {
            ArrheniusAnalysis a = result.arrhenius();
            out.printf(Locale.ROOT, "Arrhenius (D*): E_a = %.3f ± %.3f eV; at %.0f K D* = %.3g cm²/s, sigma = %.3g mS/cm "
                    + "(68 %%: %.3g-%.3g)%s%n", a.fit().activationEnergyEv(), a.fit().activationEnergyErrEv(),
                    a.targetK(), Units.a2PerPsToCm2PerS(a.diffusivity().value()), 1e3 * a.sigmaSPerCm(),
                    1e3 * a.sigmaLow68SPerCm(), 1e3 * a.sigmaHigh68SPerCm(),
                    output.dir().map(d -> ", plot " + d.resolve("md_arrhenius.svg")).orElse(""));
        }
    }
}
