package org.ionhop.impedance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ionhop.io.ProgressListener;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.transport.ArrheniusFit;

/**
 * Batch fit of a temperature series: the spectra are fitted in order of temperature, each fit started both from
 * the spectrum's own estimate and from the fitted parameters of its neighbour (the previous temperature), which
 * keeps the series in one basin; arcs are labelled by capacitance at every temperature so that bulk and grain
 * boundary cannot swap. Then Arrhenius fits ({@link ArrheniusFit}, sigma T convention by default) of the bulk,
 * grain-boundary and total (bulk + grain boundary) conductivities, weighted by their standard errors.
 *
 * @param points        fitted spectra in order of increasing temperature
 * @param convention    Arrhenius convention
 * <p>Without a geometry the conductance 1/R is fitted instead of sigma: the activation energy is the same, the
 * prefactor is in S (times K) instead of S/cm.
 *
 * @param bulk          Arrhenius fit of sigma_bulk (null with fewer than two temperatures)
 * @param grainBoundary Arrhenius fit of sigma_gb (null without a grain-boundary arc)
 * @param total         Arrhenius fit of sigma_total
 */
public record TemperatureSeries(List<FittedSpectrum> points, ArrheniusConvention convention, ArrheniusFit bulk,
                                ArrheniusFit grainBoundary, ArrheniusFit total) {

    /** Copies the list. */
    public TemperatureSeries {
        points = List.copyOf(points);
    }

    /**
     * Fits every spectrum and the Arrhenius laws.
     *
     * @param spectra    spectra, each with its temperature
     * @param circuit    the circuit (the same for all)
     * @param options    fit options
     * @param geometry   sample geometry, or null (then the Arrhenius fits use the conductance 1/R)
     * @param order      arc ordering
     * @param convention Arrhenius convention
     * @param progress   called after each spectrum
     * @throws IllegalArgumentException if a spectrum has no temperature
     */
    public static TemperatureSeries fit(List<Spectrum> spectra, Circuit circuit, FitOptions options, Geometry geometry,
                                        ArcAssignment.Order order, ArrheniusConvention convention,
                                        ProgressListener progress) {
        List<Spectrum> sorted = new ArrayList<>(spectra);
        for (Spectrum s : sorted) {
            if (Double.isNaN(s.temperatureK())) {
                throw new IllegalArgumentException("no temperature for " + s.source()
                        + "; a series needs one temperature per spectrum");
            }
        }
        sorted.sort(Comparator.comparingDouble(Spectrum::temperatureK));
        List<FittedSpectrum> out = new ArrayList<>();
        double[] previous = null;
        for (Spectrum s : sorted) {
            CircuitFitResult r = CircuitFitter.fit(s, circuit, options, previous == null ? List.of() : List.of(previous));
            previous = r.parameters();
            out.add(FittedSpectrum.of(r, order, geometry));
            progress.progress(out.size(), sorted.size());
        }
        ArrheniusFit bulk = null;
        ArrheniusFit gb = null;
        ArrheniusFit total = null;
        if (out.size() >= 2) {
            bulk = arrhenius(out, "bulk", convention);
            gb = arrhenius(out, "grain_boundary", convention);
            total = arrhenius(out, "total", convention);
        }
        return new TemperatureSeries(out, convention, bulk, gb, total);
    }

    private static ArrheniusFit arrhenius(List<FittedSpectrum> pts, String which, ArrheniusConvention conv) {
        int n = pts.size();
        double[] t = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            FittedSpectrum f = pts.get(i);
            double r;
            double re;
            if (which.equals("total")) {
                r = f.totalResistanceOhm();
                re = f.totalResistanceErrOhm();
            } else {
                Arc a = f.arc(which);
                if (a == null) {
                    return null;
                }
                r = a.resistanceOhm();
                re = a.resistanceErrOhm();
            }
            t[i] = f.temperatureK();
            // without a geometry the conductance 1/R (S) is fitted: same E_a, prefactor in S (K)
            y[i] = f.geometry() == null ? 1 / r : f.conductivitySPerCm(r);
            e[i] = y[i] * re / r;
        }
        boolean errorsUsable = true;
        for (double v : e) {
            errorsUsable &= v > 0 && Double.isFinite(v);
        }
        return ArrheniusFit.fit(t, y, errorsUsable ? e : null, conv);
    }
}
