package org.ionhop.trajectory;

import java.util.Map;

import org.ionhop.units.Units;

/**
 * Transport from one trajectory. Diffusivities in Å²/ps (convert with {@link Units#a2PerPsToCm2PerS}),
 * conductivities in S/cm.
 *
 * @param source            the trajectory
 * @param ion               the reported mobile species
 * @param temperatureK      temperature (K)
 * @param frames            number of frames
 * @param frameIntervalPs   time between frames (ps)
 * @param ions              number of ions of the reported species
 * @param ionChargeE        charge of the reported species (e)
 * @param volumeA3          mean cell volume (Å³)
 * @param regime            the fitted window
 * @param tracer            D* of the ion (3D fit)
 * @param components        D* along x, y, z (1D fits of the per-axis MSD)
 * @param tracerBySpecies   D* of every mobile species
 * @param charge            D_sigma from the charge MSD (per ion, charge-weighted when several species move)
 * @param havenRatio        H_R = sigma_tracer / sigma_charge (= D* / D_sigma for one species); NaN when D_sigma is
 *                          not positive (undetermined)
 * @param havenRatioErr     its standard error (first order, D* and D_sigma errors taken as independent)
 * @param sigmaTracerSPerCm Nernst-Einstein conductivity from the tracer diffusivities (assumes H_R = 1)
 * @param sigmaTracerErrSPerCm its standard error
 * @param sigmaChargeSPerCm Nernst-Einstein conductivity from the charge MSD (includes ion-ion correlations)
 * @param sigmaChargeErrSPerCm its standard error
 * @param maxFrameworkDriftA largest framework centre-of-mass drift that was removed (Å)
 * @param msd               the MSDs (for plots and files)
 */
public record TransportResult(String source, String ion, double temperatureK, int frames, double frameIntervalPs,
                              int ions, double ionChargeE, double volumeA3, DiffusiveRegime regime, DiffusionFit tracer,
                              DiffusionFit[] components, Map<String, DiffusionFit> tracerBySpecies,
                              DiffusionFit charge, double havenRatio, double havenRatioErr, double sigmaTracerSPerCm,
                              double sigmaTracerErrSPerCm, double sigmaChargeSPerCm, double sigmaChargeErrSPerCm,
                              double maxFrameworkDriftA, Msd msd) {
    /** D* in cm²/s. */
    public double tracerCm2PerS() {
        return Units.a2PerPsToCm2PerS(tracer.diffusivityA2PerPs());
    }

    /** Standard error of D* in cm²/s. */
    public double tracerErrCm2PerS() {
        return Units.a2PerPsToCm2PerS(tracer.diffusivityErrA2PerPs());
    }

    /** D_sigma in cm²/s. */
    public double chargeCm2PerS() {
        return Units.a2PerPsToCm2PerS(charge.diffusivityA2PerPs());
    }

    /** Standard error of D_sigma in cm²/s. */
    public double chargeErrCm2PerS() {
        return Units.a2PerPsToCm2PerS(charge.diffusivityErrA2PerPs());
    }

    /** Trajectory length (ps). */
    public double durationPs() {
        return (frames - 1) * frameIntervalPs;
    }
}
