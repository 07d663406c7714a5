package org.ionhop.transport;

import org.ionhop.io.InvalidSettingException;

/**
 * Eq. 1 forward ({@link TransportTheory#sigma}): the required carrier density, jump distance, attempt frequency,
 * activation enthalpy and temperatures, and the options with their defaults ({@link #of}).
 *
 * <p>Gamma in Eq. 1 is the total jump rate of an ion, the sum over the z equivalent paths out of its site, so that
 * D* = f Gamma a² / 2d. A harmonic transition-state prefactor (Vineyard's nu*, {@link Vineyard}) belongs to one
 * path: given per path, {@code paths} = z multiplies it, Gamma = z nu_0 exp(dS/k_B) exp(-dH/k_B T).
 *
 * @param carrierDensityPerCm3 c, mobile ions per cm³
 * @param jumpDistanceA        a in Å
 * @param hop                  f, H_R, q and d
 * @param attemptFrequencyThz  nu_0 in THz (per path when {@code paths} &gt; 1)
 * @param paths                z, the number of equivalent paths nu_0 is counted for (1: nu_0 is already the total)
 * @param activationEntropyKb  dS in k_B
 * @param activationEnthalpyEv dH in eV
 * @param temperaturesK        temperatures (K)
 */
public record SigmaSettings(double carrierDensityPerCm3, double jumpDistanceA, HopSettings hop,
                            double attemptFrequencyThz, int paths, double activationEntropyKb,
                            double activationEnthalpyEv, double[] temperaturesK) {

    /** Default number of paths: nu_0 is the total attempt frequency, as Eq. 1 is written. */
    public static final int DEFAULT_PATHS = 1;
    /** Default activation entropy (k_B). */
    public static final double DEFAULT_ACTIVATION_ENTROPY_KB = 0;

    /** Validates and copies. */
    public SigmaSettings {
        InvalidSettingException.positive("carrierDensityPerCm3", carrierDensityPerCm3);
        InvalidSettingException.positive("jumpDistanceA", jumpDistanceA);
        InvalidSettingException.require(hop != null, "hop", "expected hop settings, got none");
        InvalidSettingException.positive("attemptFrequencyThz", attemptFrequencyThz);
        InvalidSettingException.require(paths >= 1, "paths", "expected at least 1 path, got " + paths);
        InvalidSettingException.finite("activationEntropyKb", activationEntropyKb);
        InvalidSettingException.finite("activationEnthalpyEv", activationEnthalpyEv);
        TransportTheory.requireTemperatures("temperaturesK", temperaturesK);
        temperaturesK = temperaturesK.clone();
    }

    /** Eq. 1 with default hop statistics, one path and no activation entropy. */
    public static SigmaSettings of(double carrierDensityPerCm3, double jumpDistanceA, double attemptFrequencyThz,
                                   double activationEnthalpyEv, double... temperaturesK) {
        return new SigmaSettings(carrierDensityPerCm3, jumpDistanceA, HopSettings.defaults(), attemptFrequencyThz,
                DEFAULT_PATHS, DEFAULT_ACTIVATION_ENTROPY_KB, activationEnthalpyEv, temperaturesK);
    }

    /** The temperatures (a copy). */
    @Override
    public double[] temperaturesK() {
        return temperaturesK.clone();
    }

    /** A copy with other hop statistics. */
    public SigmaSettings withHop(HopSettings h) {
        return new SigmaSettings(carrierDensityPerCm3, jumpDistanceA, h, attemptFrequencyThz, paths,
                activationEntropyKb, activationEnthalpyEv, temperaturesK);
    }

    /** A copy with z paths. */
    public SigmaSettings withPaths(int z) {
        return new SigmaSettings(carrierDensityPerCm3, jumpDistanceA, hop, attemptFrequencyThz, z,
                activationEntropyKb, activationEnthalpyEv, temperaturesK);
    }

    /** A copy with dS. */
    public SigmaSettings withActivationEntropyKb(double ds) {
        return new SigmaSettings(carrierDensityPerCm3, jumpDistanceA, hop, attemptFrequencyThz, paths, ds,
                activationEnthalpyEv, temperaturesK);
    }

    /** Eq. 1 with these settings, internal units (the total attempt frequency z nu_0). */
    public HoppingConductivity hopping() {
        return new HoppingConductivity(hop.correlationFactor(), hop.havenRatio(),
                carrierDensityPerCm3 * org.ionhop.units.Units.CM3_PER_ANGSTROM3, hop.chargeE(), jumpDistanceA,
                paths * attemptFrequencyThz, activationEntropyKb, activationEnthalpyEv, hop.dimension());
    }
}
