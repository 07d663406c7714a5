package org.ionhop.trajectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.units.Units;

/**
 * Every option of a trajectory study ({@link TrajectoryStudy}, the {@code ionhop md} command) with its default in
 * one place. Component names are the settings' names in error messages ({@link InvalidSettingException#setting()}).
 * Single values are checked here; the checks that relate two settings (a temperature per file, a stride with a time
 * step) are made by {@link #checkConsistent()}, which the study calls, so that {@code withX} copies can be chained
 * in any order.
 *
 * @param files               trajectory files (XDATCAR, vasprun.xml, extended XYZ, LAMMPS dump; gzip is fine), one
 *                            per temperature or run
 * @param ions                mobile species; the first is the reported ion
 * @param framework           species whose centre of mass defines the frame; empty for every non-mobile species
 * @param temperatures        temperature of each file in K: empty to take it from the files, one value for all, or one
 *                            per file
 * @param timestepFs          MD time step in fs for files that do not state the time between frames, or NaN
 * @param stride              MD steps between stored frames (with {@code timestepFs}); 0 when not given (1 for all
 *                            formats but LAMMPS dumps, whose step numbers give it)
 * @param typeMap             LAMMPS atom type to element symbol
 * @param lammpsData          LAMMPS data file whose Masses section maps the remaining types, or null
 * @param charges             charge (e) of mobile species without a usual charge, or to override it
 * @param fitStartPs          start of the fitted window (ps), or NaN for the log-log slope rule
 * @param fitEndPs            end of the fitted window (ps), or NaN for half the run
 * @param drift               framework drift removal
 * @param extrapolateToK      temperature of the Arrhenius extrapolation (K)
 * @param density             whether to compute the ion probability density and its percolation
 * @param gridSpacingA        voxel size of the density (Å)
 * @param smoothA             Gaussian smoothing of the density (Å), 0 for none
 * @param isosurfaceLevelPerA3 density level for the percolation dimensionality (ions/Å³), NaN for the mean density
 * @param sites               site analysis: null for none, {@value #SITES_FROM_DENSITY} for the maxima of the
 *                            probability density, or a reference structure file (CIF, POSCAR) with the ion's sites
 * @param siteRadiusA         capture radius of a site (Å)
 * @param memoryMb            heap (MB) the ion series may use before they move to a temporary file; 0 for a quarter
 *                            of the heap
 * @param skipFailedFiles     whether a file that cannot be analysed (bad input, a missing frame interval or
 *                            temperature) is recorded in {@link TrajectoryStudyResult#skipped()} instead of stopping
 *                            the study
 */
