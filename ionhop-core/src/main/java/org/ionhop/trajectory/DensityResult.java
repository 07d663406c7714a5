package org.ionhop.trajectory;

import java.util.List;

/**
 * The probability density of the mobile ions and the dimensionality of its percolation: the region where the density
 * is at least {@code levelPerA3} spans 0 (pockets), 1 (channels), 2 (layers) or 3 dimensions ({@link org.ionhop.grid.GridPercolation}).
 *
 * @param grid               the density (ions/Å³)
 * @param atomSpecies        element of every atom of the first frame (for a cube file)
 * @param atomFrac           fractional coordinates of those atoms (3 per atom)
 * @param levelPerA3         the isosurface level used (ions/Å³)
 * @param dimensionality     percolation dimensionality at that level
 * @param threshold1dPerA3   highest level with a percolating 1D path (ions/Å³), 0 if none
 * @param threshold2dPerA3   highest level with 2D percolation, 0 if none
 * @param threshold3dPerA3   highest level with 3D percolation, 0 if none
 */
public record DensityResult(org.ionhop.grid.PeriodicGrid grid, List<String> atomSpecies, double[] atomFrac, double levelPerA3,
                            int dimensionality, double threshold1dPerA3, double threshold2dPerA3,
                            double threshold3dPerA3) {
    /** Copies the atoms. */
    public DensityResult {
        atomSpecies = List.copyOf(atomSpecies);
        atomFrac = atomFrac.clone();
    }

    /**
     * Percolation of a density at a level (NaN for the mean density). One exact sweep of
     * {@link org.ionhop.grid.GridPercolation#superLevelThresholds} gives the levels for 1, 2 and 3 dimensions; the
     * dimensionality at the level is the largest whose threshold reaches it.
     */
    static DensityResult of(org.ionhop.grid.PeriodicGrid grid, Displacements d, double levelPerA3) {
        double level = Double.isNaN(levelPerA3) ? grid.mean() : levelPerA3;
        double[] thr = org.ionhop.grid.GridPercolation.superLevelThresholds(grid);
        int dims = 0;
        for (int k = 0; k < 3; k++) {
            if (thr[k] >= level) {
                dims = k + 1;
            }
            thr[k] = Double.isNaN(thr[k]) ? 0 : thr[k];
        }
        return new DensityResult(grid, d.allSpecies(), d.firstFrameFrac(), level, dims, thr[0], thr[1], thr[2]);
    }

    /** Voxels along a, b, c. */
    public int[] gridPoints() {
        return new int[] {grid.na(), grid.nb(), grid.nc()};
    }

    /** Largest density (ions/Å³). */
    public double maxPerA3() {
        return grid.max();
    }

    /** Mean density (ions/Å³). */
    public double meanPerA3() {
        return grid.mean();
    }

    /** Fractional coordinates of the atoms, a copy. */
    @Override
    public double[] atomFrac() {
        return atomFrac.clone();
    }
}
