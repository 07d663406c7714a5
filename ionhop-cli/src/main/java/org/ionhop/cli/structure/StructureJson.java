package org.ionhop.cli.structure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import org.ionhop.landscape.StructureSummary;
import org.ionhop.structure.Element;
import org.ionhop.structure.OxidationSource;
import org.ionhop.structure.Site;
import org.ionhop.structure.SymmetryDataset;

/** The JSON of {@code info} (and of the report's structure section), from {@link StructureSummary} by mix-ins. */
final class StructureJson {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .addMixIn(StructureSummary.class, SummaryMixIn.class)
            .addMixIn(StructureSummary.Cell.class, CellMixIn.class)
            .addMixIn(Site.class, PartialSiteMixIn.class);

    private StructureJson() {
    }

    /**
     * The output of {@code info --json}.
     *
     * @param meta    provenance block
     * @param file    the file as named on the command line
     * @param summary the structure
     */
    record Output(ObjectNode meta, String file, @JsonUnwrapped StructureSummary summary) {
    }

    /** The JSON tree of a structure read from a file. */
    static ObjectNode tree(Path file, StructureSummary summary) {
        ObjectNode meta = Json.meta("info", List.of(file), null,
                UnitNames.of("volume", "mass_density", "length", "angle", "charge"));
        return MAPPER.valueToTree(new Output(meta, file.toString(), summary));
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"formula", "reduced_formula", "volume_A3", "density_g_cm3", "num_sites", "formula_units_Z",
        "lattice", "species", "space_group", "space_group_number", "space_group_setting", "symmetry_operations_used",
        "oxidation_states_source", "oxidation_states", "shortest_distances_A", "partial_sites",
        "space_group_detected", "warnings"})
    interface SummaryMixIn {
        @JsonProperty("formula")
        String formula();

        @JsonProperty("reduced_formula")
        String reducedFormula();

        @JsonProperty("volume_A3")
        double volumeA3();

        @JsonProperty("density_g_cm3")
        double densityGPerCm3();

        @JsonProperty("num_sites")
        int numSites();

        @JsonProperty("formula_units_Z")
        int formulaUnits();

        @JsonProperty("lattice")
        StructureSummary.Cell cell();

        @JsonProperty("species")
        @JsonSerialize(contentUsing = WholeOrDecimal.class)
        Map<Element, Double> species();

        @JsonProperty("space_group")
        String spaceGroup();

        /** Only when the name resolves in the table (0 otherwise). */
        @JsonProperty("space_group_number")
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        int spaceGroupNumber();

        @JsonProperty("space_group_setting")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        String spaceGroupSetting();

        @JsonProperty("symmetry_operations_used")
        int symmetryOperationsUsed();

        @JsonProperty("oxidation_states_source")
        @JsonSerialize(using = LowerCase.class)
        OxidationSource oxidationSource();

        /** One number per element, or an array where an element has several states. */
        @JsonProperty("oxidation_states")
        @JsonSerialize(contentUsing = OneOrMany.class)
        Map<Element, List<Double>> oxidationStates();

        @JsonProperty("shortest_distances_A")
        Map<String, Double> shortestDistancesA();

        @JsonProperty("partial_sites")
        List<Site> partialSites();

        /** The group found in the atoms, or null when none matched. */
        @JsonProperty("space_group_detected")
        @JsonSerialize(using = Detected.class)
        Optional<SymmetryDataset> detectedSymmetry();

        /** The reader's warnings; left out when there are none. */
        @JsonProperty("warnings")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<String> warnings();
    }

    /**
     * The detected group: number, symbols, the Hall setting matched, the tolerance, the operations in the cell and
     * the symmetry-distinct sites (orbit sizes per element). Needs the summary's structure for the site elements,
     * so it is written from the summary.
     */
    static final class Detected extends JsonSerializer<Optional<SymmetryDataset>> {
        @Override
        public void serialize(Optional<SymmetryDataset> v, JsonGenerator g, SerializerProvider p) throws IOException {
            Object current = g.getOutputContext().getCurrentValue();
            StructureSummary summary = current instanceof Output o ? o.summary()
                    : current instanceof StructureSummary s ? s : null;
            if (v.isEmpty() || summary == null) {
                g.writeNull();
                return;
            }
            SymmetryDataset d = v.get();
            g.writeStartObject();
            g.writeNumberField("number", d.number());
            g.writeStringField("symbol", d.hermannMauguin());
            g.writeStringField("international", d.international());
            g.writeStringField("setting_matched", d.settingLabel());
            g.writeNumberField("hall_number", d.hallNumber());
            g.writeNumberField("tolerance_A", d.toleranceA());
            g.writeNumberField("operations_in_cell", d.operationsInCell());
            g.writeObjectFieldStart("distinct_sites");
            for (Map.Entry<Element, List<Integer>> e : d.distinctSites(summary.structure()).entrySet()) {
                g.writeArrayFieldStart(e.getKey().symbol());
                for (int n : e.getValue()) {
                    g.writeNumber(n);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"a", "b", "c", "alpha", "beta", "gamma", "vectors_A"})
    interface CellMixIn {
        @JsonProperty("a")
        double a();

        @JsonProperty("b")
        double b();

        @JsonProperty("c")
        double c();

        @JsonProperty("alpha")
        double alpha();

        @JsonProperty("beta")
        double beta();

        @JsonProperty("gamma")
        double gamma();

        @JsonProperty("vectors_A")
        double[][] vectorsA();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"label", "element", "occupancy", "frac"})
    interface PartialSiteMixIn {
        @JsonProperty("label")
        String label();

        @JsonProperty("element")
        Element element();

        @JsonProperty("occupancy")
        double occupancy();

        @JsonProperty("frac")
        double[] frac();
    }

    /** An enum constant in lower case ("given"). */
    static final class LowerCase extends JsonSerializer<Enum<?>> {
        @Override
        public void serialize(Enum<?> v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(v.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A count written as an integer when it is whole (4, not 4.0), else as it is (20.2). */
    static final class WholeOrDecimal extends JsonSerializer<Double> {
        @Override
        public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (Math.abs(v - Math.rint(v)) < 1e-9) {
                g.writeNumber((long) Math.rint(v));
            } else {
                g.writeNumber(v);
            }
        }
    }

    /** A list of one number written as that number, a longer list as an array. */
    static final class OneOrMany extends JsonSerializer<List<Double>> {
        @Override
        public void serialize(List<Double> v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (v.size() == 1) {
                g.writeNumber(v.get(0));
                return;
            }
            g.writeStartArray();
            for (double x : v) {
                g.writeNumber(x);
            }
            g.writeEndArray();
        }
    }
}
