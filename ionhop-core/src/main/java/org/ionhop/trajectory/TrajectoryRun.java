package org.ionhop.trajectory;

import java.nio.file.Path;

/**
 * The results of one trajectory file.
 *
 * @param file      the file
 * @param transport D*, D_sigma, Haven ratio and conductivities
 * @param density   probability density and percolation, or null when not requested
 * @param sites     site analysis, or null when not requested
 */
public record TrajectoryRun(Path file, TransportResult transport, DensityResult density, SiteAnalysis sites) {
}
