package org.ionhop.mesoscale;

import static org.ionhop.io.InvalidSettingException.positive;
import static org.ionhop.io.InvalidSettingException.require;

/**
 * Settings of the random-resistor-network check ({@link ResistorNetwork}).
 *
 * @param geometry      spheres with shells, independent voxels (sites) or independent bonds
 * @param gridSize      voxels along each edge of the cubic box (at least 4)
 * @param radiusVoxels  filler sphere radius in voxels (spheres only)
 * @param samples       independent random microstructures per fraction (at least 2, for the spread)
 * @param seed          seed of the first microstructure (sample k uses seed + k)
 * @param tolerance     conjugate-gradient stopping rule |r| &lt;= tolerance |b|
 * @param maxIterations conjugate-gradient iteration limit
 */
public record NetworkSettings(NetworkGeometry geometry, int gridSize, double radiusVoxels, int samples, long seed, double tolerance,
                              int maxIterations) {
    /** Validates. */
    public NetworkSettings {
        require(geometry != null, "geometry", "expected spheres, sites or bonds, got none");
        require(gridSize >= 4, "gridSize", "expected at least 4 voxels, got " + gridSize);
        require(geometry != NetworkGeometry.SPHERES || (radiusVoxels >= 0.5 && radiusVoxels <= gridSize / 4.0),
                "radiusVoxels", "expected a sphere radius from 0.5 voxel to a quarter of the box (" + gridSize / 4.0
                        + "), got " + radiusVoxels);
        require(samples >= 2, "samples", "expected at least 2 samples, got " + samples);
        positive("tolerance", tolerance);
        require(maxIterations >= 1, "maxIterations", "expected at least 1, got " + maxIterations);
    }

    /** Spheres with shells, 24^3 voxels, radius 3 voxels, 4 samples, seed 1, tolerance 1e-8. */
    public static NetworkSettings defaults() {
        return new NetworkSettings(NetworkGeometry.SPHERES, 24, 3.0, 4, 1, 1e-8, 20000);
    }

    /** Copy with another geometry. */
    public NetworkSettings withGeometry(NetworkGeometry v) {
        return new NetworkSettings(v, gridSize, radiusVoxels, samples, seed, tolerance, maxIterations);
    }

    /** Copy with another grid size. */
    public NetworkSettings withGridSize(int v) {
        return new NetworkSettings(geometry, v, radiusVoxels, samples, seed, tolerance, maxIterations);
    }

    /** Copy with another sphere radius in voxels. */
    public NetworkSettings withRadiusVoxels(double v) {
        return new NetworkSettings(geometry, gridSize, v, samples, seed, tolerance, maxIterations);
    }

    /** Copy with another number of samples. */
    public NetworkSettings withSamples(int v) {
        return new NetworkSettings(geometry, gridSize, radiusVoxels, v, seed, tolerance, maxIterations);
    }

    /** Copy with another seed. */
    public NetworkSettings withSeed(long v) {
        return new NetworkSettings(geometry, gridSize, radiusVoxels, samples, v, tolerance, maxIterations);
    }
}
