package org.ionhop.transport;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

import org.ionhop.units.Constants;
import org.ionhop.units.Units;

/**
 * Harmonic transition-state theory (Vineyard, J. Phys. Chem. Solids 3, 121 (1957); docs/physics.md, "Hopping, transition
 * state theory"): the attempt frequency of a hop is
 * <pre>
 *   nu* = prod_{i=1..3N} nu_i / prod_{j=1..3N-1} nu'_j
 * </pre>
 * with nu_i the normal-mode frequencies at the initial minimum and nu'_j the real ones at the saddle (the unstable
 * mode left out); the rate is k = nu* exp(-E_m / k_B T). Modes that are zero at both points (free translations of a
 * periodic cell) must be left out of both lists. Frequencies in THz (cycles per ps, not angular).
 */
public final class Vineyard {
    /** sqrt(eV / (Å² amu)) in rad/ps: sqrt(e / (1e-20 m² * amu)) * 1e-12. */
    static final double RAD_PER_PS_PER_SQRT_EV_A2_AMU = Math.sqrt(Constants.ELEMENTARY_CHARGE_C
            / (1e-20 * Constants.ATOMIC_MASS_UNIT_KG)) * 1e-12;

    private Vineyard() {
    }

    /**
     * nu* in THz from the frequencies at the minimum (3N positive values) and at the saddle: either the 3N-1 real
     * ones, or all 3N with the unstable (imaginary) mode given as a single negative value.
     */
    public static double attemptFrequencyThz(double[] minimumThz, double[] saddleThz) {
        int negatives = 0;
        double lnSum = 0;
        for (double v : minimumThz) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("frequencies at the minimum must all be positive, found " + v
                        + " THz (leave zero translational modes out of both lists)");
            }
            lnSum += Math.log(v);
        }
        for (double v : saddleThz) {
            if (v < 0) {
                negatives++;
                continue;
            }
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("real saddle frequencies must be positive, found " + v + " THz");
            }
            lnSum -= Math.log(v);
        }
        int real = saddleThz.length - negatives;
        if (negatives > 1 || real != minimumThz.length - 1) {
            throw new IllegalArgumentException("a first-order saddle has one mode fewer than the minimum: expected "
                    + (minimumThz.length - 1) + " real saddle frequencies (plus at most one negative = imaginary), "
                    + "found " + real + " real and " + negatives + " negative");
        }
        return Math.exp(lnSum);
    }

    /** The hop rate nu* exp(-E_m / k_B T) in 1/ps. */
    public static double ratePerPs(double[] minimumThz, double[] saddleThz, double barrierEv, double temperatureK) {
        return attemptFrequencyThz(minimumThz, saddleThz) * Math.exp(-barrierEv / Units.kT(temperatureK));
    }

    /**
     * Normal-mode frequencies in THz, ascending, from a Cartesian Hessian (eV/Å²) and the mass (amu) of each
     * coordinate: the eigenvalues lambda of the mass-weighted Hessian H_ij / sqrt(m_i m_j) give
     * nu = sqrt(lambda) / 2 pi; a negative eigenvalue (a saddle's unstable mode) is returned as -sqrt(-lambda) / 2 pi.
     */
    public static double[] frequenciesThz(double[][] hessianEvPerA2, double[] massesAmu) {
        int n = massesAmu.length;
        if (hessianEvPerA2.length != n) {
            throw new IllegalArgumentException("Hessian is " + hessianEvPerA2.length + " x ?, masses " + n);
        }
        Array2DRowRealMatrix h = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            if (hessianEvPerA2[i].length != n || !(massesAmu[i] > 0)) {
                throw new IllegalArgumentException("Hessian must be square and masses positive");
            }
            for (int j = 0; j < n; j++) {
                double sym = 0.5 * (hessianEvPerA2[i][j] + hessianEvPerA2[j][i]);
                h.setEntry(i, j, sym / Math.sqrt(massesAmu[i] * massesAmu[j]));
            }
        }
        double[] eig = new EigenDecompositionSymmetric(h).getEigenvalues();
        double[] nu = new double[n];
        for (int i = 0; i < n; i++) {
            double w = Math.sqrt(Math.abs(eig[i])) * RAD_PER_PS_PER_SQRT_EV_A2_AMU / (2 * Math.PI);
            nu[i] = eig[i] < 0 ? -w : w;
        }
        java.util.Arrays.sort(nu);
        return nu;
    }
}
