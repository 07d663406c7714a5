package org.ionhop.trajectory;

import java.util.HashMap;
import java.util.Map;

import org.ionhop.io.InvalidSettingException;

/**
 * How transport is computed from {@link Displacements}.
 *
 * @param ion          the mobile species reported as "the ion" (D*, Haven ratio)
 * @param charges      charge (e) of each mobile species; missing species get {@link #defaultCharge}
 * @param fitStartPs   start of the fitted window (ps), or NaN to choose it from the log-log slope
 * @param fitEndPs     end of the fitted window (ps), or NaN for half the trajectory
 * @param temperatureK temperature (K); NaN to take it from the file (an error if the file does not state it)
 */
public record AnalysisSettings(String ion, Map<String, Double> charges, double fitStartPs, double fitEndPs,
                               double temperatureK) {
    /** Validates and copies the charges. */
    public AnalysisSettings {
        InvalidSettingException.require(ion != null && !ion.isBlank(), "ion", "expected an element symbol, got none");
        charges = Map.copyOf(charges);
        charges.forEach((sp, q) -> InvalidSettingException.require(Double.isFinite(q), "charges",
                "expected a finite charge of " + sp + ", got " + q));
        InvalidSettingException.require(Double.isNaN(temperatureK) || temperatureK > 0 && Double.isFinite(temperatureK),
                "temperatureK", "expected a temperature above 0 K, got " + temperatureK + " K");
        InvalidSettingException.require(Double.isNaN(fitStartPs) || fitStartPs >= 0, "fitStartPs",
                "expected a lag time of 0 ps or more, got " + fitStartPs + " ps");
        InvalidSettingException.require(Double.isNaN(fitEndPs) || fitEndPs > 0 && !(fitEndPs <= fitStartPs),
                "fitEndPs", "expected a lag time after the start of the window, got " + fitEndPs + " ps");
    }

    /** Defaults for one ion: automatic window, temperature from the file. */
    public static AnalysisSettings of(String ion) {
        return new AnalysisSettings(ion, Map.of(), Double.NaN, Double.NaN, Double.NaN);
    }

    /** A copy with a temperature. */
    public AnalysisSettings withTemperatureK(double t) {
        return new AnalysisSettings(ion, charges, fitStartPs, fitEndPs, t);
    }

    /** A copy with a fitted window (NaN for automatic). */
    public AnalysisSettings withWindowPs(double start, double end) {
        return new AnalysisSettings(ion, charges, start, end, temperatureK);
    }

    /** A copy with charges. */
    public AnalysisSettings withCharges(Map<String, Double> c) {
        return new AnalysisSettings(ion, c, fitStartPs, fitEndPs, temperatureK);
    }

    /** The charge of a species: the user's, or the usual one of common mobile ions. */
    public double chargeOf(String species) {
        Double q = charges.get(species);
        if (q != null) {
            return q;
        }
        double d = defaultCharge(species);
        if (Double.isNaN(d)) {
            throw new InvalidSettingException("charges", "expected a charge for mobile species " + species
                    + " (no default for it), as " + species + "=Z");
        }
        return d;
    }

    /** Charges of the species that move in typical solid electrolytes; NaN for others. */
    public static double defaultCharge(String species) {
        return switch (species) {
            case "H", "Li", "Na", "K", "Rb", "Cs", "Ag", "Cu" -> 1;
            case "Mg", "Ca", "Zn" -> 2;
            case "Al" -> 3;
            case "F", "Cl", "Br", "I" -> -1;
            case "O", "S" -> -2;
            default -> Double.NaN;
        };
    }

    /** Charges of the given species as a map. */
    Map<String, Double> chargeMap(Iterable<String> species) {
        Map<String, Double> m = new HashMap<>();
        for (String s : species) {
            m.put(s, chargeOf(s));
        }
        return m;
    }
}
