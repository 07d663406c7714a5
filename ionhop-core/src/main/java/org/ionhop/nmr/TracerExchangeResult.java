package org.ionhop.nmr;

import java.util.List;

/**
 * A tracer-exchange fit.
 *
 * @param source         the data file
 * @param model          the model asked for
 * @param topology       the topology of the best candidate
 * @param pools          per-component results
 * @param rates          fitted exchanges (first-order models)
 * @param candidates     every model compared, the chosen one included
 * @param donor          the component that starts richest in 6Li (the tracer source)
 * @param firstReceiver  the other component that takes up the tracer first (shortest rise time): the one the Li
 *                       passes through first
 * @param points         number of fitted data points
 * @param parameters     number of fitted parameters of the chosen model
 * @param chi2Reduced    its RSS / (points - parameters)
 * @param bic            its Bayesian information criterion
 * @param curveTimesS    times of the fitted curves, s
 * @param curveFractions the fitted 6Li fractions, {@code [component][time]}
 * @param settings       the settings used
 */
public record TracerExchangeResult(String source, TracerExchangeModel model, String topology,
                                   List<TracerExchangePool> pools, List<TracerExchangeRate> rates,
                                   List<TracerExchangeCandidate> candidates, String donor, String firstReceiver,
                                   int points, int parameters, double chi2Reduced, double bic, double[] curveTimesS,
                                   double[][] curveFractions, TracerExchangeSettings settings) {
    /** Copies the lists and arrays. */
    public TracerExchangeResult {
        pools = List.copyOf(pools);
        rates = List.copyOf(rates);
        candidates = List.copyOf(candidates);
        curveTimesS = curveTimesS.clone();
        double[][] c = new double[curveFractions.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = curveFractions[i].clone();
        }
        curveFractions = c;
    }

    /** A copy of the curve times. */
    @Override
    public double[] curveTimesS() {
        return curveTimesS.clone();
    }

    /** The fitted curve of component j (a copy). */
    public double[] curve(int j) {
        return curveFractions[j].clone();
    }
}
