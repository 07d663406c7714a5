package org.ionhop.landscape;

import java.util.List;

import org.ionhop.grid.GridPercolation;

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

    /** The barriers of a sub-level sweep of an energy grid ({@link GridPercolation#subLevel}). */
    public static PercolationBarriers of(GridPercolation.Levels levels) {
        return new PercolationBarriers(levels.minimum(), levels.levels(), levels.wrappingVectors(), levels.cap());
    }

    /** Barrier to 1D percolation (eV), NaN if none below the cap. */
    public double barrier1dEv() {
        return barriersEv[0];
    }

    /** Barrier to 2D percolation (eV), NaN if none below the cap. */
    public double barrier2dEv() {
        return barriersEv[1];
    }

    /** Barrier to 3D percolation (eV), NaN if none below the cap. */
    public double barrier3dEv() {
        return barriersEv[2];
    }

    /** The window of {@link #conductionDimensionality()}, {@link #CONDUCTION_WINDOW_EV}. */
    public double conductionWindowEv() {
        return CONDUCTION_WINDOW_EV;
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

    /** Wrapping vectors of the piece that first percolated in d dimensions (a copy), or null. */
    public int[][] wrapping(int d) {
        int[][] w = wrappingVectors[d - 1];
        if (w == null) {
            return null;
        }
        int[][] out = new int[w.length][];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i].clone();
        }
        return out;
    }

    /**
     * The wrapping directions of the piece that first percolated in the highest dimension reached (1D when none is
     * reached: then empty).
     */
    public List<int[]> percolationDirections() {
        int[][] w = wrapping(Math.max(1, dimensionality()));
        return w == null ? List.of() : List.of(w);
    }

    /** Copies of the wrapping vectors for 1D, 2D, 3D (null entries where not reached). */
    @Override
    public int[][][] wrappingVectors() {
        return new int[][][] {wrapping(1), wrapping(2), wrapping(3)};
    }

    /**
     * The window above the 1D barrier within which further directions count for the conduction
     * dimensionality, 0.5 eV: a path 0.5 eV higher is slower by exp(-0.5 eV / k_B T), 6e-9 at 300 K and
     * 6e-5 at 600 K, so it adds nothing measurable to the conductivity. (LiFePO4: 1D at 0.39 eV, 2D only at
     * 3.4 eV, so 1D, as measured; LGPS and LLZO open all three directions within 0.2 eV, so 3D.)
     */
    public static final double CONDUCTION_WINDOW_EV = 0.5;

    /**
     * The dimensionality of long-range conduction: the highest d whose barrier is within
     * {@code windowEv} of the 1D barrier (0 if nothing percolates below the cap).
     */
    public int conductionDimensionality(double windowEv) {
        if (Double.isNaN(barriersEv[0])) {
            return 0;
        }
        int d = 1;
        for (int i = 1; i < 3; i++) {
            if (!Double.isNaN(barriersEv[i]) && barriersEv[i] - barriersEv[0] <= windowEv) {
                d = i + 1;
            }
        }
        return d;
    }

    /** {@link #conductionDimensionality(double)} with the default window {@link #CONDUCTION_WINDOW_EV}. */
    public int conductionDimensionality() {
        return conductionDimensionality(CONDUCTION_WINDOW_EV);
    }

    /** The highest dimensionality reached below the cap (0 if none), however high its barrier. */
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
