package org.ionhop.cli.md;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.JsonMeasured;
import org.ionhop.grid.PeriodicGrid;
import org.ionhop.stats.Measured;
import org.ionhop.trajectory.ArrheniusAnalysis;
import org.ionhop.trajectory.DensityResult;
import org.ionhop.trajectory.SiteAnalysis;
import org.ionhop.trajectory.TrajectorySettings;
import org.ionhop.trajectory.TransportResult;
import org.ionhop.units.Units;

/**
 * JSON of the trajectory results: Jackson mix-ins that give the core records ({@link TransportResult},
 * {@link DensityResult}, {@link SiteAnalysis}, {@link TrajectorySettings}) the documented key names and order, so the
 * core stays free of Jackson. Only the Arrhenius block has a serializer of its own, because its key names carry the
 * extrapolation temperature ({@code D_300K_cm2_s}), which annotations cannot spell.
 */
final class MdJsonMapper {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .addMixIn(TransportResult.class, TransportMixIn.class)
            .addMixIn(TransportResult.FitSummary.class, FitMixIn.class)
            .addMixIn(DensityResult.class, DensityMixIn.class)
            .addMixIn(SiteAnalysis.class, SitesMixIn.class)
            .addMixIn(SiteAnalysis.SiteType.class, SiteTypeMixIn.class)
            .addMixIn(TrajectorySettings.class, SettingsMixIn.class)
            .registerModule(new SimpleModule("md-arrhenius").addSerializer(ArrheniusAnalysis.class,
                    new ArrheniusSerializer()));

    private MdJsonMapper() {
    }

    /** Indented JSON of an output record. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The JSON tree of an output record (for the report's section object). */
    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    @JsonPropertyOrder({"source", "ion", "temperature_K", "D_tracer_cm2_s", "D_charge_cm2_s", "haven_ratio",
        "sigma_tracer_S_cm", "sigma_charge_S_cm", "sigma_tracer_basis", "sigma_charge_basis",
        "D_tracer_components_cm2_s", "D_tracer_by_species_cm2_s", "frames", "frame_interval_ps", "duration_ps", "n_ions",
        "volume_A3", "max_framework_drift_A", "fit"})
    abstract static class TransportMixIn {
        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonProperty("D_tracer_cm2_s")
        @JsonMeasured(value = "D_tracer_cm2_s", err = "D_tracer_err_cm2_s")
        abstract Measured tracerCm2PerS();

        @JsonProperty("D_charge_cm2_s")
        @JsonMeasured(value = "D_charge_cm2_s", err = "D_charge_err_cm2_s")
        abstract Measured chargeCm2PerS();

        @JsonProperty("haven_ratio")
        @JsonMeasured(value = "haven_ratio", err = "haven_ratio_err")
        abstract Measured havenRatio();

        @JsonProperty("sigma_tracer_S_cm")
        @JsonMeasured(value = "sigma_tracer_S_cm", err = "sigma_tracer_err_S_cm")
        abstract Measured sigmaTracerSPerCm();

        @JsonProperty("sigma_charge_S_cm")
        @JsonMeasured(value = "sigma_charge_S_cm", err = "sigma_charge_err_S_cm")
        abstract Measured sigmaChargeSPerCm();

        @JsonProperty("sigma_tracer_basis")
        abstract String sigmaTracerBasis();

        @JsonProperty("sigma_charge_basis")
        abstract String sigmaChargeBasis();

        @JsonProperty("D_tracer_components_cm2_s")
        @JsonMeasured(value = "D_tracer_components_cm2_s", err = "D_tracer_components_err_cm2_s")
        abstract List<Measured> tracerComponentsCm2PerS();

        /** Written only when several species move. */
        @JsonProperty("D_tracer_by_species_cm2_s")
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = AtMostOneEntry.class)
        @JsonSerialize(contentUsing = DiffusivityWithError.class)
        abstract Map<String, Measured> tracerBySpeciesCm2PerS();

        @JsonProperty("frame_interval_ps")
        abstract double frameIntervalPs();

        @JsonProperty("duration_ps")
        abstract double durationPs();

        @JsonProperty("n_ions")
        abstract int ions();

        @JsonProperty("volume_A3")
        abstract double volumeA3();

        @JsonProperty("max_framework_drift_A")
        abstract double maxFrameworkDriftA();

        @JsonProperty("fit")
        abstract TransportResult.FitSummary fitSummary();

        @JsonIgnore
        abstract double ionChargeE();

        @JsonIgnore
        abstract Object regime();

        @JsonIgnore
        abstract Object tracer();

        @JsonIgnore
        abstract Object components();

        @JsonIgnore
        abstract Object tracerBySpecies();

        @JsonIgnore
        abstract Object charge();

