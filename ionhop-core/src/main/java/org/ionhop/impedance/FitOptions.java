package org.ionhop.impedance;

import java.util.Map;

/**
 * Settings of a circuit fit. Defaults in {@link #DEFAULT}; change them by copies ({@code withX}).
 *
 * @param weighting      residual weighting
 * @param initial        starting parameters by name (missing ones are estimated from the spectrum)
 * @param fixed          parameters held at a value, by name
 * @param bounds         [lower, upper] per parameter name, replacing the element's physical defaults
 * @param multiStarts    extra starts tried when a fit is poor (0 disables multi-start)
 * @param poorFitRms     relative rms misfit (see {@link CircuitFitResult#relativeRms()}) above which a fit is poor
 * @param seed           seed of the random multi-start perturbations
 * @param maxIterations  Levenberg-Marquardt iteration limit per start
 */
public record FitOptions(Weighting weighting, Map<String, Double> initial, Map<String, Double> fixed,
                         Map<String, double[]> bounds, int multiStarts, double poorFitRms, long seed,
                         int maxIterations) {
    /** Modulus weighting, automatic guesses, 12 extra starts when the relative rms exceeds 1 %. */
    public static final FitOptions DEFAULT = new FitOptions(Weighting.MODULUS, Map.of(), Map.of(), Map.of(), 12,
            0.01, 1L, 400);

    /** Copies the maps. */
    public FitOptions {
        initial = Map.copyOf(initial);
        fixed = Map.copyOf(fixed);
        bounds = Map.copyOf(bounds);
        if (multiStarts < 0 || maxIterations < 1) {
            throw new IllegalArgumentException("multiStarts must be >= 0 and maxIterations >= 1");
        }
    }

    /** With another weighting. */
    public FitOptions withWeighting(Weighting w) {
        return new FitOptions(w, initial, fixed, bounds, multiStarts, poorFitRms, seed, maxIterations);
    }

    /** With starting values. */
    public FitOptions withInitial(Map<String, Double> start) {
        return new FitOptions(weighting, start, fixed, bounds, multiStarts, poorFitRms, seed, maxIterations);
    }

    /** With fixed parameters. */
    public FitOptions withFixed(Map<String, Double> values) {
        return new FitOptions(weighting, initial, values, bounds, multiStarts, poorFitRms, seed, maxIterations);
    }

    /** With bounds. */
    public FitOptions withBounds(Map<String, double[]> b) {
        return new FitOptions(weighting, initial, fixed, b, multiStarts, poorFitRms, seed, maxIterations);
    }

    /** With a number of multi-start trials. */
    public FitOptions withMultiStarts(int n) {
        return new FitOptions(weighting, initial, fixed, bounds, n, poorFitRms, seed, maxIterations);
    }

    /** With a seed for the multi-start perturbations. */
    public FitOptions withSeed(long s) {
        return new FitOptions(weighting, initial, fixed, bounds, multiStarts, poorFitRms, s, maxIterations);
    }
}
