package org.ionhop.landscape;

/**
 * Percolation energies of a periodic landscape: for d = 1, 2, 3 the lowest energy E such that the region
 * {E(r) &lt;= E} contains one connected piece that wraps the periodic cell in d independent directions,
 * measured from the global minimum.
 *
 * @param minimumEv       the global minimum of the grid (eV, absolute)
 * @param barriersEv      barrier to 1D, 2D, 3D percolation (eV above the minimum), NaN where none is reached
 *                        below the search cap
 * @param wrappingVectors for each dimension reached, the wrapping lattice vectors of the piece that first
 *                        reached it (rows of integers); null entries where not reached
 * @param capEv           the search cap above the minimum (eV)
 */
public record PercolationBarriers(double minimumEv, double[] barriersEv, int[][][] wrappingVectors, double capEv) {
    /** Copies the arrays. */
    public PercolationBarriers {
        barriersEv = barriersEv.clone();
        wrappingVectors = wrappingVectors.clone();
    }

    /** Barrier to d-dimensional percolation (d = 1, 2, 3) in eV, NaN if none below the cap. */
    public double barrier(int d) {
        return barriersEv[d - 1];
    }

    /** A copy of the three barriers. */
    @Override
    public double[] barriersEv() {
        return barriersEv.clone();
    }

    /** Wrapping vectors of the piece that first percolated in d dimensions, or null. */
    public int[][] wrapping(int d) {
        return wrappingVectors[d - 1];
    }

    /** The highest dimensionality reached below the cap (0 if none). */
    public int dimensionality() {
        int d = 0;
        for (int i = 0; i < 3; i++) {
            if (!Double.isNaN(barriersEv[i])) {
                d = i + 1;
            }
        }
        return d;
    }
}