        @JsonIgnore
        abstract Object msd();
    }

    @JsonPropertyOrder({"start_ps", "end_ps", "automatic", "diffusive_regime_found", "loglog_slope", "points",
        "reduced_chi2_tracer", "reduced_chi2_charge", "method"})
    abstract static class FitMixIn {
        @JsonProperty("start_ps")
        abstract double startPs();

        @JsonProperty("end_ps")
        abstract double endPs();

        @JsonProperty("diffusive_regime_found")
        abstract boolean diffusiveRegimeFound();

        @JsonProperty("loglog_slope")
        abstract double logLogSlope();

        @JsonProperty("reduced_chi2_tracer")
        abstract double reducedChiSquareTracer();

        @JsonProperty("reduced_chi2_charge")
        abstract double reducedChiSquareCharge();

        @JsonProperty("method")
        abstract String method();
    }

    @JsonPropertyOrder({"grid", "max_per_A3", "mean_per_A3", "isosurface_level_per_A3", "percolation_dimensionality",
        "threshold_1d_per_A3", "threshold_2d_per_A3", "threshold_3d_per_A3"})
    abstract static class DensityMixIn {
        @JsonIgnore
        abstract PeriodicGrid grid();

        @JsonIgnore
        abstract List<String> atomSpecies();

        @JsonIgnore
        abstract double[] atomFrac();

        @JsonProperty("grid")
        abstract int[] gridPoints();

        @JsonProperty("max_per_A3")
        abstract double maxPerA3();

        @JsonProperty("mean_per_A3")
        abstract double meanPerA3();

        @JsonProperty("isosurface_level_per_A3")
        abstract double levelPerA3();

        @JsonProperty("percolation_dimensionality")
        abstract int dimensionality();

        @JsonProperty("threshold_1d_per_A3")
        abstract double threshold1dPerA3();

        @JsonProperty("threshold_2d_per_A3")
        abstract double threshold2dPerA3();

        @JsonProperty("threshold_3d_per_A3")
        abstract double threshold3dPerA3();
    }

    @JsonPropertyOrder({"site_count", "unassigned_fraction", "jump_diffusivity_cm2_s", "correlation_factor", "types"})
    abstract static class SitesMixIn {
        @JsonProperty("site_count")
        abstract int siteCount();

        @JsonProperty("unassigned_fraction")
        abstract double unassignedFraction();

        @JsonProperty("jump_diffusivity_cm2_s")
        abstract double jumpDiffusivityCm2PerS();

        @JsonProperty("correlation_factor")
        abstract double correlationFactor();

        @JsonProperty("types")
        abstract Map<String, SiteAnalysis.SiteType> byType();

        @JsonIgnore
        abstract List<String> types();

        @JsonIgnore
        abstract double[] timeFraction();

        @JsonIgnore
        abstract double[] meanResidencePs();

        @JsonIgnore
        abstract long[] residenceEvents();

        @JsonIgnore
        abstract long[][] jumps();

        @JsonIgnore
        abstract double[][] jumpRatePerIonPerPs();

        @JsonIgnore
        abstract double jumpDiffusivityA2PerPs();
    }

    @JsonPropertyOrder({"time_fraction", "mean_residence_ps", "residence_events", "jumps_to",
        "jump_rate_per_ion_per_ps_to"})
    abstract static class SiteTypeMixIn {
        @JsonProperty("time_fraction")
        abstract double timeFraction();

        @JsonProperty("mean_residence_ps")
        abstract double meanResidencePs();

        @JsonProperty("residence_events")
        abstract long residenceEvents();

        @JsonProperty("jumps_to")
        abstract Map<String, Long> jumpsTo();

        @JsonProperty("jump_rate_per_ion_per_ps_to")
        abstract Map<String, Double> jumpRatePerIonPerPsTo();
    }

    /** Settings in {@code meta.settings}: paths as written by the user. */
    abstract static class SettingsMixIn {
        @JsonSerialize(contentUsing = ToStringSerializer.class)
        abstract List<Path> files();

        @JsonSerialize(using = ToStringSerializer.class)
        abstract Path lammpsData();
    }

    /** Excludes maps with fewer than two entries (one species: its D* is D_tracer already). */
    static final class AtMostOneEntry {
        @Override
        public boolean equals(Object o) {
            return !(o instanceof Map<?, ?> m) || m.size() <= 1;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** A diffusivity as {"D": value, "err": error}. */
    static final class DiffusivityWithError extends JsonSerializer<Measured> {
        @Override
        public void serialize(Measured m, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            finite(g, "D", m.value());
            finite(g, "err", m.err());
            g.writeEndObject();
        }
    }

    /** The Arrhenius block; key names carry the extrapolation temperature ("D_300K_cm2_s"). */
    static final class ArrheniusSerializer extends JsonSerializer<ArrheniusAnalysis> {
        @Override
        public void serialize(ArrheniusAnalysis a, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("fitted_quantity", "D_tracer");
            finite(g, "Ea_eV", a.fit().activationEnergyEv());
            finite(g, "Ea_err_eV", a.fit().activationEnergyErrEv());
            finite(g, "D0_cm2_s", Units.a2PerPsToCm2PerS(a.fit().prefactor()));
            finite(g, "ln_D0_err", a.fit().lnPrefactorErr());
            finite(g, "reduced_chi2", a.fit().reducedChiSquare());
            g.writeNumberField("points", a.fit().points());
            finite(g, "extrapolate_to_K", a.targetK());
            String t = String.format(Locale.ROOT, "%.0fK", a.targetK());
            finite(g, "D_" + t + "_cm2_s", Units.a2PerPsToCm2PerS(a.diffusivity().value()));
            pair(g, "D_" + t + "_interval68_cm2_s", Units.a2PerPsToCm2PerS(a.diffusivity().low68()),
                    Units.a2PerPsToCm2PerS(a.diffusivity().high68()));
            finite(g, "sigma_" + t + "_S_cm", a.sigmaSPerCm());
            pair(g, "sigma_" + t + "_interval68_S_cm", a.sigmaLow68SPerCm(), a.sigmaHigh68SPerCm());
            pair(g, "sigma_" + t + "_interval95_S_cm", a.sigmaLow95SPerCm(), a.sigmaHigh95SPerCm());
            g.writeStringField("sigma_basis", "Nernst-Einstein from the extrapolated D* (assumes H_R = 1)");
            g.writeEndObject();
        }

        private static void pair(JsonGenerator g, String key, double low, double high) throws IOException {
            g.writeArrayFieldStart(key);
            g.writeNumber(low);
            g.writeNumber(high);
            g.writeEndArray();
        }
    }

    private static void finite(JsonGenerator g, String key, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(key, v);
        } else {
            g.writeNullField(key);
        }
    }
}
