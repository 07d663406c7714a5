package org.ionhop.cli.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.JsonMeasured;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.impedance.Arc;
import org.ionhop.impedance.ArrheniusLaws;
import org.ionhop.impedance.CandidateScore;
import org.ionhop.impedance.Circuit;
import org.ionhop.impedance.Drt;
import org.ionhop.impedance.FittedSpectrum;
import org.ionhop.impedance.Geometry;
import org.ionhop.impedance.ImpedanceResult;
import org.ionhop.impedance.ImpedanceSettings;
import org.ionhop.impedance.KramersKronigCheck;
import org.ionhop.impedance.LinKK;
import org.ionhop.impedance.Spectrum;
import org.ionhop.impedance.SpectrumResult;
import org.ionhop.impedance.TemperatureSeries;
import org.ionhop.impedance.Weighting;
import org.ionhop.nmr.BppFit;
import org.ionhop.nmr.HavenResult;
import org.ionhop.nmr.LineShape;
import org.ionhop.nmr.LineshapeFit;
import org.ionhop.nmr.LineshapeResult;
import org.ionhop.nmr.PfgResult;
import org.ionhop.nmr.RelaxationKind;
import org.ionhop.nmr.RelaxationResult;
import org.ionhop.nmr.StejskalTanner;
import org.ionhop.stats.Measured;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.transport.ArrheniusFit;

/**
 * JSON of the impedance and NMR result records: Jackson mix-ins that give the core records the documented key
 * names and order (the keys of README and docs/impedance.md, docs/nmr.md), and the units of their {@code meta}.
 */
final class ExperimentJson {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .addMixIn(ImpedanceResult.class, ImpedanceResultMixIn.class)
            .addMixIn(Circuit.class, CircuitMixIn.class)
            .addMixIn(Geometry.class, GeometryMixIn.class)
            .addMixIn(SpectrumResult.class, SpectrumResultMixIn.class)
            .addMixIn(Arc.class, ArcMixIn.class)
            .addMixIn(KramersKronigCheck.class, KramersKronigMixIn.class)
            .addMixIn(Drt.class, DrtMixIn.class)
            .addMixIn(Drt.Peak.class, PeakMixIn.class)
            .addMixIn(ArrheniusLaws.class, ArrheniusLawsMixIn.class)
            .addMixIn(ArrheniusFit.class, ArrheniusFitMixIn.class)
            .addMixIn(RelaxationResult.class, RelaxationMixIn.class)
            .addMixIn(PfgResult.class, PfgMixIn.class)
            .addMixIn(HavenResult.class, HavenMixIn.class)
            .addMixIn(LineshapeResult.class, LineshapeMixIn.class)
            .addMixIn(LineshapeResult.Component.class, ComponentMixIn.class);

    private ExperimentJson() {
    }

    /** Units of the impedance numbers. */
    static Map<String, String> eisUnits() {
        return UnitNames.of("temperature", "resistance", "capacitance", "time_s", "frequency", "conductivity",
                "conductivity_times_T", "energy");
    }

    /** Units of the NMR numbers. */
    static Map<String, String> nmrUnits() {
        return UnitNames.of("temperature", "rate", "time_s", "energy", "diffusivity", "b_value",
                "number_density_per_A3", "conductivity");
    }

    /** A result record as a JSON tree. */
    static ObjectNode tree(Object result) {
        return MAPPER.valueToTree(result);
    }

    /** A result record with its {@code meta} block (units, settings). */
    static ObjectNode withMeta(Object result, String command, List<Path> inputs, Map<String, String> units,
                               Object settings) {
        ObjectNode o = tree(result);
        o.set("meta", Json.meta(command, inputs, null, units, settings));
        return o;
    }

    /** Writes the value of a {@link Measured} alone (where the documented output has no error key). */
    static final class ValueOnly extends JsonSerializer<Measured> {
        @Override
        public void serialize(Measured m, JsonGenerator g, SerializerProvider p) throws IOException {
            if (m == null || !Double.isFinite(m.value())) {
                g.writeNull();
            } else {
                g.writeNumber(m.value());
            }
        }
    }

