package org.ionhop.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.ionhop.stats.Measured;

/** A {@link Measured} component annotated in a mix-in becomes flat value/error keys; NaN becomes null. */
class MeasuredJsonTest {
    /** Stands in for a core result record (no Jackson annotations of its own). */
    record Sample(double temperatureK, Measured diffusivity, Measured ratio) {
    }

    /** The CLI's mix-in for it. */
    abstract static class SampleMixIn {
        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonMeasured(value = "D_tracer_cm2_s", err = "D_tracer_err_cm2_s", samples = "effective_samples")
        abstract Measured diffusivity();

        @JsonMeasured(value = "haven_ratio", err = "haven_ratio_err")
        abstract Measured ratio();
    }

    @Test
    void measuredBecomesTwoKeys() throws Exception {
        ObjectMapper m = Json.mapper().copy().addMixIn(Sample.class, SampleMixIn.class);
        JsonNode j = m.readTree(m.writeValueAsString(
                new Sample(600, new Measured(1.5e-7, 2e-9, 40), new Measured(0.7, Double.NaN, 1))));
        assertThat(j.get("temperature_K").asDouble()).isEqualTo(600);
        assertThat(j.get("D_tracer_cm2_s").asDouble()).isEqualTo(1.5e-7);
        assertThat(j.get("D_tracer_err_cm2_s").asDouble()).isEqualTo(2e-9);
        assertThat(j.get("effective_samples").asInt()).isEqualTo(40);
        assertThat(j.get("haven_ratio").asDouble()).isEqualTo(0.7);
        assertThat(j.get("haven_ratio_err").isNull()).isTrue();
        assertThat(j.has("diffusivity")).isFalse();
        assertThat(j.size()).isEqualTo(6);
    }
}
