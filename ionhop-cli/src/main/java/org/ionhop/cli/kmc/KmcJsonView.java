package org.ionhop.cli.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.StdConverter;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.JsonMeasured;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.kmc.KmcEstimates;
import org.ionhop.kmc.KmcResult;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSource;
import org.ionhop.kmc.KmcStudyResult;
import org.ionhop.kmc.KmcSweep;
import org.ionhop.network.SiteNetwork;
import org.ionhop.stats.Measured;
import org.ionhop.structure.Structure;
import org.ionhop.transport.ArrheniusFit;

/**
 * JSON of kinetic Monte Carlo results (keys and units documented in README and docs/kmc.md): Jackson mix-ins on the
 * core result records, and the two documents that hold them (the command's output and one run of the report).
 */
final class KmcJsonView {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .addMixIn(KmcEstimates.class, EstimatesMixIn.class)
            .addMixIn(KmcEstimates.Drift.class, DriftMixIn.class)
            .addMixIn(KmcEstimates.Order.class, OrderMixIn.class)
            .addMixIn(KmcStudyResult.class, StudyMixIn.class)
            .addMixIn(ArrheniusFit.class, FitMixIn.class)
            .addMixIn(KmcSource.class, SourceMixIn.class)
            .addMixIn(KmcSource.Network.class, NetworkSourceMixIn.class)
            .addMixIn(KmcSource.StructureSites.class, StructureSourceMixIn.class);

    private KmcJsonView() {
    }

    /** The units of the meta block. */
    static Map<String, String> units() {
        return UnitNames.of("diffusivity", "conductivity", "temperature", "energy", "time", "length", "velocity",
                "field", "number_density_per_A3");
    }

    /** A value as a tree, through the kMC mix-ins. */
    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** The settings for {@code meta.settings}: the source by its options (not the whole network or structure). */
    static JsonNode settings(KmcSettings s) {
        return tree(s);
    }

    /**
     * The output of {@code ionhop kmc}: values of the first temperature at the top level, all of them in
     * {@code sweep} (with two or more temperatures), then the Arrhenius fits.
     */
    @JsonPropertyOrder({"meta", "study", "sweep", "arrhenius_sigma", "arrhenius_D_tracer", "note", "plots"})
    record CommandDocument(JsonNode meta, @JsonUnwrapped KmcStudyResult study,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<KmcEstimates> sweep,
                           @JsonProperty("arrhenius_sigma") @JsonInclude(JsonInclude.Include.NON_NULL) Fit sigmaFit,
                           @JsonProperty("arrhenius_D_tracer") @JsonInclude(JsonInclude.Include.NON_NULL) Fit tracerFit,
                           String note, List<String> plots) {
        static CommandDocument of(JsonNode meta, KmcStudyResult r, String note, List<String> plots) {
            boolean sweep = r.temperatures().size() > 1;
            return new CommandDocument(meta, r, sweep ? r.temperatures() : null, Fit.sigma(r.sweep()),
                    Fit.tracer(r.sweep()), note, plots);
        }
    }

    /** One run of the report's kMC section: every temperature in {@code sweep}. */
    @JsonPropertyOrder({"file", "supercell", "first", "sweep", "arrhenius_sigma", "arrhenius_D_tracer"})
    record ReportRun(String file, int supercell, @JsonUnwrapped KmcEstimates first, List<KmcEstimates> sweep,
                     @JsonProperty("arrhenius_sigma") @JsonInclude(JsonInclude.Include.NON_NULL) Fit sigmaFit,
                     @JsonProperty("arrhenius_D_tracer") @JsonInclude(JsonInclude.Include.NON_NULL) Fit tracerFit) {
        static ReportRun of(String file, KmcStudyResult r) {
            return new ReportRun(file, r.supercell(), r.first(), r.temperatures(), Fit.sigma(r.sweep()),
                    Fit.tracer(r.sweep()));
        }
    }

    /** A run of the report that could not be done. */
    record ReportError(String file, String error) {
    }

