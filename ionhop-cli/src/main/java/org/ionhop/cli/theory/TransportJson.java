package org.ionhop.cli.theory;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ionhop.cli.common.JsonMeasured;
import org.ionhop.stats.Measured;
import org.ionhop.transport.EntropyResult;
import org.ionhop.transport.HopSettings;
import org.ionhop.transport.InvertResult;
import org.ionhop.transport.InvertSettings;
import org.ionhop.transport.IsotopeResult;
import org.ionhop.transport.IsotopeSettings;
import org.ionhop.transport.PhononResult;
import org.ionhop.transport.PhononSettings;
import org.ionhop.transport.SigmaResult;
import org.ionhop.transport.SigmaSettings;
import org.ionhop.transport.VineyardResult;
import org.ionhop.transport.VineyardSettings;

/**
 * Jackson mix-ins that write the {@link org.ionhop.transport.TransportTheory} results with the keys
 * docs/transport.md documents. Units are in the key names; optional parts (a rate table, a measured ratio) are left
 * out when absent.
 */
final class TransportJson {
    private TransportJson() {
    }

    static void register(ObjectMapper m) {
        m.addMixIn(SigmaResult.class, SigmaResultMixin.class);
        m.addMixIn(SigmaSettings.class, SigmaSettingsMixin.class);
        m.addMixIn(HopSettings.class, HopMixin.class);
        m.addMixIn(SigmaResult.Row.class, SigmaRowMixin.class);
        m.addMixIn(InvertResult.class, InvertMixin.class);
        m.addMixIn(InvertResult.Point.class, PointMixin.class);
        m.addMixIn(InvertResult.Fit.class, FitMixin.class);
        m.addMixIn(InvertResult.CarrierDensity.class, DensityMixin.class);
        m.addMixIn(InvertResult.Attempt.class, AttemptMixin.class);
        m.addMixIn(VineyardResult.class, VineyardMixin.class);
        m.addMixIn(VineyardResult.Rate.class, RateMixin.class);
        m.addMixIn(PhononResult.class, PhononMixin.class);
        m.addMixIn(PhononResult.Row.class, PhononRowMixin.class);
        m.addMixIn(IsotopeResult.class, IsotopeMixin.class);
        m.addMixIn(IsotopeResult.Measurement.class, IsotopeMeasurementMixin.class);
        m.addMixIn(EntropyResult.class, EntropyMixin.class);
        m.addMixIn(EntropyResult.Mixing.class, MixingMixin.class);
        m.addMixIn(EntropyResult.Row.class, MixingRowMixin.class);
    }

    @JsonPropertyOrder({"settings", "results"})
    abstract static class SigmaResultMixin {
        @JsonUnwrapped
        abstract SigmaSettings settings();
    }

    /** Leaves {@code paths} out at its default of 1, so that the output without {@code --paths} is unchanged. */
    static final class OnePath {
        @Override
        public boolean equals(Object o) {
            return o instanceof Integer i && i == SigmaSettings.DEFAULT_PATHS;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @JsonPropertyOrder({"c_per_cm3", "jump_distance_A", "hop", "attempt_frequency_THz", "paths",
        "activation_entropy_kB", "activation_enthalpy_eV"})
    abstract static class SigmaSettingsMixin {
        @JsonProperty("c_per_cm3")
        abstract double carrierDensityPerCm3();

        @JsonProperty("jump_distance_A")
        abstract double jumpDistanceA();

        @JsonUnwrapped
        abstract HopSettings hop();

        @JsonProperty("attempt_frequency_THz")
        abstract double attemptFrequencyThz();

        @JsonProperty("paths")
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = OnePath.class)
        abstract int paths();

        @JsonProperty("activation_entropy_kB")
        abstract double activationEntropyKb();

        @JsonProperty("activation_enthalpy_eV")
        abstract double activationEnthalpyEv();

        @JsonIgnore
        abstract double[] temperaturesK();
    }

    @JsonPropertyOrder({"correlation_factor", "haven_ratio", "charge_e", "dimension"})
    abstract static class HopMixin {
        @JsonProperty("correlation_factor")
        abstract double correlationFactor();

        @JsonProperty("haven_ratio")
        abstract double havenRatio();

        @JsonProperty("charge_e")
        abstract double chargeE();
    }

    @JsonPropertyOrder({"temperature_K", "sigma_S_per_cm", "charge_diffusivity_cm2_per_s",
        "tracer_diffusivity_cm2_per_s", "jump_rate_per_s"})
    abstract static class SigmaRowMixin {
        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonProperty("sigma_S_per_cm")
        abstract double sigmaSPerCm();

        @JsonProperty("charge_diffusivity_cm2_per_s")
        abstract double chargeDiffusivityCm2PerS();

        @JsonProperty("tracer_diffusivity_cm2_per_s")
        abstract double tracerDiffusivityCm2PerS();

        @JsonProperty("jump_rate_per_s")
        abstract double jumpRatePerS();
    }

