package org.ionhop.impedance;

import java.util.List;

/**
 * The result of {@link ImpedanceAnalysis#run}.
 *
 * @param settings   the settings the analysis ran with
 * @param circuit    the circuit fitted (given, or chosen by BIC)
 * @param candidates the model choice, one score per candidate (empty when the circuit was given)
 * @param geometry   the sample geometry, null when none was given (conductances only)
 * @param fits       per spectrum, in temperature order for a series, else in input order
 * @param series     the temperature series, null unless every spectrum (two or more) has a temperature
 * @param arrhenius  the Arrhenius laws of the series, null without a series
 */
public record ImpedanceResult(ImpedanceSettings settings, Circuit circuit, List<CandidateScore> candidates,
                              Geometry geometry, List<SpectrumResult> fits, TemperatureSeries series,
                              ArrheniusLaws arrhenius) {
    /** Copies the lists. */
    public ImpedanceResult {
        candidates = List.copyOf(candidates);
        fits = List.copyOf(fits);
    }

    /** Whether the circuit was chosen by the model choice. */
    public boolean circuitChosen() {
        return !candidates.isEmpty();
    }
}
