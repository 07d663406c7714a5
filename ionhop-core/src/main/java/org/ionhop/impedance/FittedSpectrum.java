package org.ionhop.impedance;

import java.util.List;

/**
 * A circuit fit with its arcs labelled and, when the geometry is known, conductivities sigma = L/(R A).
 * The grain-boundary conductivity is the apparent (macroscopic) one, L/(R_gb A), without the brick-layer
 * correction for the grain-boundary volume fraction, as is usual in reports (and in EISFitpython).
 * Conductivity errors follow from the resistance errors: s_sigma / sigma = s_R / R.
 *
 * @param fit      the circuit fit
 * @param arcs     arcs ordered by capacitance (bulk first)
 * @param geometry sample geometry, or null
 */
public record FittedSpectrum(CircuitFitResult fit, List<Arc> arcs, Geometry geometry) {
    /** Copies the list. */
    public FittedSpectrum {
        arcs = List.copyOf(arcs);
    }

    /** Fits a spectrum, labels its arcs. */
    public static FittedSpectrum of(CircuitFitResult fit, ArcAssignment.Order order, Geometry geometry) {
        return new FittedSpectrum(fit, ArcAssignment.assign(fit, order), geometry);
    }

    /** The temperature of the spectrum in K (NaN if unknown). */
    public double temperatureK() {
        return fit.spectrum().temperatureK();
    }

    /** The arc with this label, or null. */
    public Arc arc(String label) {
        for (Arc a : arcs) {
            if (a.label().equals(label)) {
                return a;
            }
        }
        return null;
    }

    /** The bulk arc (smallest capacitance), or null if the circuit has no arc. */
    public Arc bulk() {
        return arc("bulk");
    }

    /** The grain-boundary arc, or null. */
    public Arc grainBoundary() {
        return arc("grain_boundary");
    }

    /** R_bulk + R_gb (the sample's total resistance without electrodes), or R_bulk alone. */
    public double totalResistanceOhm() {
        Arc b = bulk();
        Arc g = grainBoundary();
        if (b == null) {
            return Double.NaN;
        }
        return b.resistanceOhm() + (g == null ? 0 : g.resistanceOhm());
    }

    /**
     * Standard error of the total resistance, var(R_b + R_gb) = var R_b + var R_gb + 2 cov(R_b, R_gb), with the
     * covariance from the fit (the two resistances of overlapping arcs are usually anticorrelated).
     */
    public double totalResistanceErrOhm() {
        Arc b = bulk();
        Arc g = grainBoundary();
        if (b == null) {
            return Double.NaN;
        }
        double e = b.resistanceErrOhm() * b.resistanceErrOhm();
        if (g != null) {
            e += g.resistanceErrOhm() * g.resistanceErrOhm()
                    + 2 * fit.covariance(b.resistorName(), g.resistorName());
        }
        return Math.sqrt(Math.max(e, 0));
    }

    /** sigma from a resistance, NaN without geometry. */
    public double conductivitySPerCm(double resistanceOhm) {
        return geometry == null || !(resistanceOhm > 0) ? Double.NaN : geometry.conductivitySPerCm(resistanceOhm);
    }
}
