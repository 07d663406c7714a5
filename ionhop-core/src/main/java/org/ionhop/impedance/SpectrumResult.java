package org.ionhop.impedance;

import java.util.List;
import java.util.Map;

import org.ionhop.stats.Measured;

/**
 * Everything the impedance analysis found for one spectrum: the circuit fit with its labelled arcs, the bulk and
 * grain-boundary resistances and capacitances, the conductivities (NaN without a geometry; s_sigma / sigma =
 * s_R / R), the Lin-KK check and the DRT.
 *
 * @param fitted the circuit fit and its arcs
 * @param linKK  the Kramers-Kronig check
 * @param drt    the distribution of relaxation times
 */
public record SpectrumResult(FittedSpectrum fitted, KramersKronigCheck linKK, Drt drt) {
    private static final Measured NONE = new Measured(Double.NaN, Double.NaN, 0);

    /** The spectrum fitted (after the filters). */
    public Spectrum spectrum() {
        return fitted.fit().spectrum();
    }

    /** The source file of the spectrum. */
    public String file() {
        return spectrum().source();
    }

    /** Its temperature in K (NaN when unknown). */
    public double temperatureK() {
        return fitted.temperatureK();
    }

    /** Number of frequencies fitted. */
    public int points() {
        return spectrum().size();
    }

    /** The weighting used. */
    public Weighting weighting() {
        return fitted.fit().weighting();
    }

    /**
     * Signs that the circuit fit is not a fit ({@link org.ionhop.fit.FitCheck}): a parameter whose value or standard
     * error is infinite or NaN.
     */
    public List<String> warnings() {
        Map<String, Double> p = parameters();
        Map<String, Double> e = errors();
        List<String> names = List.copyOf(p.keySet());
        double[] v = new double[names.size()];
        double[] err = new double[names.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = p.get(names.get(i));
            err[i] = e.getOrDefault(names.get(i), Double.NaN);
        }
        return org.ionhop.fit.FitCheck.nonFinite(names, v, err);
    }

    /** Fitted parameters by name, in circuit order. */
    public Map<String, Double> parameters() {
        return fitted.fit().parameterMap();
    }

    /** Their standard errors by name. */
    public Map<String, Double> errors() {
        return fitted.fit().errorMap();
    }

    /** The labelled arcs. */
    public List<Arc> arcs() {
        return fitted.arcs();
    }

    /** R_bulk in Ohm with its standard error (NaN without a bulk arc). */
    public Measured bulkResistanceOhm() {
        Arc b = fitted.bulk();
        return b == null ? NONE : Measured.of(b.resistanceOhm(), b.resistanceErrOhm());
    }

    /** R_gb in Ohm with its standard error (NaN without a grain-boundary arc). */
    public Measured grainBoundaryResistanceOhm() {
        Arc g = fitted.grainBoundary();
        return g == null ? NONE : Measured.of(g.resistanceOhm(), g.resistanceErrOhm());
    }

    /** Effective capacitance of the bulk arc in F (NaN without one). */
    public double bulkCapacitanceF() {
        Arc b = fitted.bulk();
        return b == null ? Double.NaN : b.capacitanceF();
    }

    /** Effective capacitance of the grain-boundary arc in F (NaN without one). */
    public double grainBoundaryCapacitanceF() {
        Arc g = fitted.grainBoundary();
        return g == null ? Double.NaN : g.capacitanceF();
    }

    /** sigma_bulk = L / (R_bulk A) in S/cm with its error (NaN without a geometry or a bulk arc). */
    public Measured bulkConductivitySPerCm() {
        Arc b = fitted.bulk();
        return b == null ? NONE : conductivity(b.resistanceOhm(), b.resistanceErrOhm());
    }

    /** The apparent grain-boundary conductivity L / (R_gb A) in S/cm with its error. */
    public Measured grainBoundaryConductivitySPerCm() {
        Arc g = fitted.grainBoundary();
        return g == null ? NONE : conductivity(g.resistanceOhm(), g.resistanceErrOhm());
    }

    /** sigma_total = L / ((R_bulk + R_gb) A) in S/cm, error with the covariance of the two resistances. */
    public Measured totalConductivitySPerCm() {
        return conductivity(fitted.totalResistanceOhm(), fitted.totalResistanceErrOhm());
    }

    private Measured conductivity(double r, double rErr) {
        double s = fitted.conductivitySPerCm(r);
        return Measured.of(s, s * rErr / r);
    }

    /** Weighted chi^2 of the circuit fit. */
    public double chiSquare() {
        return fitted.fit().chiSquare();
    }

    /** chi^2 per degree of freedom. */
    public double reducedChiSquare() {
        return fitted.fit().reducedChiSquare();
    }

    /** Degrees of freedom 2N - free parameters. */
    public int dof() {
        return fitted.fit().dof();
    }

    /** Weighting-independent relative rms misfit. */
    public double relativeRms() {
        return fitted.fit().relativeRms();
    }

    /** Number of starting points tried. */
    public int starts() {
        return fitted.fit().starts();
    }
}
