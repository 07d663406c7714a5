package org.ionhop.impedance;

/**
 * One candidate circuit of the model choice with its Bayesian information criterion
 * BIC = m ln(chi^2 / m) + p ln m on m = 2N residuals and p parameters (Schwarz, Ann. Stat. 6 (1978) 461, for
 * Gaussian residuals of unknown variance); the lowest wins.
 *
 * @param circuit the circuit text
 * @param bic     its BIC, NaN when it was not fitted
 * @param status  "fitted", "too few points" or "did not converge"
 */
public record CandidateScore(String circuit, double bic, String status) {
}
