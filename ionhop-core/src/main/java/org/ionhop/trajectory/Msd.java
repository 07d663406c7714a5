package org.ionhop.trajectory;

import java.util.List;

/**
 * Mean squared displacements with all time origins, in Å², at lags m = 0..frames-1 (lag time m x frameIntervalPs).
 *
 * @param species          the mobile species, in the order of the arrays
 * @param ionsPerSpecies   number of ions of each species
 * @param frameIntervalPs  time between frames (ps)
 * @param tracer           tracer MSD per species and Cartesian axis: tracer[s][axis][m], averaged over the ions of s
 * @param collective       collective MSD of the summed displacement of the ions of each species, divided by their
 *                         number: collective[s][axis][m] = MSD(sum_i r_i) / N_s
 * @param charge           charge MSD of sum_i z_i r_i over all mobile ions, divided by sum_i z_i^2 (equal to the
 *                         collective MSD when one species moves): charge[axis][m]
 * @param chargeSquareSum  sum_i z_i^2 over the mobile ions (e^2)
 * @param tracerStepCumulant4 fourth cumulant of the one-frame displacement along one axis, per species (Å⁴),
 *                         pooled over ions and axes: m4 - 3 m2^2 (0 for Gaussian steps; large for rare hops)
 * @param chargeStepCumulant4 the same for the normalised charge displacement sum_i z_i dx_i / sqrt(sum z_i^2)^2, in the
 *                         normalisation of {@link #charge} (Å⁴)
 */
public record Msd(List<String> species, int[] ionsPerSpecies, double frameIntervalPs, double[][][] tracer,
                  double[][][] collective, double[][] charge, double chargeSquareSum, double[] tracerStepCumulant4,
                  double chargeStepCumulant4) {

    /** Number of lags (= frames). */
    public int lags() {
        return charge[0].length;
    }

    /** Lag time of lag m in ps. */
    public double timePs(int m) {
        return m * frameIntervalPs;
    }

    /** Index of a species. */
    public int indexOf(String sp) {
        int i = species.indexOf(sp);
        if (i < 0) {
            throw new IllegalArgumentException("species " + sp + " is not mobile here; mobile: " + species);
        }
        return i;
    }

    /** Tracer MSD of a species summed over the three axes. */
    public double[] tracerTotal(int s) {
        return sum(tracer[s]);
    }

    /** Collective MSD of a species summed over the axes. */
    public double[] collectiveTotal(int s) {
        return sum(collective[s]);
    }

    /** Charge MSD summed over the axes. */
    public double[] chargeTotal() {
        return sum(charge);
    }

    private static double[] sum(double[][] a) {
        double[] t = new double[a[0].length];
        for (double[] ax : a) {
            for (int m = 0; m < t.length; m++) {
                t[m] += ax[m];
            }
        }
        return t;
    }
}
