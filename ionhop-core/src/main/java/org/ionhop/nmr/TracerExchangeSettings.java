package org.ionhop.nmr;

import org.ionhop.io.InvalidSettingException;

/**
 * Settings of the tracer-exchange fit.
 *
 * @param model            the exchange model
 * @param radiusUm         sphere radius in µm (sphere-diffusion only; NaN otherwise)
 * @param naturalAbundance natural 6Li fraction (0.0759, IUPAC 2013 representative isotopic composition of Li):
 *                         components that start near it receive the tracer
 */
public record TracerExchangeSettings(TracerExchangeModel model, double radiusUm, double naturalAbundance) {
    /** Validates. */
    public TracerExchangeSettings {
        InvalidSettingException.require(model != null, "model", "expected a model, got none");
        // the sphere model's need of a radius is checked when the model runs, so that copies may set either first
        InvalidSettingException.require(Double.isNaN(radiusUm) || radiusUm > 0 && Double.isFinite(radiusUm),
                "radiusUm", "expected a radius > 0 µm, got " + radiusUm);
        InvalidSettingException.require(naturalAbundance > 0 && naturalAbundance < 1, "naturalAbundance",
                "expected a 6Li fraction between 0 and 1, got " + naturalAbundance);
    }

    /** Defaults: first-order, no radius, natural abundance 0.0759. */
    public static TracerExchangeSettings defaults() {
        return new TracerExchangeSettings(TracerExchangeModel.FIRST_ORDER, Double.NaN, 0.0759);
    }

    /** A copy with another model. */
    public TracerExchangeSettings withModel(TracerExchangeModel m) {
        return new TracerExchangeSettings(m, radiusUm, naturalAbundance);
    }

    /** A copy with another radius. */
    public TracerExchangeSettings withRadiusUm(double r) {
        return new TracerExchangeSettings(model, r, naturalAbundance);
    }

    /** A copy with another natural abundance. */
    public TracerExchangeSettings withNaturalAbundance(double x) {
        return new TracerExchangeSettings(model, radiusUm, x);
    }
}