    @JsonPropertyOrder({"point", "fit", "carrierDensity", "attempt"})
    abstract static class InvertMixin {
        @JsonIgnore
        abstract InvertSettings settings();

        @JsonUnwrapped
        abstract InvertResult.Point point();

        @JsonUnwrapped
        abstract InvertResult.Fit fit();

        @JsonUnwrapped
        abstract InvertResult.CarrierDensity carrierDensity();

        @JsonUnwrapped
        abstract InvertResult.Attempt attempt();
    }

    @JsonPropertyOrder({"sigma_S_per_cm", "temperature_K", "activation_enthalpy_eV"})
    abstract static class PointMixin {
        @JsonProperty("sigma_S_per_cm")
        abstract double sigmaSPerCm();

        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonProperty("activation_enthalpy_eV")
        abstract double activationEnthalpyEv();
    }

    @JsonPropertyOrder({"activationEnthalpyEv", "convention", "points"})
    abstract static class FitMixin {
        @JsonMeasured(value = "activation_enthalpy_eV", err = "activation_enthalpy_err_eV")
        abstract Measured activationEnthalpyEv();
    }

    abstract static class DensityMixin {
        @JsonMeasured(value = "carrier_density_per_cm3", err = "carrier_density_err_per_cm3")
        abstract Measured perCm3();
    }

    @JsonPropertyOrder({"effectiveThz", "attempt_frequency_THz", "activation_entropy_kB"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class AttemptMixin {
        @JsonMeasured(value = "effective_attempt_frequency_THz", err = "effective_attempt_frequency_err_THz")
        abstract Measured effectiveThz();

        @JsonProperty("attempt_frequency_THz")
        abstract Double attemptFrequencyThz();

        @JsonProperty("activation_entropy_kB")
        abstract Double activationEntropyKb();
    }

    @JsonPropertyOrder({"attempt_frequency_THz", "rates"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class VineyardMixin {
        @JsonIgnore
        abstract VineyardSettings settings();

        @JsonProperty("attempt_frequency_THz")
        abstract double attemptFrequencyThz();
    }

    @JsonPropertyOrder({"temperature_K", "rate_per_s"})
    abstract static class RateMixin {
        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonProperty("rate_per_s")
        abstract double ratePerS();
    }

    @JsonPropertyOrder({"barrier_lowering_eV", "results"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class PhononMixin {
        @JsonIgnore
        abstract PhononSettings settings();

        @JsonProperty("barrier_lowering_eV")
        abstract Double barrierLoweringEv();
    }

    @JsonPropertyOrder({"temperature_K", "spread_eV", "effective_barrier_eV", "mean_rate_per_s", "enhancement"})
    abstract static class PhononRowMixin {
        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonProperty("spread_eV")
        abstract double spreadEv();

        @JsonProperty("effective_barrier_eV")
        abstract double effectiveBarrierEv();

        @JsonProperty("mean_rate_per_s")
        abstract double meanRatePerS();
    }

    @JsonPropertyOrder({"light_amu", "heavy_amu", "classical_ratio", "measurement"})
    abstract static class IsotopeMixin {
        @JsonIgnore
        abstract IsotopeSettings settings();

        @JsonProperty("light_amu")
        abstract double lightAmu();

        @JsonProperty("heavy_amu")
        abstract double heavyAmu();

        @JsonProperty("classical_ratio")
        abstract double classicalRatio();

        @JsonUnwrapped
        abstract IsotopeResult.Measurement measurement();
    }

    @JsonPropertyOrder({"measured_ratio", "parameter"})
    abstract static class IsotopeMeasurementMixin {
        @JsonProperty("measured_ratio")
        abstract double ratio();

        @JsonMeasured(value = "isotope_effect_parameter", err = "isotope_effect_parameter_err")
        abstract Measured parameter();

        @JsonIgnore
        abstract boolean belowOne();
    }

    @JsonPropertyOrder({"entropy_kB_per_formula_unit", "entropy_J_per_mol_K", "mixing"})
    abstract static class EntropyMixin {
        @JsonIgnore
        abstract Object settings();

        @JsonProperty("entropy_kB_per_formula_unit")
        abstract double entropyKbPerFormulaUnit();

        @JsonProperty("entropy_J_per_mol_K")
        abstract double entropyJPerMolK();

        @JsonUnwrapped
        abstract EntropyResult.Mixing mixing();
    }

    @JsonPropertyOrder({"stability_temperature_K", "mixing_free_energy"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class MixingMixin {
        @JsonProperty("stability_temperature_K")
        abstract double stabilityTemperatureK();

        @JsonProperty("mixing_free_energy")
        abstract List<EntropyResult.Row> mixingFreeEnergy();
    }

    @JsonPropertyOrder({"temperature_K", "dG_mix_eV"})
    abstract static class MixingRowMixin {
        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonProperty("dG_mix_eV")
        abstract double mixingFreeEnergyEv();
    }
}
