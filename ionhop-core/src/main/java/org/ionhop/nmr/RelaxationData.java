package org.ionhop.nmr;

/**
 * Relaxation rates against temperature.
 *
 * @param kind            T1 or T1rho
 * @param temperatureK    temperatures in K
 * @param ratePerS        rates 1/T1 (or 1/T1rho) in 1/s
 * @param rateErrPerS     standard errors of the rates, or null
 * @param larmorHz        Larmor frequency omega_0 / 2 pi in Hz
 * @param lockingHz       spin-lock frequency omega_1 / 2 pi in Hz (T1rho only; NaN for T1)
 */
public record RelaxationData(RelaxationKind kind, double[] temperatureK, double[] ratePerS, double[] rateErrPerS,
                             double larmorHz, double lockingHz) {
    /** Checks and copies. */
    public RelaxationData {
        if (temperatureK.length != ratePerS.length || (rateErrPerS != null && rateErrPerS.length != ratePerS.length)) {
            throw new IllegalArgumentException("temperatures, rates and errors must have the same length");
        }
        if (!(larmorHz > 0)) {
            throw new IllegalArgumentException("the Larmor frequency must be positive, got " + larmorHz + " Hz");
        }
        if (kind == RelaxationKind.T1RHO && !(lockingHz > 0)) {
            throw new IllegalArgumentException("a T1rho fit needs the spin-lock frequency (Hz)");
        }
        for (int i = 0; i < ratePerS.length; i++) {
            if (!(temperatureK[i] > 0) || !(ratePerS[i] > 0)) {
                throw new IllegalArgumentException("temperatures and rates must be positive, got T = " + temperatureK[i]
                        + " K, rate = " + ratePerS[i] + " 1/s");
            }
        }
        temperatureK = temperatureK.clone();
        ratePerS = ratePerS.clone();
        rateErrPerS = rateErrPerS == null ? null : rateErrPerS.clone();
    }

    @Override
    public double[] temperatureK() {
        return temperatureK.clone();
    }

    @Override
    public double[] ratePerS() {
        return ratePerS.clone();
    }

    @Override
    public double[] rateErrPerS() {
        return rateErrPerS == null ? null : rateErrPerS.clone();
    }

    /** Number of points. */
    public int size() {
        return ratePerS.length;
    }

    /** omega_0 in rad/s. */
    public double omega0() {
        return 2 * Math.PI * larmorHz;
    }

    /** omega_1 in rad/s. */
    public double omega1() {
        return 2 * Math.PI * lockingHz;
    }

    /** The rate shape (without the prefactor C) for this kind at correlation time tau. */
    public double shape(SpectralDensity j, double tau) {
        return kind == RelaxationKind.T1 ? j.t1Shape(omega0(), tau) : j.t1rhoShape(omega0(), omega1(), tau);
    }
}
