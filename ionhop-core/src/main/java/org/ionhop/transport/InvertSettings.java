package org.ionhop.transport;

import org.ionhop.io.InvalidSettingException;

/**
 * Eq. 1 inverse ({@link TransportTheory#invert}): from one measured sigma at T with dH, or from a series sigma(T)
 * through an Arrhenius fit of sigma T, either the effective attempt frequency nu_0 exp(dS/k_B) (carrier density
 * given; with a known nu_0 also dS) or the carrier density (carrier density NaN; nu_0 and dS given).
 *
 * @param carrierDensityPerCm3 c in 1/cm³, or NaN to solve for it
 * @param jumpDistanceA        a in Å
 * @param hop                  f, H_R, q and d
 * @param activationEntropyKb  dS in k_B, used when solving for c
 * @param attemptFrequencyThz  a known nu_0 in THz, or NaN (needed when solving for c)
 * @param sigmaSPerCm          one measured sigma in S/cm, or NaN with a series
 * @param temperatureK         its temperature (K), or NaN with a series
 * @param activationEnthalpyEv dH in eV with one sigma, or NaN with a series (the fit gives it)
 * @param data                 the measured series, or null for one sigma
 */
public record InvertSettings(double carrierDensityPerCm3, double jumpDistanceA, HopSettings hop,
                             double activationEntropyKb, double attemptFrequencyThz, double sigmaSPerCm,
                             double temperatureK, double activationEnthalpyEv, SigmaSeries data) {

    /** Validates. */
    public InvertSettings {
        InvalidSettingException.require(Double.isNaN(carrierDensityPerCm3) || carrierDensityPerCm3 > 0
                && Double.isFinite(carrierDensityPerCm3), "carrierDensityPerCm3",
                "expected a density > 0 (or none, to solve for it), got " + carrierDensityPerCm3);
        InvalidSettingException.positive("jumpDistanceA", jumpDistanceA);
        InvalidSettingException.require(hop != null, "hop", "expected hop settings, got none");
        InvalidSettingException.finite("activationEntropyKb", activationEntropyKb);
        InvalidSettingException.require(Double.isNaN(attemptFrequencyThz) || attemptFrequencyThz > 0
                && Double.isFinite(attemptFrequencyThz), "attemptFrequencyThz",
                "expected a frequency > 0, got " + attemptFrequencyThz);
        InvalidSettingException.require(!Double.isNaN(carrierDensityPerCm3) || !Double.isNaN(attemptFrequencyThz),
                "carrierDensityPerCm3", "expected the carrier density to solve for nu_0 exp(dS/k_B), or the "
                        + "attempt frequency (and activation entropy) to solve for the density, got neither");
        if (data == null) {
            InvalidSettingException.require(!Double.isNaN(sigmaSPerCm) && !Double.isNaN(temperatureK)
                    && !Double.isNaN(activationEnthalpyEv), "sigmaSPerCm",
                    "expected sigma with its temperature and activation enthalpy, or a sigma(T) series");
            InvalidSettingException.positive("sigmaSPerCm", sigmaSPerCm);
            InvalidSettingException.positive("temperatureK", temperatureK);
            InvalidSettingException.finite("activationEnthalpyEv", activationEnthalpyEv);
        }
    }

    /** The inverse from one sigma at T with dH; carrier density given, default hop statistics. */
    public static InvertSettings ofPoint(double carrierDensityPerCm3, double jumpDistanceA, double sigmaSPerCm,
                                         double temperatureK, double activationEnthalpyEv) {
        return new InvertSettings(carrierDensityPerCm3, jumpDistanceA, HopSettings.defaults(),
                SigmaSettings.DEFAULT_ACTIVATION_ENTROPY_KB, Double.NaN, sigmaSPerCm, temperatureK,
                activationEnthalpyEv, null);
    }

    /** The inverse from a series; carrier density given, default hop statistics. */
    public static InvertSettings ofSeries(double carrierDensityPerCm3, double jumpDistanceA, SigmaSeries data) {
        return new InvertSettings(carrierDensityPerCm3, jumpDistanceA, HopSettings.defaults(),
                SigmaSettings.DEFAULT_ACTIVATION_ENTROPY_KB, Double.NaN, Double.NaN, Double.NaN, Double.NaN, data);
    }

    /** Whether the carrier density is the unknown. */
    public boolean solvesForDensity() {
        return Double.isNaN(carrierDensityPerCm3);
    }

    /** A copy with a known nu_0 (THz). */
    public InvertSettings withAttemptFrequencyThz(double nu0) {
        return new InvertSettings(carrierDensityPerCm3, jumpDistanceA, hop, activationEntropyKb, nu0, sigmaSPerCm,
                temperatureK, activationEnthalpyEv, data);
    }

    /** A copy solving for the carrier density with a known nu_0 (THz) and dS (k_B). */
    public InvertSettings solvingForDensity(double nu0, double dsKb) {
        return new InvertSettings(Double.NaN, jumpDistanceA, hop, dsKb, nu0, sigmaSPerCm, temperatureK,
                activationEnthalpyEv, data);
    }

    /** A copy with other hop statistics. */
    public InvertSettings withHop(HopSettings h) {
        return new InvertSettings(carrierDensityPerCm3, jumpDistanceA, h, activationEntropyKb, attemptFrequencyThz,
                sigmaSPerCm, temperatureK, activationEnthalpyEv, data);
    }
}
