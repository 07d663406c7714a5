package org.ionhop.trajectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.ProgressListener;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/**
 * The trajectory facade: files and {@link TrajectorySettings} in, {@link TrajectoryStudyResult} out. For every file:
 * read the displacements ({@link Displacements#load}), transport ({@link TransportAnalysis}: MSDs, the diffusive
 * window, GLS fits of D*, D_sigma, Haven ratio, Nernst-Einstein conductivities), and when asked the probability density
 * with its percolation ({@link DensityGrid}, {@link DensityResult}) and the site analysis ({@link SiteAnalysis}, sites
 * from a reference structure or from the density maxima). Across files with at least two distinct temperatures: the
 * Arrhenius fit of D* and the extrapolation to {@link TrajectorySettings#extrapolateToK()}
 * ({@link ArrheniusAnalysis#ofTracer}). The study writes no files; front ends render the result.
 */
public final class TrajectoryStudy {
    /** Density maxima below this fraction of the largest are not sites (noise in the tails). */
    static final double DENSITY_SITE_MIN_FRACTION = 0.1;
    /** Density maxima closer than this (Å) are one site. */
    static final double DENSITY_SITE_MERGE_A = 1.0;

    private TrajectoryStudy() {
    }

    /**
     * Runs the study.
     *
     * @param settings every option (files included)
     * @param progress bytes read of each file in turn
     * @throws InvalidSettingException for settings that do not fit the files (no temperature anywhere for a file)
     * @throws InputFormatException    for a file that cannot be read (unless skipped)
     */
    public static TrajectoryStudyResult run(TrajectorySettings settings, ProgressListener progress) {
        settings.checkConsistent();
        Map<Integer, String> types = new LinkedHashMap<>(settings.typeMap());
        if (settings.lammpsData() != null) {
            LammpsData.typeMap(settings.lammpsData()).forEach(types::putIfAbsent);
        }
        LoadSettings load = settings.loadSettings(types);
        String sites = settings.sites();
        Structure reference = sites == null || TrajectorySettings.SITES_FROM_DENSITY.equals(sites) ? null
                : StructureReader.read(Path.of(sites));
        List<TrajectoryRun> runs = new ArrayList<>();
        List<TrajectoryStudyResult.Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < settings.files().size(); i++) {
            Path file = settings.files().get(i);
            try {
                runs.add(analyse(file, load, settings, i, reference, progress));
            } catch (InputFormatException | IllegalArgumentException e) {
                if (!settings.skipFailedFiles()) {
                    throw e;
                }
                skipped.add(new TrajectoryStudyResult.Skipped(file, e.getMessage()));
            }
        }
        ArrheniusAnalysis arrhenius = null;
        if (runs.stream().mapToDouble(r -> r.transport().temperatureK()).distinct().count() >= 2) {
            arrhenius = ArrheniusAnalysis.ofTracer(runs.stream().map(TrajectoryRun::transport).toList(),
                    settings.extrapolateToK());
        }
        return new TrajectoryStudyResult(settings, runs, arrhenius, skipped);
    }

    private static TrajectoryRun analyse(Path file, LoadSettings load, TrajectorySettings s, int index,
                                         Structure reference, ProgressListener progress) {
        try (Displacements d = Displacements.load(file, load, progress)) {
            AnalysisSettings analysis = s.analysisSettings(index);
            if (Double.isNaN(analysis.temperatureK()) && !(d.temperatureK() > 0)) {
                throw new InvalidSettingException("temperatures", file + " does not state the temperature; expected "
                        + "a temperature in K for it");
            }
            TransportResult r = TransportAnalysis.analyse(d, analysis);
            boolean densitySites = TrajectorySettings.SITES_FROM_DENSITY.equals(s.sites());
            org.ionhop.grid.PeriodicGrid grid = s.density() || densitySites ? DensityGrid.of(d, s.gridSpacingA(), s.smoothA()) : null;
            DensityResult density = s.density() ? DensityResult.of(grid, d, s.isosurfaceLevelPerA3()) : null;
            SiteAnalysis sites = null;
            if (s.sites() != null) {
                List<SiteAnalysis.SitePosition> positions = densitySites
                        ? SiteAnalysis.sitesFromDensity(grid, DENSITY_SITE_MIN_FRACTION, DENSITY_SITE_MERGE_A)
                        : SiteAnalysis.sitesFrom(reference, r.ion());
                sites = SiteAnalysis.analyse(d, r.ion(), positions, s.siteRadiusA(), r.tracer().diffusivityA2PerPs());
            }
            return new TrajectoryRun(file, r, density, sites);
        }
    }
}
