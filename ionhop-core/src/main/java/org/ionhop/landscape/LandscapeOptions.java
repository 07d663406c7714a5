package org.ionhop.landscape;

/**
 * Settings of a BVSE landscape run.
 *
 * @param gridSpacingA   target grid spacing (Å); the grid has ceil(|a_i| / spacing) points per axis
 * @param cutoffA        interaction cut-off (Å)
 * @param barrierCapEv   percolation search cap above the minimum (eV): no threshold above it is reported
 * @param networkCapEv   sites and saddles more than this above the minimum are left out of the network (eV)
 * @param mergeEnergyEv  basins whose pass is less than this above the higher minimum are merged (eV)
 * @param mergeDistanceA basins whose minima are closer than this are merged (Å)
 */
public record LandscapeOptions(double gridSpacingA, double cutoffA, double barrierCapEv, double networkCapEv,
                               double mergeEnergyEv, double mergeDistanceA) {
    /** Default grid spacing (Å). */
    public static final double DEFAULT_SPACING_A = 0.1;
    /**
     * Default cut-off (Å). Both terms decay exponentially (Morse as exp(-alpha R), the screened Coulomb as
     * erfc(R / (0.74 (r_A + r_M))) / R); at 10 Å the omitted tail changes energy differences on the grid by
     * less than 1 meV (tested in {@code CutoffConvergenceTest}), as in ccnb and BVlain, which use 10 Å.
     */
    public static final double DEFAULT_CUTOFF_A = 10.0;

    /** Validates. */
    public LandscapeOptions {
        if (!(gridSpacingA > 0.01) || gridSpacingA > 2) {
            throw new IllegalArgumentException("grid spacing must be between 0.01 and 2 Å, got " + gridSpacingA);
        }
        if (!(barrierCapEv > 0) || !(networkCapEv > 0) || mergeEnergyEv < 0 || mergeDistanceA < 0) {
            throw new IllegalArgumentException("caps must be positive and merge tolerances non-negative");
        }
    }

    /** Defaults: 0.1 Å grid, 10 Å cut-off, 5 eV search cap, 2 eV network cap, merge within 0.02 eV or 0.5 Å. */
    public static LandscapeOptions defaults() {
        return new LandscapeOptions(DEFAULT_SPACING_A, DEFAULT_CUTOFF_A, 5.0, 2.0, 0.02, 0.5);
    }

    /** The same options with another grid spacing. */
    public LandscapeOptions withSpacing(double spacingA) {
        return new LandscapeOptions(spacingA, cutoffA, barrierCapEv, networkCapEv, mergeEnergyEv, mergeDistanceA);
    }

    /** The same options with another cut-off. */
    public LandscapeOptions withCutoff(double cut) {
        return new LandscapeOptions(gridSpacingA, cut, barrierCapEv, networkCapEv, mergeEnergyEv, mergeDistanceA);
    }
}