public record TrajectorySettings(List<Path> files, List<String> ions, List<String> framework, List<Double> temperatures,
                                 double timestepFs, int stride, Map<Integer, String> typeMap, Path lammpsData,
                                 Map<String, Double> charges, double fitStartPs, double fitEndPs, DriftCorrection drift,
                                 double extrapolateToK, boolean density, double gridSpacingA, double smoothA,
                                 double isosurfaceLevelPerA3, String sites, double siteRadiusA, long memoryMb,
                                 boolean skipFailedFiles) {
    /** The value of {@link #sites} that places the sites at the maxima of the probability density. */
    public static final String SITES_FROM_DENSITY = "density";

    private static final TrajectorySettings DEFAULTS = new TrajectorySettings(List.of(), List.of("Li"), List.of(),
            List.of(), Double.NaN, 0, Map.of(), null, Map.of(), Double.NaN, Double.NaN, DriftCorrection.MASS_WEIGHTED,
            300, false, 0.25, 0.3, Double.NaN, null, 1.0, 0, false);

    /** Validates each value and copies the collections. */
    public TrajectorySettings {
        files = List.copyOf(files);
        ions = List.copyOf(ions);
        InvalidSettingException.require(!ions.isEmpty(), "ions", "expected at least one mobile species, got none");
        framework = List.copyOf(framework);
        temperatures = List.copyOf(temperatures);
        for (double t : temperatures) {
            InvalidSettingException.require(t > 0 && Double.isFinite(t), "temperatures",
                    "expected temperatures above 0 K, got " + t + " K");
        }
        InvalidSettingException.require(Double.isNaN(timestepFs) || timestepFs > 0 && Double.isFinite(timestepFs),
                "timestepFs", "expected a time step above 0 fs, got " + timestepFs + " fs");
        InvalidSettingException.require(stride >= 0, "stride", "expected at least 1 MD step between frames, got "
                + stride);
        typeMap = Collections.unmodifiableMap(new LinkedHashMap<>(typeMap));
        charges = Collections.unmodifiableMap(new LinkedHashMap<>(charges));
        charges.forEach((sp, q) -> InvalidSettingException.require(Double.isFinite(q), "charges",
                "expected a finite charge of " + sp + ", got " + q));
        InvalidSettingException.require(Double.isNaN(fitStartPs) || fitStartPs >= 0 && Double.isFinite(fitStartPs),
                "fitStartPs", "expected a lag time of 0 ps or more, got " + fitStartPs + " ps");
        InvalidSettingException.require(Double.isNaN(fitEndPs) || fitEndPs > 0 && Double.isFinite(fitEndPs)
                && !(fitEndPs <= fitStartPs), "fitEndPs", "expected a lag time after the start of the window, got "
                + fitEndPs + " ps");
        InvalidSettingException.require(drift != null, "drift", "expected a drift correction, got none");
        InvalidSettingException.positive("extrapolateToK", extrapolateToK);
        InvalidSettingException.positive("gridSpacingA", gridSpacingA);
        InvalidSettingException.nonNegative("smoothA", smoothA);
        InvalidSettingException.require(Double.isNaN(isosurfaceLevelPerA3) || isosurfaceLevelPerA3 > 0
                && Double.isFinite(isosurfaceLevelPerA3), "isosurfaceLevelPerA3",
                "expected a density above 0 ions/Å³, got " + isosurfaceLevelPerA3);
        InvalidSettingException.require(sites == null || !sites.isBlank(), "sites",
                "expected a structure file or '" + SITES_FROM_DENSITY + "', got an empty value");
        InvalidSettingException.positive("siteRadiusA", siteRadiusA);
        InvalidSettingException.require(memoryMb >= 0, "memoryMb", "expected a positive number of MB, got "
                + memoryMb);
    }

    /** Every default: the ion Li, no files yet (add them with {@link #withFiles}). */
    public static TrajectorySettings defaults() {
        return DEFAULTS;
    }

    /** The defaults for these files. */
    public static TrajectorySettings of(Path... files) {
        return DEFAULTS.withFiles(List.of(files));
    }

    /**
     * Checks what relates two settings: a temperature for every file (none, one, or one per file) and a stride only
     * with a time step.
     *
     * @throws InvalidSettingException naming the setting that does not fit
     */
    public void checkConsistent() {
        InvalidSettingException.require(!files.isEmpty(), "files", "expected at least one trajectory file, got none");
        InvalidSettingException.require(temperatures.size() <= 1 || temperatures.size() == files.size(),
                "temperatures", "expected one temperature for all trajectories or one per trajectory ("
                        + files.size() + "), got " + temperatures.size());
        InvalidSettingException.require(stride == 0 || !Double.isNaN(timestepFs), "stride",
                "expected the MD time step with it (the stride alone gives no time between frames)");
    }

    /** The temperature given for file {@code i} (K), or NaN to take it from the file. */
    public double temperatureOf(int i) {
        return temperatures.isEmpty() ? Double.NaN : temperatures.get(temperatures.size() == 1 ? 0 : i);
    }

    /** The reported ion (the first mobile species). */
    public String ion() {
        return ions.get(0);
    }

    /** A copy with these files. */
    public TrajectorySettings withFiles(List<Path> v) {
        return new Builder(this).files(v).build();
    }

    /** A copy with these mobile species (the first is reported). */
    public TrajectorySettings withIons(List<String> v) {
        return new Builder(this).ions(v).build();
    }

    /** A copy with these framework species. */
    public TrajectorySettings withFramework(List<String> v) {
        Builder b = new Builder(this);
        b.framework = v;
        return b.build();
    }

    /** A copy with these temperatures (K). */
    public TrajectorySettings withTemperatures(List<Double> v) {
        Builder b = new Builder(this);
        b.temperatures = v;
        return b.build();
    }

    /** A copy with the MD time step (fs) and the steps between stored frames (0: not given). */
    public TrajectorySettings withTimestepFs(double fs, int steps) {
        Builder b = new Builder(this);
        b.timestepFs = fs;
        b.stride = steps;
        return b.build();
    }

    /** A copy with the LAMMPS type map and data file (null for none). */
    public TrajectorySettings withLammpsTypes(Map<Integer, String> map, Path dataFile) {
        Builder b = new Builder(this);
        b.typeMap = map;
        b.lammpsData = dataFile;
        return b.build();
    }

    /** A copy with these charges (e). */
    public TrajectorySettings withCharges(Map<String, Double> v) {
        Builder b = new Builder(this);
        b.charges = v;
        return b.build();
    }

    /** A copy with the fitted window (ps; NaN for automatic). */
    public TrajectorySettings withFitWindowPs(double start, double end) {
        Builder b = new Builder(this);
        b.fitStartPs = start;
        b.fitEndPs = end;
        return b.build();
    }

    /** A copy with another drift correction. */
    public TrajectorySettings withDrift(DriftCorrection v) {
        Builder b = new Builder(this);
        b.drift = v;
        return b.build();
    }

    /** A copy with another extrapolation temperature (K). */
    public TrajectorySettings withExtrapolateToK(double v) {
        Builder b = new Builder(this);
        b.extrapolateToK = v;
        return b.build();
    }

    /**
     * A copy with the probability density switched on or off and its grid.
     *
     * @param on         whether to compute it
     * @param spacingA   voxel size (Å)
     * @param smoothingA Gaussian smoothing (Å)
     * @param levelPerA3 isosurface level (ions/Å³), NaN for the mean density
     */
    public TrajectorySettings withDensity(boolean on, double spacingA, double smoothingA, double levelPerA3) {
        Builder b = new Builder(this);
        b.density = on;
        b.gridSpacingA = spacingA;
        b.smoothA = smoothingA;
        b.isosurfaceLevelPerA3 = levelPerA3;
        return b.build();
    }

    /** A copy with the site analysis (null for none, {@value #SITES_FROM_DENSITY}, or a structure file). */
    public TrajectorySettings withSites(String v, double radiusA) {
        Builder b = new Builder(this);
        b.sites = v;
        b.siteRadiusA = radiusA;
        return b.build();
    }

    /** A copy with another memory budget (MB; 0 for a quarter of the heap). */
    public TrajectorySettings withMemoryMb(long v) {
        Builder b = new Builder(this);
        b.memoryMb = v;
        return b.build();
    }

    /** A copy that records files it cannot analyse instead of stopping. */
    public TrajectorySettings withSkipFailedFiles(boolean v) {
        Builder b = new Builder(this);
        b.skipFailedFiles = v;
        return b.build();
    }

    /**
     * The settings that load the files. When every file is a LAMMPS dump and no stride is given, the dumps' step
     * numbers give the steps between frames; otherwise a missing stride means 1.
     */
    LoadSettings loadSettings(Map<Integer, String> types) {
        boolean allLammps = files.stream().allMatch(p -> TrajectoryFormat.detect(p) == TrajectoryFormat.LAMMPS_DUMP);
        double interval = Double.NaN;
        double lammpsStep = Double.NaN;
        if (!Double.isNaN(timestepFs)) {
            if (stride == 0 && allLammps) {
                lammpsStep = timestepFs;
            } else {
                interval = Units.fsToPs(timestepFs * (stride == 0 ? 1 : stride));
            }
        }
        LoadSettings load = LoadSettings.of(ions.toArray(String[]::new)).withFramework(framework).withDrift(drift)
                .withFrameIntervalPs(interval).withLammps(types, lammpsStep);
        return memoryMb > 0 ? load.withMemoryBudgetBytes(memoryMb << 20) : load;
    }

    /** The settings that analyse file {@code i}. */
    AnalysisSettings analysisSettings(int i) {
        return AnalysisSettings.of(ion()).withCharges(charges).withTemperatureK(temperatureOf(i))
                .withWindowPs(fitStartPs, fitEndPs);
    }

    /** Mutable copy for the {@code withX} methods (one place that lists every component). */
    private static final class Builder {
        private List<Path> files;
        private List<String> ions;
        private List<String> framework;
        private List<Double> temperatures;
        private double timestepFs;
        private int stride;
        private Map<Integer, String> typeMap;
        private Path lammpsData;
        private Map<String, Double> charges;
        private double fitStartPs;
        private double fitEndPs;
        private DriftCorrection drift;
        private double extrapolateToK;
        private boolean density;
        private double gridSpacingA;
        private double smoothA;
        private double isosurfaceLevelPerA3;
        private String sites;
        private double siteRadiusA;
        private long memoryMb;
        private boolean skipFailedFiles;

        Builder(TrajectorySettings s) {
            files = new ArrayList<>(s.files);
            ions = s.ions;
            framework = s.framework;
            temperatures = s.temperatures;
            timestepFs = s.timestepFs;
            stride = s.stride;
            typeMap = s.typeMap;
            lammpsData = s.lammpsData;
            charges = s.charges;
            fitStartPs = s.fitStartPs;
            fitEndPs = s.fitEndPs;
            drift = s.drift;
            extrapolateToK = s.extrapolateToK;
            density = s.density;
            gridSpacingA = s.gridSpacingA;
            smoothA = s.smoothA;
            isosurfaceLevelPerA3 = s.isosurfaceLevelPerA3;
            sites = s.sites;
            siteRadiusA = s.siteRadiusA;
            memoryMb = s.memoryMb;
            skipFailedFiles = s.skipFailedFiles;
        }

        Builder files(List<Path> v) {
            files = v;
            return this;
        }

        Builder ions(List<String> v) {
            ions = v;
            return this;
        }

        TrajectorySettings build() {
            return new TrajectorySettings(files, ions, framework, temperatures, timestepFs, stride, typeMap, lammpsData,
                    charges, fitStartPs, fitEndPs, drift, extrapolateToK, density, gridSpacingA, smoothA,
                    isosurfaceLevelPerA3, sites, siteRadiusA, memoryMb, skipFailedFiles);
        }
    }
}
