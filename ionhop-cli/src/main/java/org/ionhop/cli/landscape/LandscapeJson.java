package org.ionhop.cli.landscape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OnlyNamedProperties;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.landscape.OxidationReport;
import org.ionhop.landscape.PercolationBarriers;
import org.ionhop.network.NetworkSite;
import org.ionhop.structure.Element;
import org.ionhop.structure.OxidationSource;

/** The JSON of a BVSE run, from {@link LandscapeResult} through Jackson mix-ins (the documented keys). */
final class LandscapeJson {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .addMixIn(LandscapeResult.class, ResultMixIn.class)
            .addMixIn(PercolationBarriers.class, BarriersMixIn.class)
            .addMixIn(LandscapeResult.GridInfo.class, GridInfoMixIn.class)
            .addMixIn(NetworkSite.class, SiteMixIn.class)
            .addMixIn(LandscapeResult.HopType.class, HopTypeMixIn.class)
            .addMixIn(OxidationReport.class, OxidationReportMixIn.class)
            .addMixIn(OxidationReport.SiteState.class, SiteStateMixIn.class);

    private LandscapeJson() {
    }

    /**
     * The output of {@code bvse --json} and of one landscape of the report.
     *
     * @param meta    provenance block
     * @param result  the run
     * @param files   files written, by kind
     * @param seconds wall time of the run
     * @param note    the caveat
     * @param structureWarnings what the structure reader warned about (omitted when nothing)
     */
    record Output(ObjectNode meta, @JsonUnwrapped LandscapeResult result, Map<String, String> files, double seconds,
                  String note,
                  @JsonProperty("structure_warnings") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                  List<String> structureWarnings) {
    }

    /** The JSON tree of a run with its files. */
    static ObjectNode tree(Path input, LandscapeResult r, Map<String, Path> files) {
        Map<String, String> names = new LinkedHashMap<>();
        files.forEach((k, v) -> names.put(k, v.toString()));
        Output o = new Output(Json.meta("bvse", List.of(input), null, units(), r.settings()), r, names, r.seconds(),
                LandscapeAnalysis.ESTIMATE_NOTE, r.structure().warnings());
        return MAPPER.valueToTree(o);
    }

    static Map<String, String> units() {
        return UnitNames.of("energy", "length", "time_s");
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"ion", "ion_charge", "formula", "barriers", "num_sites", "num_hops", "oxidation_states_source",
        "oxidation_states", "oxidation_assignment", "grid", "pairs", "pairs_derived", "sites", "hop_types"})
    interface ResultMixIn {
        @JsonProperty("ion")
        Element ion();

        @JsonProperty("ion_charge")
        int ionCharge();

        @JsonProperty("formula")
        String formula();

        @JsonUnwrapped
        PercolationBarriers barriers();

        @JsonProperty("num_sites")
        int numSites();

        @JsonProperty("num_hops")
        int numHops();

        @JsonProperty("oxidation_states_source")
        @JsonSerialize(using = LowerCase.class)
        OxidationSource oxidationSource();

        @JsonProperty("oxidation_states")
        Map<Element, Double> oxidationStates();

        @JsonProperty("oxidation_assignment")
        OxidationReport oxidationReport();

        @JsonProperty("grid")
        LandscapeResult.GridInfo gridInfo();

        @JsonProperty("pairs")
        List<String> pairsUsed();

        @JsonProperty("pairs_derived")
        List<String> pairsDerived();

        @JsonProperty("sites")
        List<NetworkSite> sites();

        @JsonProperty("hop_types")
        List<LandscapeResult.HopType> hopTypes();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"barrier_1d_eV", "barrier_2d_eV", "barrier_3d_eV", "dimensionality",
        "dimensionality_window_eV", "dimensionality_below_cap", "search_cap_eV", "percolation_directions"})
    interface BarriersMixIn {
        @JsonProperty("barrier_1d_eV")
        double barrier1dEv();

        @JsonProperty("barrier_2d_eV")
        double barrier2dEv();

        @JsonProperty("barrier_3d_eV")
        double barrier3dEv();

        /** Conduction dimensionality: directions opening within 0.5 eV of the 1D barrier. */
        @JsonProperty("dimensionality")
        int conductionDimensionality();

        @JsonProperty("dimensionality_window_eV")
        double conductionWindowEv();

        @JsonProperty("dimensionality_below_cap")
        int dimensionality();

        @JsonProperty("search_cap_eV")
        double capEv();

        @JsonProperty("percolation_directions")
        List<int[]> percolationDirections();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"spacing_requested_A", "points", "cutoff_A", "minimum_eV"})
    interface GridInfoMixIn {
        @JsonProperty("spacing_requested_A")
        double spacingRequestedA();

        @JsonProperty("points")
        int[] points();

        @JsonProperty("cutoff_A")
        double cutoffA();

        @JsonProperty("minimum_eV")
        double minimumEv();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"frac", "energy_eV", "type"})
    interface SiteMixIn {
        @JsonProperty("frac")
        @JsonSerialize(using = FiveDecimals.class)
        double[] frac();

        @JsonProperty("energy_eV")
        double energyEv();

        @JsonProperty("type")
        String type();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"type", "saddle_energy_eV", "kra_eV", "distance_A"})
    interface HopTypeMixIn {
        @JsonProperty("type")
        String type();

        @JsonProperty("saddle_energy_eV")
        double saddleEnergyEv();

        @JsonProperty("kra_eV")
        double kraEv();

        @JsonProperty("distance_A")
        double distanceA();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"sites", "residual_charge_e", "log_likelihood", "runner_up_log_likelihood", "runner_up",
        "notes"})
    interface OxidationReportMixIn {
        @JsonProperty("sites")
        List<OxidationReport.SiteState> sites();

        @JsonProperty("residual_charge_e")
        double residualCharge();

        @JsonProperty("log_likelihood")
        double logLikelihood();

        @JsonProperty("runner_up_log_likelihood")
        double runnerUpLogLikelihood();

        @JsonProperty("runner_up")
        String runnerUp();

        @JsonProperty("notes")
        List<String> notes();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"label", "element", "atoms", "state", "source", "bond_valence_sum"})
    interface SiteStateMixIn {
        @JsonProperty("label")
        String label();

        @JsonProperty("element")
        Element element();

        @JsonProperty("atoms")
        int atoms();

        @JsonProperty("state")
        double state();

        @JsonProperty("source")
        @JsonSerialize(using = SourceText.class)
        OxidationReport.Source source();

        @JsonProperty("bond_valence_sum")
        double bondValenceSum();
    }

    /** The source of a state as written in outputs ("bond-valence sums"). */
    static final class SourceText extends JsonSerializer<OxidationReport.Source> {
        @Override
        public void serialize(OxidationReport.Source v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(v.text());
        }
    }

    /** An enum constant in lower case ("guessed"). */
    static final class LowerCase extends JsonSerializer<Enum<?>> {
        @Override
        public void serialize(Enum<?> v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(v.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Fractional coordinates rounded to 1e-5 (the network file's precision is enough to find a site). */
    static final class FiveDecimals extends JsonSerializer<double[]> {
        @Override
        public void serialize(double[] v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray();
            for (double x : v) {
                g.writeNumber(Math.round(x * 1e5) / 1e5);
            }
            g.writeEndArray();
        }
    }
}
