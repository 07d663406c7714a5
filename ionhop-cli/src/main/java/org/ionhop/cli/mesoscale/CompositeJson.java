package org.ionhop.cli.mesoscale;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.JsonMeasured;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.mesoscale.Bounds;
import org.ionhop.mesoscale.CompositeMaximum;
import org.ionhop.mesoscale.CompositePoint;
import org.ionhop.mesoscale.NetworkPoint;
import org.ionhop.mesoscale.ShellFit;
import org.ionhop.mesoscale.TemperaturePoint;
import org.ionhop.stats.Measured;

/**
 * JSON of {@code ionhop composite} and of the report section, from the core result records through Jackson mix-ins
 * (core stays free of Jackson). Quantities that were not computed (the interface fraction outside the core-shell
 * model, E_a without temperatures) are left out rather than written as null.
 */
final class CompositeJson {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .addMixIn(CompositePoint.class, PointMixin.class)
            .addMixIn(TemperaturePoint.class, TemperatureMixin.class)
            .addMixIn(Bounds.class, BoundsMixin.class)
            .addMixIn(CompositeMaximum.class, MaximumMixin.class)
            .addMixIn(ShellFit.class, FitMixin.class)
            .addMixIn(NetworkPoint.class, NetworkMixin.class);

    private CompositeJson() {
    }

    /** The units of the composite outputs, from the one vocabulary. */
    static java.util.Map<String, String> units() {
        return UnitNames.of("conductivity", "energy", "temperature", "mass_density");
    }

    /**
     * The whole output of one run.
     *
     * @param model         the model's command-line spelling
     * @param fractionType  "volume" or "weight"
     * @param points        the composite at each fraction
     * @param maximum       the conductivity maximum
     * @param fit           the shell fit, or null
     * @param network       the network check, or null
     * @param meta          provenance
     */
    @JsonPropertyOrder({"model", "fraction_type", "points", "maximum", "fit", "network", "meta"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Output(@JsonProperty("model") String model, @JsonProperty("fraction_type") String fractionType,
                  @JsonProperty("points") List<CompositePoint> points,
                  @JsonProperty("maximum") CompositeMaximum maximum, @JsonProperty("fit") ShellFit fit,
                  @JsonProperty("network") List<NetworkPoint> network, @JsonProperty("meta") JsonNode meta) {
    }

    /** Serialises with the mix-ins. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A tree of a value with the mix-ins (for report.json). */
    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Leaves out NaN numbers (quantities not computed). */
    static final class NaNFilter {
        @Override
        public boolean equals(Object o) {
            return o instanceof Double d && d.isNaN();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    @JsonPropertyOrder({"fraction", "volume_fraction", "interface_fraction", "sigma_S_cm", "Ea_eV", "bounds",
        "sigma_T"})
    abstract static class PointMixin {
        @JsonProperty("fraction")
        abstract double fraction();

        @JsonProperty("volume_fraction")
        abstract double volumeFraction();

        @JsonProperty("interface_fraction")
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NaNFilter.class)
        abstract double interfaceFraction();

        @JsonProperty("sigma_S_cm")
        abstract double sigmaSCm();

        @JsonProperty("Ea_eV")
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NaNFilter.class)
        abstract double eaEv();

        @JsonProperty("bounds")
        abstract Bounds bounds();

        @JsonProperty("sigma_T")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<TemperaturePoint> sigmaT();
    }

    @JsonPropertyOrder({"temperature_K", "sigma_S_cm", "Ea_eV"})
    abstract static class TemperatureMixin {
        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonProperty("sigma_S_cm")
        abstract double sigmaSCm();

        @JsonProperty("Ea_eV")
        abstract double eaEv();
    }

    @JsonPropertyOrder({"wiener_lower_S_cm", "wiener_upper_S_cm", "hs_lower_S_cm", "hs_upper_S_cm"})
    abstract static class BoundsMixin {
        @JsonProperty("wiener_lower_S_cm")
        abstract double wienerLowerSCm();

        @JsonProperty("wiener_upper_S_cm")
        abstract double wienerUpperSCm();

        @JsonProperty("hs_lower_S_cm")
        abstract double hsLowerSCm();

        @JsonProperty("hs_upper_S_cm")
        abstract double hsUpperSCm();
    }

    @JsonPropertyOrder({"fraction", "volume_fraction", "interface_fraction", "sigma_S_cm", "interior"})
    abstract static class MaximumMixin {
        @JsonProperty("fraction")
        abstract double fraction();

        @JsonProperty("volume_fraction")
        abstract double volumeFraction();

        @JsonProperty("interface_fraction")
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NaNFilter.class)
        abstract double interfaceFraction();

        @JsonProperty("sigma_S_cm")
        abstract double sigmaSCm();

        @JsonProperty("interior")
        abstract boolean interior();
    }

    @JsonPropertyOrder({"sigmaShellSCm", "shellNm", "correlation", "chi2", "dof", "reduced_chi2", "iterations"})
    abstract static class FitMixin {
        @JsonMeasured(value = "sigma_shell_S_cm", err = "sigma_shell_err_S_cm")
        abstract Measured sigmaShellSCm();

        @JsonMeasured(value = "shell_nm", err = "shell_err_nm")
        abstract Measured shellNm();

        @JsonProperty("correlation")
        abstract double correlation();

        @JsonProperty("chi2")
        abstract double chiSquare();

        @JsonProperty("dof")
        abstract int degreesOfFreedom();

        @JsonProperty("reduced_chi2")
        abstract double reducedChiSquare();

        @JsonProperty("iterations")
        abstract int iterations();
    }

    @JsonPropertyOrder({"fraction", "volume_fraction", "fillerFraction", "interfaceFraction", "sigmaSCm",
        "model_S_cm", "bruggeman_S_cm", "cg_iterations"})
    abstract static class NetworkMixin {
        @JsonProperty("fraction")
        abstract double fraction();

        @JsonProperty("volume_fraction")
        abstract double volumeFraction();

        @JsonMeasured(value = "filler_fraction", err = "filler_fraction_err")
        abstract Measured fillerFraction();

        @JsonMeasured(value = "interface_fraction", err = "interface_fraction_err")
        abstract Measured interfaceFraction();

        @JsonMeasured(value = "sigma_S_cm", err = "sigma_err_S_cm", samples = "samples")
        abstract Measured sigmaSCm();

        @JsonProperty("model_S_cm")
        abstract double modelSCm();

        @JsonProperty("bruggeman_S_cm")
        abstract double bruggemanSCm();

        @JsonProperty("cg_iterations")
        abstract int maxIterations();
    }
}
