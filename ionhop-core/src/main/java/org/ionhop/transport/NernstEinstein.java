package org.ionhop.transport;

import org.ionhop.units.Constants;

/**
 * Nernst-Einstein relation between diffusivity and conductivity (docs/physics.md, "Driving force and linear
 * response"): sigma = n q^2 D_sigma / (k_B T), or with the tracer diffusivity sigma = n q^2 D* / (H_R k_B T).
 *
 * <p>Inputs in internal units (number density per Å³, charge in e, D in Å²/ps, T in K); the result in S/cm.
 */
public final class NernstEinstein {
    private NernstEinstein() {
    }

    /** 1/Å³ to 1/m³. */
    private static final double PER_M3_PER_A3 = 1e30;
    /** Å²/ps to m²/s. */
    private static final double M2_PER_S_PER_A2_PER_PS = 1e-8;

    /**
     * Conductivity in S/cm from a diffusivity.
     *
     * @param numberDensityPerA3 n, mobile ions per Å³
     * @param chargeE            ionic charge z in e
     * @param diffusivityA2PerPs D (D_sigma, or D* divided by H_R) in Å²/ps
     * @param temperatureK       T in K
     */
    public static double conductivitySPerCm(double numberDensityPerA3, double chargeE, double diffusivityA2PerPs,
                                            double temperatureK) {
        double q = chargeE * Constants.ELEMENTARY_CHARGE_C;
        double sigmaSPerM = numberDensityPerA3 * PER_M3_PER_A3 * q * q * diffusivityA2PerPs * M2_PER_S_PER_A2_PER_PS
                / (Constants.BOLTZMANN_J_PER_K * temperatureK);
        return sigmaSPerM * 1e-2;
    }

    /** The inverse: the diffusivity in Å²/ps that gives conductivity sigma (S/cm). */
    public static double diffusivityA2PerPs(double numberDensityPerA3, double chargeE, double sigmaSPerCm,
                                            double temperatureK) {
        return sigmaSPerCm / conductivitySPerCm(numberDensityPerA3, chargeE, 1.0, temperatureK);
    }
}
