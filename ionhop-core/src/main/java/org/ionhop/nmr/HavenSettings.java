package org.ionhop.nmr;

import java.nio.file.Path;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;

/**
 * Options of a Haven-ratio calculation ({@link NmrAnalysis#haven}). D* is given or fitted from a PFG-NMR table
 * (one of the two); the carrier density is given or counted in a structure (one of the two); the conductivity and
 * the temperature are required.
 *
 * @param dStar       tracer diffusivity D* in cm^2/s (NaN: fit it from {@code pfg})
 * @param pfg         PFG-NMR table to fit for D* (null: use {@code dStar}); its settings come from its comment lines
 * @param dStarErr    standard error of D* in cm^2/s (0: unknown)
 * @param sigma       conductivity in S/cm (EIS, bulk)
 * @param sigmaErr    its standard error in S/cm (0: unknown)
 * @param temperatureK temperature in K
 * @param density     mobile ions per Å^3 (NaN: count them in {@code structure})
 * @param structure   structure file to count the mobile ions in (null: use {@code density})
 * @param ion         the mobile ion's element symbol
 * @param charge      its charge in e
 */
public record HavenSettings(double dStar, Path pfg, double dStarErr, double sigma, double sigmaErr,
                            double temperatureK, double density, Path structure, String ion, double charge) {
    /** Checks the values that are given. */
    public HavenSettings {
        if (!Double.isNaN(dStar)) {
            InvalidSettingException.positive("dStar", dStar);
        }
        InvalidSettingException.nonNegative("dStarErr", dStarErr);
        if (!Double.isNaN(sigma)) {
            InvalidSettingException.positive("sigma", sigma);
        }
        InvalidSettingException.nonNegative("sigmaErr", sigmaErr);
        if (!Double.isNaN(temperatureK)) {
            InvalidSettingException.positive("temperatureK", temperatureK);
        }
        if (!Double.isNaN(density)) {
            InvalidSettingException.positive("density", density);
        }
        InvalidSettingException.require(ion != null && Element.fromSymbol(ion).isPresent(), "ion",
                "expected an element symbol, got " + ion);
        InvalidSettingException.require(Double.isFinite(charge) && charge != 0, "charge",
                "expected a non-zero charge in e, got " + charge);
    }

    /** Nothing given yet, Li+ as the mobile ion. */
    public static HavenSettings defaults() {
        return new HavenSettings(Double.NaN, null, 0, Double.NaN, 0, Double.NaN, Double.NaN, null, "Li", 1);
    }

    /** With D* and its error in cm^2/s. */
    public HavenSettings withDStar(double d, double err) {
        return new HavenSettings(d, pfg, err, sigma, sigmaErr, temperatureK, density, structure, ion, charge);
    }

    /** With a PFG-NMR table to fit for D*. */
    public HavenSettings withPfg(Path table) {
        return new HavenSettings(dStar, table, dStarErr, sigma, sigmaErr, temperatureK, density, structure, ion,
                charge);
    }

    /** With the conductivity and its error in S/cm. */
    public HavenSettings withSigma(double s, double err) {
        return new HavenSettings(dStar, pfg, dStarErr, s, err, temperatureK, density, structure, ion, charge);
    }

    /** With the temperature in K. */
    public HavenSettings withTemperatureK(double t) {
        return new HavenSettings(dStar, pfg, dStarErr, sigma, sigmaErr, t, density, structure, ion, charge);
    }

    /** With the carrier density per Å^3. */
    public HavenSettings withDensity(double n) {
        return new HavenSettings(dStar, pfg, dStarErr, sigma, sigmaErr, temperatureK, n, structure, ion, charge);
    }

    /** With a structure to count the mobile ions in. */
    public HavenSettings withStructure(Path file) {
        return new HavenSettings(dStar, pfg, dStarErr, sigma, sigmaErr, temperatureK, density, file, ion, charge);
    }

    /** With another mobile ion and its charge in e. */
    public HavenSettings withIon(String symbol, double q) {
        return new HavenSettings(dStar, pfg, dStarErr, sigma, sigmaErr, temperatureK, density, structure, symbol, q);
    }
}
