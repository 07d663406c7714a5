package org.ionhop.nmr;

/**
 * One model compared in a tracer-exchange fit.
 *
 * @param topology    the exchange topology ("A-B-C": B between A and C; "A-B-C-A": every pair exchanges;
 *                    "spheres")
 * @param parameters  number of fitted parameters
 * @param chi2Reduced RSS / (n - parameters)
 * @param bic         Bayesian information criterion n ln(RSS/n) + parameters ln n (lowest is best)
 */
public record TracerExchangeCandidate(String topology, int parameters, double chi2Reduced, double bic) {
}