    /** Writes an enum constant in lower case ("modulus", "gaussian"). */
    static final class LowerCase extends JsonSerializer<Enum<?>> {
        @Override
        public void serialize(Enum<?> e, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(e.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A missing Arrhenius law: its three main keys, null. */
    static final class MissingLaw extends JsonSerializer<Object> {
        @Override
        public void serialize(Object v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeNullField("Ea_eV");
            g.writeNullField("Ea_err_eV");
            g.writeNullField("prefactor");
            g.writeEndObject();
        }
    }

    @JsonPropertyOrder({"circuit", "geometry", "fits", "arrhenius"})
    abstract static class ImpedanceResultMixIn {
        @JsonIgnore
        abstract ImpedanceSettings settings();

        @JsonIgnore
        abstract List<CandidateScore> candidates();

        @JsonIgnore
        abstract TemperatureSeries series();
    }

    abstract static class CircuitMixIn {
        @JsonValue
        abstract String text();
    }

    @JsonPropertyOrder({"thickness_cm", "area_cm2"})
    abstract static class GeometryMixIn {
        @JsonProperty("thickness_cm")
        abstract double thicknessCm();

        @JsonProperty("area_cm2")
        abstract double areaCm2();
    }

    @JsonPropertyOrder({"file", "temperature_K", "points", "weighting", "parameters", "errors", "arcs", "R_bulk",
            "R_gb", "C_bulk_F", "C_gb_F", "sigma_bulk", "sigma_gb_S_cm", "sigma_total", "chi2", "reduced_chi2", "dof",
            "relative_rms", "starts", "lin_kk", "drt"})
    abstract static class SpectrumResultMixIn {
        /** Present only when the fit is not sound (see the core's FitCheck). */
        @JsonProperty("warnings")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> warnings();

        @JsonIgnore
        abstract FittedSpectrum fitted();

        @JsonIgnore
        abstract Spectrum spectrum();

        @JsonProperty("file")
        abstract String file();

        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonProperty("points")
        abstract int points();

        @JsonProperty("weighting")
        @JsonSerialize(using = LowerCase.class)
        abstract Weighting weighting();

        @JsonProperty("parameters")
        abstract Map<String, Double> parameters();

        @JsonProperty("errors")
        abstract Map<String, Double> errors();

        @JsonProperty("arcs")
        abstract List<Arc> arcs();

        @JsonProperty("R_bulk")
        @JsonMeasured(value = "R_bulk_ohm", err = "R_bulk_err_ohm")
        abstract Measured bulkResistanceOhm();

        @JsonProperty("R_gb")
        @JsonMeasured(value = "R_gb_ohm", err = "R_gb_err_ohm")
        abstract Measured grainBoundaryResistanceOhm();

        @JsonProperty("C_bulk_F")
        abstract double bulkCapacitanceF();

        @JsonProperty("C_gb_F")
        abstract double grainBoundaryCapacitanceF();

        @JsonProperty("sigma_bulk")
        @JsonMeasured(value = "sigma_bulk_S_cm", err = "sigma_bulk_err_S_cm")
        abstract Measured bulkConductivitySPerCm();

        @JsonProperty("sigma_gb_S_cm")
        @JsonSerialize(using = ValueOnly.class)
        abstract Measured grainBoundaryConductivitySPerCm();

        @JsonProperty("sigma_total")
        @JsonMeasured(value = "sigma_total_S_cm", err = "sigma_total_err_S_cm")
        abstract Measured totalConductivitySPerCm();

        @JsonProperty("chi2")
        abstract double chiSquare();

        @JsonProperty("reduced_chi2")
        abstract double reducedChiSquare();

        @JsonProperty("dof")
        abstract int dof();

        @JsonProperty("relative_rms")
        abstract double relativeRms();

        @JsonProperty("starts")
        abstract int starts();

        @JsonProperty("lin_kk")
        abstract KramersKronigCheck linKK();

        @JsonProperty("drt")
        abstract Drt drt();
    }

    @JsonPropertyOrder({"label", "resistor", "capacitor", "R_ohm", "R_err_ohm", "C_eff_F", "n", "tau_s", "f_apex_Hz"})
    abstract static class ArcMixIn {
        @JsonProperty("resistor")
        abstract String resistorName();

        @JsonProperty("capacitor")
        abstract String capacitorName();

        @JsonProperty("R_ohm")
        abstract double resistanceOhm();

        @JsonProperty("R_err_ohm")
        abstract double resistanceErrOhm();

        @JsonProperty("C_eff_F")
        abstract double capacitanceF();

        @JsonProperty("tau_s")
        abstract double timeConstantS();

        @JsonProperty("f_apex_Hz")
        abstract double apexFrequencyHz();
    }

    @JsonPropertyOrder({"M", "mu", "residual_rms", "residual_max", "tolerance", "passes"})
    abstract static class KramersKronigMixIn {
        @JsonIgnore
        abstract LinKK test();

        @JsonProperty("M")
        abstract int elements();

        @JsonProperty("mu")
        abstract double mu();

        @JsonProperty("residual_rms")
        abstract double residualRms();

        @JsonProperty("residual_max")
        abstract double residualMax();

        @JsonProperty("passes")
        abstract boolean passes();
    }

    @JsonPropertyOrder({"lambda", "R_inf_ohm", "C_series_F", "peaks"})
    abstract static class DrtMixIn {
        @JsonIgnore
        abstract double[] tauS();

        @JsonIgnore
        abstract double[] gammaOhm();

        @JsonIgnore
        abstract double inductanceH();

        @JsonIgnore
        abstract Spectrum fit();

        @JsonProperty("R_inf_ohm")
        abstract double rInfOhm();

        @JsonProperty("C_series_F")
        abstract double seriesCapacitanceF();
    }

    @JsonPropertyOrder({"tau_s", "f_Hz", "R_ohm"})
    abstract static class PeakMixIn {
        @JsonProperty("tau_s")
        abstract double tauS();

        @JsonProperty("f_Hz")
        abstract double frequencyHz();

        @JsonProperty("R_ohm")
        abstract double resistanceOhm();
    }

    @JsonPropertyOrder({"convention", "quantity", "bulk", "grain_boundary", "total"})
    abstract static class ArrheniusLawsMixIn {
        @JsonIgnore
        abstract boolean conductance();

        @JsonProperty("convention")
        abstract ArrheniusConvention convention();

        @JsonProperty("quantity")
        abstract String quantity();

        @JsonProperty("bulk")
        @JsonSerialize(nullsUsing = MissingLaw.class)
        abstract ArrheniusFit bulk();

        @JsonProperty("grain_boundary")
        @JsonSerialize(nullsUsing = MissingLaw.class)
        abstract ArrheniusFit grainBoundary();

        @JsonProperty("total")
        @JsonSerialize(nullsUsing = MissingLaw.class)
        abstract ArrheniusFit total();
    }

    @JsonPropertyOrder({"Ea_eV", "Ea_err_eV", "prefactor", "ln_prefactor", "ln_prefactor_err", "reduced_chi2",
            "points"})
    abstract static class ArrheniusFitMixIn {
        @JsonIgnore
        abstract ArrheniusConvention convention();

        @JsonIgnore
        abstract double covLnAEa();

        @JsonIgnore
        abstract boolean scaleFromResiduals();

        @JsonProperty("Ea_eV")
        abstract double activationEnergyEv();

        @JsonProperty("Ea_err_eV")
        abstract double activationEnergyErrEv();

        @JsonProperty("prefactor")
        abstract double prefactor();

        @JsonProperty("ln_prefactor")
        abstract double lnPrefactor();

        @JsonProperty("ln_prefactor_err")
        abstract double lnPrefactorErr();

        @JsonProperty("reduced_chi2")
        abstract double reducedChiSquare();

        @JsonProperty("points")
        abstract int points();
    }

    @JsonPropertyOrder({"kind", "model", "larmor_Hz", "lock_Hz", "Ea", "Ea_low", "beta", "tau0", "prefactor",
            "peak_temperature_K", "peak_omega_tau", "jump_rate_at_peak_per_s", "chi2", "dof", "points"})
    abstract static class RelaxationMixIn {
        /** Present only when the fit is not sound (see the core's FitCheck). */
        @JsonProperty("warnings")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> warnings();

        @JsonIgnore
        abstract boolean asymmetric();

        @JsonIgnore
        abstract BppFit fit();

        @JsonProperty("kind")
        abstract RelaxationKind kind();

        @JsonProperty("model")
        abstract String model();

        @JsonProperty("larmor_Hz")
        abstract double larmorHz();

        @JsonProperty("lock_Hz")
        abstract double lockHz();

        @JsonProperty("Ea")
        @JsonMeasured(value = "Ea_eV", err = "Ea_err_eV")
        abstract Measured activationEnergyEv();

        @JsonProperty("Ea_low")
        @JsonMeasured(value = "Ea_low_eV", err = "Ea_low_err_eV")
        abstract Measured lowFlankEaEv();

        @JsonProperty("beta")
        @JsonMeasured(value = "beta", err = "beta_err")
        abstract Measured beta();

        @JsonProperty("tau0")
        @JsonMeasured(value = "tau0_s", err = "tau0_err_s")
        abstract Measured tau0S();

        @JsonProperty("prefactor")
        @JsonMeasured(value = "prefactor_C_per_s2", err = "prefactor_err_per_s2")
        abstract Measured prefactorPerS2();

        @JsonProperty("peak_temperature_K")
        abstract double peakTemperatureK();

        @JsonProperty("peak_omega_tau")
        abstract double peakOmegaTau();

        @JsonProperty("jump_rate_at_peak_per_s")
        abstract double jumpRateAtPeakPerS();

        @JsonProperty("chi2")
        abstract double chiSquare();
    }

    @JsonPropertyOrder({"D_star", "S0", "points", "dof"})
    abstract static class PfgMixIn {
        /** Present only when the fit is not sound (see the core's FitCheck). */
        @JsonProperty("warnings")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> warnings();

        @JsonIgnore
        abstract StejskalTanner fit();

        @JsonProperty("D_star")
        @JsonMeasured(value = "D_star_cm2_s", err = "D_star_err_cm2_s")
        abstract Measured diffusivityCm2PerS();

        @JsonProperty("S0")
        @JsonMeasured(value = "S0", err = "S0_err")
        abstract Measured s0();
    }

    @JsonPropertyOrder({"haven_ratio", "D_star_cm2_s", "D_sigma_cm2_s", "carrier_density_per_A3", "temperature_K"})
    abstract static class HavenMixIn {
        @JsonProperty("haven_ratio")
        @JsonMeasured(value = "haven_ratio", err = "haven_ratio_err")
        abstract Measured havenRatio();

        @JsonProperty("D_star_cm2_s")
        @JsonSerialize(using = ValueOnly.class)
        abstract Measured tracerCm2PerS();

        @JsonProperty("D_sigma_cm2_s")
        abstract double chargeDiffusivityCm2PerS();

        @JsonProperty("carrier_density_per_A3")
        abstract double carrierDensityPerA3();

        @JsonProperty("temperature_K")
        abstract double temperatureK();
    }

    @JsonPropertyOrder({"components", "chi2", "dof"})
    abstract static class LineshapeMixIn {
        /** Present only when the fit is not sound (see the core's FitCheck). */
        @JsonProperty("warnings")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> warnings();

        @JsonIgnore
        abstract double[] shift();

        @JsonIgnore
        abstract double[] intensity();

        @JsonIgnore
        abstract LineshapeFit fit();

        @JsonProperty("chi2")
        abstract double chiSquare();
    }

    @JsonPropertyOrder({"shape", "centre", "fwhm", "eta", "area", "fraction"})
    abstract static class ComponentMixIn {
        @JsonProperty("shape")
        @JsonSerialize(using = LowerCase.class)
        abstract LineShape shape();

        @JsonProperty("centre")
        @JsonMeasured(value = "centre", err = "centre_err")
        abstract Measured centre();

        @JsonProperty("fwhm")
        @JsonMeasured(value = "fwhm", err = "fwhm_err")
        abstract Measured fwhm();

        @JsonProperty("area")
        @JsonMeasured(value = "area", err = "area_err")
        abstract Measured area();

        @JsonProperty("fraction")
        @JsonMeasured(value = "fraction", err = "fraction_err")
        abstract Measured fraction();
    }
}
