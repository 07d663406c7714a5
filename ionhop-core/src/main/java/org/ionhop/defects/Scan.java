package org.ionhop.defects;

import org.ionhop.units.Units;

/**
 * The variable along a Brouwer diagram or mechanism map.
 *
 * <ul>
 *   <li>{@link Kind#CHEMICAL_POTENTIAL}: x = mu of element {@code target} in eV (relative to its elemental
 *       reference); the host constraint moves the dependent element. Slopes are d ln c / d(mu / k_B T).</li>
 *   <li>{@link Kind#PARTIAL_PRESSURE}: x = log10(p / p0) of the diatomic gas of element {@code target} (pO2 for
 *       O); mu(T, p) = mu_ref + [g(T) - g(T_ref)] + (k_B T / 2) ln(p / p0), mu_ref the model's chemical potential
 *       of the element at p0 and the reference temperature T_ref, g(T) = (H - T S) / 2 of the gas per atom from the
 *       {@link GasReservoir} (zero for {@link GasReservoir#fixedMu()}, the scan at fixed mu). Slopes are
 *       d log c / d log p.</li>
 *   <li>{@link Kind#DOPANT}: x = log10 of the site fraction of the fixed dopant {@code target}. Slopes are
 *       d log c / d log [dopant].</li>
 * </ul>
 *
 * @param kind   which variable
 * @param target element symbol or the dopant's Kröger-Vink symbol
 * @param from   first x
 * @param to     last x
 * @param points number of grid points (>= 3)
 * @param reservoir the gas reservoir of a partial-pressure scan (ignored by the other kinds; null: fixed mu)
 * @param referenceTemperatureK T_ref at which the model's chemical potential holds (K; ignored by a fixed-mu
 *                              reservoir and the other kinds)
 */
public record Scan(Kind kind, String target, double from, double to, int points, GasReservoir reservoir,
                   double referenceTemperatureK) {
    /** What is scanned. */
    public enum Kind {
        /** An atomic chemical potential (eV). */
        CHEMICAL_POTENTIAL,
        /** log10 of a diatomic gas partial pressure (bar). */
        PARTIAL_PRESSURE,
        /** log10 of a fixed dopant's site fraction. */
        DOPANT
    }

    /** A scan at fixed chemical potential of the reservoir (for partial pressures: the fixed-mu convention). */
    public Scan(Kind kind, String target, double from, double to, int points) {
        this(kind, target, from, to, points, GasReservoir.fixedMu(), Double.NaN);
    }

    /** Validates. */
    public Scan {
        if (reservoir == null) {
            reservoir = GasReservoir.fixedMu();
        }
        if (kind == Kind.PARTIAL_PRESSURE && reservoir != GasReservoir.fixedMu()
                && !(referenceTemperatureK > 0 && Double.isFinite(referenceTemperatureK))) {
            throw new IllegalArgumentException("a partial-pressure scan with a temperature-dependent reservoir needs "
                    + "a reference temperature > 0 K, found " + referenceTemperatureK);
        }
        if (points < 3) {
            throw new IllegalArgumentException("a scan needs at least 3 points, found " + points);
        }
        if (!Double.isFinite(from) || !Double.isFinite(to) || from == to) {
            throw new IllegalArgumentException("a scan needs two distinct finite end points, found " + from + ", " + to);
        }
        if (kind == Kind.DOPANT) {
            KrogerVink.parse(target);
        }
    }

    /** The grid values. */
    public double[] grid() {
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = from + (to - from) * i / (points - 1);
        }
        return x;
    }

    /** The model at scan value x and temperature T. */
    public DefectModel apply(DefectModel model, double x, double temperatureK) {
        return switch (kind) {
            case CHEMICAL_POTENTIAL -> model.withChemicalPotential(target, x);
            case PARTIAL_PRESSURE -> model.withChemicalPotential(target,
                    model.chemicalPotentialsEv().getOrDefault(target, 0.0) + standardShiftEv(temperatureK)
                            + 0.5 * Units.kT(temperatureK) * x * Math.log(10));
            case DOPANT -> model.withDopantFraction(KrogerVink.parse(target), Math.pow(10, x));
        };
    }

    /**
     * g(T) - g(T_ref) of the reservoir in eV per atom: how far the chemical potential at p0 has moved from the model's
     * value at the reference temperature (0 for a fixed-mu reservoir and for scans that are not partial pressures).
     */
    public double standardShiftEv(double temperatureK) {
        if (kind != Kind.PARTIAL_PRESSURE || reservoir == GasReservoir.fixedMu()) {
            return 0;
        }
        return reservoir.halfGibbsEv(temperatureK) - reservoir.halfGibbsEv(referenceTemperatureK);
    }

    /**
     * Converts a derivative d ln c / dx into the slope this scan reports (see the class comment).
     */
    public double slope(double dLnCdX, double temperatureK) {
        return switch (kind) {
            case CHEMICAL_POTENTIAL -> dLnCdX * Units.kT(temperatureK);
            case PARTIAL_PRESSURE, DOPANT -> dLnCdX / Math.log(10);
        };
    }

    /** The kind as the input files spell it: chemical_potential, partial_pressure or dopant. */
    public String variable() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** An axis label for plots and tables. */
    public String label() {
        return switch (kind) {
            case CHEMICAL_POTENTIAL -> "mu_" + target + " (eV)";
            case PARTIAL_PRESSURE -> "log10 p" + target + "2 (bar)";
            case DOPANT -> "log10 [" + target + "] (site fraction)";
        };
    }

    /** The unit in which slopes are given. */
    public String slopeUnit() {
        return switch (kind) {
            case CHEMICAL_POTENTIAL -> "d ln c / d(mu_" + target + "/k_B T)";
            case PARTIAL_PRESSURE -> "d log c / d log p" + target + "2";
            case DOPANT -> "d log c / d log [" + target + "]";
        };
    }
}
