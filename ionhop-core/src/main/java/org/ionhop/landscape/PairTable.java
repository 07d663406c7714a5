package org.ionhop.landscape;

import java.util.function.DoubleUnaryOperator;

/**
 * One pair energy E(R), tabulated on a uniform grid in u = R^2 from 0 to the cut-off squared and linearly
 * interpolated, so the grid loop needs neither a square root nor an exponential. With a step of
 * {@value #STEP_A2} Å^2 the interpolation error is below h^2/8 max|d^2E/du^2|: under 1e-6 eV beyond
 * 1.8 Å from a sulfide ion, 2e-5 eV on the repulsive wall at 1.2 Å where the energy is already 11 eV
 * (checked against the closed forms in {@code BvseModelTest}).
 * Distances below {@link BvseModel#MIN_DISTANCE_A} are clamped.
 */
final class PairTable {
    /** Table step in u = R^2 (Å^2). */
    static final double STEP_A2 = 0.002;
    private static final double INV_STEP = 1 / STEP_A2;

    private final double[] value;

    PairTable(DoubleUnaryOperator energyOfR, double cutoffA) {
        int n = (int) Math.ceil(cutoffA * cutoffA * INV_STEP) + 2;
        value = new double[n];
        for (int k = 0; k < n; k++) {
            double r = Math.max(Math.sqrt(k * STEP_A2), BvseModel.MIN_DISTANCE_A);
            value[k] = energyOfR.applyAsDouble(r);
        }
    }

    /** E at squared distance u (Å^2), u below the cut-off squared. */
    double at(double u) {
        double x = u * INV_STEP;
        int k = (int) x;
        double v0 = value[k];
        return v0 + (x - k) * (value[k + 1] - v0);
    }
}
