package org.ionhop.cli.md;

import java.util.List;

import org.ionhop.trajectory.ArrheniusAnalysis;
import org.ionhop.trajectory.SiteAnalysis;
import org.ionhop.trajectory.TransportResult;

/**
 * Results of {@code ionhop md}: one entry per trajectory and the Arrhenius analysis when several temperatures were
 * given.
 *
 * @param runs      per trajectory
 * @param arrhenius the Arrhenius analysis of D*, or null with fewer than two distinct temperatures
 */
record MdOutcome(List<Run> runs, ArrheniusAnalysis arrhenius) {
    /**
     * One trajectory.
     *
     * @param result    transport
     * @param density   density summary, or null
     * @param sites     site analysis, or null
     * @param msdSvg    file name of the MSD plot (relative to the output folder)
     * @param msdCsv    file name of the MSD table
     */
    record Run(TransportResult result, DensitySummary density, SiteAnalysis sites, String msdSvg, String msdCsv) {
    }

    /**
     * Probability density and its percolation.
     *
     * @param cubeFile      file name of the cube
     * @param grid          voxels along a, b, c
     * @param maxPerA3      largest density (ions/Å³)
     * @param meanPerA3     mean density (ions/Å³)
     * @param levelPerA3    isosurface level used
     * @param dimensionality percolation dimensionality at the level
     * @param thresholds    highest level with 1D, 2D, 3D percolation (ions/Å³)
     */
    record DensitySummary(String cubeFile, int[] grid, double maxPerA3, double meanPerA3, double levelPerA3,
                          int dimensionality, double[] thresholds) {
    }
}
