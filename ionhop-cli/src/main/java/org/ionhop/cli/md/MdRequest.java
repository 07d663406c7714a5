package org.ionhop.cli.md;

import java.nio.file.Path;
import java.util.List;

import org.ionhop.trajectory.AnalysisSettings;
import org.ionhop.trajectory.LoadSettings;

/**
 * Everything {@code ionhop md} (and the report section) needs to analyse a set of trajectories.
 *
 * @param trajectories   the files
 * @param load           how to read them
 * @param analysis       one analysis setting per file (temperatures differ)
 * @param extrapolateK   target temperature of the Arrhenius extrapolation (K)
 * @param density        whether to write the probability density (cube) and its percolation
 * @param gridSpacingA   voxel size (Å)
 * @param smoothA        Gaussian smoothing (Å)
 * @param isoLevel       isosurface level (ions/Å³), or NaN for the mean ion density
 * @param sites          reference structure for the site analysis, "density" for density maxima, or null for none
 * @param siteRadiusA    capture radius of a site (Å)
 * @param outputDir      folder for plots and data files, or null to write none
 */
record MdRequest(List<Path> trajectories, LoadSettings load, List<AnalysisSettings> analysis, double extrapolateK,
                 boolean density, double gridSpacingA, double smoothA, double isoLevel, String sites,
                 double siteRadiusA, Path outputDir) {
}