    /** An Arrhenius fit with the form it fitted. */
    @JsonPropertyOrder({"form", "fit"})
    record Fit(String form, @JsonUnwrapped ArrheniusFit fit) {
        static Fit sigma(KmcSweep s) {
            return s.conductivityFit().map(f -> new Fit("sigma*T = A exp(-E_a/k_B T)", f)).orElse(null);
        }

        static Fit tracer(KmcSweep s) {
            return s.tracerFit().map(f -> new Fit("D* = A exp(-E_a/k_B T)", f)).orElse(null);
        }
    }

    /**
     * A warning when the tracer MSD grows markedly slower than t at the end of the run at some temperature
     * ({@link KmcEstimates#tracerSubdiffusive}), else empty: D*, f and H_R are then not converged.
     */
    static Optional<String> subdiffusionWarning(KmcStudyResult result) {
        List<String> flagged = new ArrayList<>();
        for (KmcEstimates r : result.subdiffusive()) {
            Measured x = r.tracerMsdExponent();
            flagged.add(String.format(Locale.ROOT, "%.0f K (MSD ~ t^%.2f±%.2f)", r.temperatureK(), x.value(), x.err()));
        }
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the tracer MSD is sub-diffusive at " + String.join(", ", flagged)
                + ": ions in channels they cannot pass each other in (single file) or in deep traps. D_tracer, "
                + "correlation_factor and haven_ratio then depend on the run length (single file: D* -> 0); "
                + "D_sigma and sigma do not.");
    }

    /**
     * A warning when the network makes the ions move in single file ({@link KmcStudyResult#singleFile}: every site
     * has at most two neighbouring sites), whatever the MSD's slope says; else empty.
     */
    static Optional<String> singleFileWarning(KmcStudyResult result) {
        if (!result.singleFile()) {
            return Optional.empty();
        }
        return Optional.of("every site of the network has at most two neighbouring sites: the ions move in single "
                + "file (channels they cannot pass each other in). D_tracer, correlation_factor and haven_ratio then "
                + "fall with the cell length (D* -> 0 in an infinite channel; compare --supercell values); D_sigma and "
                + "sigma do not.");
    }

    /**
     * A note when the hop graph falls apart into several connected parts ({@link KmcResult#connectedParts}, e.g.
     * one-dimensional channels), else empty: how the ions are split over the parts and where the error bars come
     * from (docs/kmc.md, 2.3 and 3).
     */
    static Optional<String> separatePartsWarning(KmcStudyResult result) {
        KmcResult first = result.sweep().results().get(0);
        int parts = first.connectedParts();
        if (parts < 2) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the hop network falls apart into %d separate parts (e.g. "
                + "one-dimensional channels) that ions never pass between: each replica draws the ions' split over "
                + "the parts from the Boltzmann distribution at the start and keeps it, so the error bars come from "
                + "the scatter between the %d replicas%s. Where the ions of a part cannot pass each other, the part "
                + "moves as a whole at long times (H_R -> 1/n for n ions), so D_tracer, correlation_factor and "
                + "haven_ratio depend on the cell.", parts, first.replicas().size(),
                first.replicas().size() < 2 ? " (one replica: block errors, too small)" : ""));
    }

    /**
     * A warning when at some temperature the run does not resolve D_sigma ({@link KmcResult#collectiveUnresolved}:
     * relative standard error above 25 %), else empty: D_sigma, sigma and haven_ratio and their error bars are then
     * not to be trusted.
     */
    static Optional<String> collectiveWarning(KmcStudyResult result) {
        List<String> flagged = new ArrayList<>();
        for (KmcResult r : result.collectiveUnresolved()) {
            Measured d = r.chargeDiffusivity();
            flagged.add(String.format(Locale.ROOT, "%.0f K (±%.0f %%)", r.parameters().temperatureK(),
                    100 * d.err() / Math.abs(d.value())));
        }
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("D_sigma is not resolved at " + String.join(", ", flagged) + ": its standard error exceeds "
                + "25 %, so D_sigma, sigma and haven_ratio rest on a few independent collective displacements and "
                + "their error bars may be several times too small; use more --steps (and --replicas).");
    }

    /**
     * A warning when the blocks hold too few hops per ion for the f and D* reported at some temperature
     * ({@link KmcResult#shortBlocks}: the expected upward bias of f exceeds the error bars), else empty.
     */
    static Optional<String> shortBlockWarning(KmcStudyResult result) {
        List<String> flagged = new ArrayList<>();
        for (KmcResult r : result.shortBlocks()) {
            flagged.add(String.format(Locale.ROOT, "%.0f K (%.3g hops per ion per block, bias of f about +%.2g, "
                    + "needs %.2g)", r.parameters().temperatureK(), r.hopsPerIonPerBlock(), r.blockBiasOfF(),
                    r.hopsPerIonNeeded()));
        }
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("blocks too short for the correlation factor and D_tracer at " + String.join(", ", flagged)
                + ": f and D* of a block exceed their long-time values by about (1 - f^2) g(n) / 2n (docs/kmc.md, "
                + "section 3), more than their error bars; use fewer --blocks or more --steps.");
    }

    /** Keys of one temperature, in the documented order. */
    @JsonPropertyOrder({"temperature_K", "ions", "sites", "vacancies", "dimension", "tracerDiffusivityCm2PerS",
        "tracerDiffusivityXCm2PerS", "tracerDiffusivityYCm2PerS", "tracerDiffusivityZCm2PerS",
        "chargeDiffusivityCm2PerS", "havenRatio", "correlationFactor", "conductivitySPerCm",
        "conductivityFromTracerSPerCm", "number_density_per_A3", "drift", "occupancy_by_site_type", "order",
        "D_tracer_by_isotope", "tracerMsdExponent", "tracer_subdiffusive", "effective_samples", "replicas", "events",
        "equilibration_events", "events_per_second", "simulated_time_ps"})
    abstract static class EstimatesMixIn {
        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonMeasured(value = "D_tracer_cm2_s", err = "D_tracer_err_cm2_s")
        abstract Measured tracerDiffusivityCm2PerS();

        @JsonMeasured(value = "D_tracer_x_cm2_s", err = "D_tracer_x_err_cm2_s")
        abstract Measured tracerDiffusivityXCm2PerS();

        @JsonMeasured(value = "D_tracer_y_cm2_s", err = "D_tracer_y_err_cm2_s")
        abstract Measured tracerDiffusivityYCm2PerS();

        @JsonMeasured(value = "D_tracer_z_cm2_s", err = "D_tracer_z_err_cm2_s")
        abstract Measured tracerDiffusivityZCm2PerS();

        @JsonMeasured(value = "D_sigma_cm2_s", err = "D_sigma_err_cm2_s")
        abstract Measured chargeDiffusivityCm2PerS();

        @JsonMeasured(value = "haven_ratio", err = "haven_ratio_err")
        abstract Measured havenRatio();

        @JsonMeasured(value = "correlation_factor", err = "correlation_factor_err")
        abstract Measured correlationFactor();

        @JsonMeasured(value = "sigma_S_cm", err = "sigma_err_S_cm")
        abstract Measured conductivitySPerCm();

        @JsonMeasured(value = "sigma_from_tracer_S_cm", err = "sigma_from_tracer_err_S_cm")
        abstract Measured conductivityFromTracerSPerCm();

        @JsonProperty("number_density_per_A3")
        abstract double numberDensityPerA3();

        @JsonUnwrapped
        abstract KmcEstimates.Drift drift();

        @JsonProperty("occupancy_by_site_type")
        @JsonSerialize(contentConverter = ToMean.class)
        abstract Map<String, Measured> occupancyByType();

        @JsonUnwrapped
        abstract KmcEstimates.Order order();

        @JsonProperty("D_tracer_by_isotope")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonSerialize(contentConverter = ToIsotope.class)
        abstract Map<String, Measured> tracerDiffusivityByIsotopeCm2PerS();

        @JsonMeasured(value = "tracer_msd_exponent", err = "tracer_msd_exponent_err")
        abstract Measured tracerMsdExponent();

        @JsonProperty("tracer_subdiffusive")
        abstract boolean tracerSubdiffusive();

        @JsonProperty("effective_samples")
        abstract int effectiveSamples();

        @JsonProperty("equilibration_events")
        abstract long equilibrationEvents();

        @JsonProperty("events_per_second")
        abstract double eventsPerSecond();

        @JsonProperty("simulated_time_ps")
        abstract double simulatedTimePs();
    }

    @JsonPropertyOrder({"field_V_per_A", "velocityAPerPs", "conductivitySPerCm"})
    abstract static class DriftMixIn {
        @JsonProperty("field_V_per_A")
        abstract double fieldVPerA();

        @JsonMeasured(value = "drift_velocity_A_ps", err = "drift_velocity_A_ps_err")
        abstract Measured velocityAPerPs();

        @JsonMeasured(value = "sigma_drift_S_cm", err = "sigma_drift_err_S_cm")
        abstract Measured conductivitySPerCm();
    }

    abstract static class OrderMixIn {
        @JsonMeasured(value = "order_parameter", err = "order_parameter_err")
        abstract Measured orderParameter();

        @JsonMeasured(value = "binder_cumulant", err = "binder_cumulant_err")
        abstract Measured binderCumulant();
    }

    /** An occupancy as {"mean", "mean_err"}. */
    record Mean(@JsonMeasured(value = "mean", err = "mean_err") Measured mean) {
    }

    /** A tracer diffusivity of one isotope as {"D_tracer_cm2_s", "D_tracer_err_cm2_s"}. */
    record IsotopeDiffusivity(@JsonMeasured(value = "D_tracer_cm2_s", err = "D_tracer_err_cm2_s") Measured d) {
    }

    static final class ToMean extends StdConverter<Measured, Mean> {
        @Override
        public Mean convert(Measured m) {
            return new Mean(m);
        }
    }

    static final class ToIsotope extends StdConverter<Measured, IsotopeDiffusivity> {
        @Override
        public IsotopeDiffusivity convert(Measured m) {
            return new IsotopeDiffusivity(m);
        }
    }

    /** The study's own keys before the first temperature's (the rest is in meta.settings or the renderers'). */
    @JsonPropertyOrder({"source", "rate_law", "interaction_eV", "disorder_sigma_eV", "first"})
    @JsonIgnoreProperties({"settings", "sites", "hops", "dimension", "supercell", "ions", "isotopeLabels",
        "temperatures", "sweep"})
    abstract static class StudyMixIn {
        @JsonProperty("rate_law")
        abstract Object rateLaw();

        @JsonProperty("interaction_eV")
        abstract double interactionEv();

        @JsonProperty("disorder_sigma_eV")
        abstract double disorderSigmaEv();

        @JsonUnwrapped
        abstract KmcEstimates first();

        @JsonProperty("single_file")
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean singleFile();
    }

    @JsonPropertyOrder({"E_a_eV", "E_a_err_eV", "ln_prefactor", "ln_prefactor_err", "reduced_chi_square", "points"})
    @JsonIgnoreProperties({"convention", "covLnAEa", "scaleFromResiduals"})
    abstract static class FitMixIn {
        @JsonProperty("E_a_eV")
        abstract double activationEnergyEv();

        @JsonProperty("E_a_err_eV")
        abstract double activationEnergyErrEv();

        @JsonProperty("ln_prefactor")
        abstract double lnPrefactor();

        @JsonProperty("ln_prefactor_err")
        abstract double lnPrefactorErr();

        @JsonProperty("reduced_chi_square")
        abstract double reducedChiSquare();
    }

    /** The source's variant by name ("Lattice", "Network", "StructureSites"). */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    abstract static class SourceMixIn {
    }

    abstract static class NetworkSourceMixIn {
        @JsonIgnore
        abstract SiteNetwork network();
    }

    abstract static class StructureSourceMixIn {
        @JsonIgnore
        abstract Structure structure();
    }
}
