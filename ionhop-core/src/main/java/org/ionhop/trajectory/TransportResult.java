package org.ionhop.trajectory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.stats.Measured;
import org.ionhop.units.Units;

/**
 * Transport from one trajectory. Diffusivities in Å²/ps in the fits (convert with {@link Units#a2PerPsToCm2PerS}, or
 * use the cm²/s accessors), conductivities in S/cm.
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
 * @param havenRatio        H_R = sigma_tracer / sigma_charge (= D* / D_sigma for one species) with its first-order
 *                          standard error (D* and D_sigma errors taken as independent); value NaN when D_sigma is
 *                          not positive (undetermined)
 * @param sigmaTracerSPerCm Nernst-Einstein conductivity from the tracer diffusivities (assumes H_R = 1), S/cm
 * @param sigmaChargeSPerCm Nernst-Einstein conductivity from the charge MSD (includes ion-ion correlations), S/cm
 * @param maxFrameworkDriftA largest framework centre-of-mass drift that was removed (Å)
 * @param msd               the MSDs (for plots and files)
 */
public record TransportResult(String source, String ion, double temperatureK, int frames, double frameIntervalPs,
                              int ions, double ionChargeE, double volumeA3, DiffusiveRegime regime, DiffusionFit tracer,
                              DiffusionFit[] components, Map<String, DiffusionFit> tracerBySpecies,
                              DiffusionFit charge, Measured havenRatio, Measured sigmaTracerSPerCm,
                              Measured sigmaChargeSPerCm, double maxFrameworkDriftA, Msd msd) {
    /** How {@link #sigmaTracerSPerCm} is obtained. */
    public static final String SIGMA_TRACER_BASIS = "Nernst-Einstein with D* (assumes H_R = 1)";
    /** How {@link #sigmaChargeSPerCm} is obtained. */
    public static final String SIGMA_CHARGE_BASIS =
            "Nernst-Einstein with D_sigma from the charge MSD (includes ion-ion correlations)";

    /** D* with its standard error in cm²/s. */
    public Measured tracerCm2PerS() {
        return cm2PerS(tracer);
    }

    /** D_sigma with its standard error in cm²/s. */
    public Measured chargeCm2PerS() {
        return cm2PerS(charge);
    }

    /** D* along x, y and z with standard errors in cm²/s. */
    public List<Measured> tracerComponentsCm2PerS() {
        List<Measured> out = new ArrayList<>(components.length);
        for (DiffusionFit f : components) {
            out.add(cm2PerS(f));
        }
        return List.copyOf(out);
    }

    /** D* of every mobile species with standard errors in cm²/s, in the order of {@link #tracerBySpecies}. */
    public Map<String, Measured> tracerBySpeciesCm2PerS() {
        Map<String, Measured> out = new LinkedHashMap<>();
        tracerBySpecies.forEach((sp, f) -> out.put(sp, cm2PerS(f)));
        return out;
    }

    /** {@link #SIGMA_TRACER_BASIS}, for reports that state how each number was obtained. */
    public String sigmaTracerBasis() {
        return SIGMA_TRACER_BASIS;
    }

    /** {@link #SIGMA_CHARGE_BASIS}. */
    public String sigmaChargeBasis() {
        return SIGMA_CHARGE_BASIS;
    }

    /** Trajectory length (ps). */
    public double durationPs() {
        return (frames - 1) * frameIntervalPs;
    }

    /** The fitted window and the quality of the D* and D_sigma fits in one place. */
    public FitSummary fitSummary() {
        return new FitSummary(tracer.startPs(), tracer.endPs(), regime.automatic(), regime.clear(), regime.slope(),
                tracer.points(), tracer.reducedChiSquare(), charge.reducedChiSquare());
    }

    private static Measured cm2PerS(DiffusionFit f) {
        return Measured.of(Units.a2PerPsToCm2PerS(f.diffusivityA2PerPs()),
                Units.a2PerPsToCm2PerS(f.diffusivityErrA2PerPs()));
    }

    /**
     * The fitted window of lag times and the fit quality.
     *
     * @param startPs                first fitted lag (ps)
     * @param endPs                  last fitted lag (ps)
     * @param automatic              whether the window was chosen from the log-log slope
     * @param diffusiveRegimeFound   whether a diffusive regime was found ({@link DiffusiveRegime#clear})
     * @param logLogSlope            mean log-log slope of the tracer MSD over the window
     * @param points                 lags in the fit
     * @param reducedChiSquareTracer reduced chi-squared of the D* fit
     * @param reducedChiSquareCharge reduced chi-squared of the D_sigma fit
     */
    public record FitSummary(double startPs, double endPs, boolean automatic, boolean diffusiveRegimeFound,
                             double logLogSlope, int points, double reducedChiSquareTracer,
                             double reducedChiSquareCharge) {
        /** How D is fitted and its error estimated ({@link DiffusionFit}). */
        public static final String METHOD = "GLS with the random-walk MSD covariance (localisation noise included); "
                + "errors widened by sqrt(reduced chi2) when it exceeds 1";

        /** {@link #METHOD}. */
        public String method() {
            return METHOD;
        }
    }
}
