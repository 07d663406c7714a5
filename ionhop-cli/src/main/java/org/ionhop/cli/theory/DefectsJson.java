package org.ionhop.cli.theory;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.defects.BrouwerDiagram;
import org.ionhop.defects.DefectStudyResult;
import org.ionhop.defects.DefectStudySettings;
import org.ionhop.defects.KrogerVink;
import org.ionhop.defects.MechanismMap;
import org.ionhop.defects.Scan;

/**
 * Jackson mix-ins that write a {@link DefectStudyResult} with the keys docs/defects.md documents (and the outputs
 * recorded before the facade had): Kröger-Vink symbols as their canonical strings, maps keyed by species.
 */
final class DefectsJson {
    private DefectsJson() {
    }

    static void register(ObjectMapper m) {
        m.addMixIn(DefectStudyResult.class, ResultMixin.class);
        m.addMixIn(DefectStudyResult.Concentration.class, ConcentrationMixin.class);
        m.addMixIn(KrogerVink.class, KrogerVinkMixin.class);
        m.addMixIn(BrouwerDiagram.class, BrouwerMixin.class);
        m.addMixIn(BrouwerDiagram.Regime.class, RegimeMixin.class);
        m.addMixIn(Scan.class, ScanMixin.class);
        m.addMixIn(MechanismMap.class, MapMixin.class);
        m.addMixIn(MechanismMap.Switch.class, SwitchMixin.class);
    }

    /** The settings for {@code meta}: the model is the input file, named in {@code meta.inputs}. */
    static ObjectNode settings(DefectStudySettings s) {
        ObjectNode o = Json.mapper().valueToTree(s);
        o.remove("model");
        return o;
    }

    @JsonIncludeProperties({"model", "volume_per_formula_unit_A3", "temperature_K", "fermi_level_fixed",
        "fermi_level_eV", "chemical_potentials_eV", "concentrations", "electrons_per_cm3", "holes_per_cm3",
        "charge_imbalance", "brouwer", "warnings", "profile", "mechanism_map"})
    @JsonPropertyOrder({"model", "volume_per_formula_unit_A3", "temperature_K", "fermi_level_fixed",
        "fermi_level_eV", "chemical_potentials_eV", "concentrations", "electrons_per_cm3", "holes_per_cm3",
        "charge_imbalance", "brouwer", "warnings", "profile", "mechanism_map"})
    abstract static class ResultMixin {
        @JsonProperty("model")
        abstract String modelName();

        @JsonProperty("volume_per_formula_unit_A3")
        abstract double volumePerFormulaUnitA3();

        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonProperty("fermi_level_fixed")
        abstract boolean fermiLevelFixed();

        @JsonProperty("fermi_level_eV")
        abstract double fermiLevelEv();

        @JsonProperty("chemical_potentials_eV")
        abstract Map<String, Double> chemicalPotentialsEv();

        @JsonProperty("concentrations")
        abstract List<DefectStudyResult.Concentration> concentrations();

        @JsonProperty("electrons_per_cm3")
        abstract double electronsPerCm3();

        @JsonProperty("holes_per_cm3")
        abstract double holesPerCm3();

        @JsonProperty("charge_imbalance")
        abstract double chargeImbalance();

        @JsonProperty("warnings")
        abstract List<String> warnings();

        @JsonProperty("profile")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract MechanismMap profile();

        @JsonProperty("mechanism_map")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract MechanismMap mechanismMap();
    }

    @JsonPropertyOrder({"species", "charge", "sites_per_formula_unit", "fixed", "formation_energy_eV",
        "site_fraction", "per_cm3"})
    abstract static class ConcentrationMixin {
        @JsonProperty("sites_per_formula_unit")
        abstract double sitesPerFormulaUnit();

        @JsonProperty("formation_energy_eV")
        abstract double formationEnergyEv();

        @JsonProperty("site_fraction")
        abstract double siteFraction();

        @JsonProperty("per_cm3")
        abstract double perCm3();
    }

    abstract static class KrogerVinkMixin {
        @JsonValue
        @Override
        public abstract String toString();
    }

    @JsonPropertyOrder({"scan", "temperature_K", "x", "fermi_level_eV", "log10_per_cm3", "regimes"})
    abstract static class BrouwerMixin {
        @JsonUnwrapped
        abstract Scan scan();

        @JsonProperty("temperature_K")
        abstract double temperatureK();

        @JsonProperty("fermi_level_eV")
        abstract double[] fermiLevelEv();

        @JsonIgnore
        abstract List<KrogerVink> names();

        @JsonIgnore
        abstract double[][] log10PerCm3();

        @JsonProperty("log10_per_cm3")
        abstract Map<KrogerVink, double[]> log10PerCm3ByName();
    }

    @JsonIncludeProperties({"variable", "target", "label", "slope_unit"})
    @JsonPropertyOrder({"variable", "target", "label", "slope_unit"})
    abstract static class ScanMixin {
        @JsonProperty("variable")
        abstract String variable();

        @JsonProperty("label")
        abstract String label();

        @JsonProperty("slope_unit")
        abstract String slopeUnit();
    }

    @JsonPropertyOrder({"from", "to", "condition", "majority_positive", "majority_negative", "slopes"})
    abstract static class RegimeMixin {
        @JsonProperty("condition")
        abstract String condition();

        @JsonProperty("majority_positive")
        @JsonSerialize(nullsUsing = NullAsText.class)
        abstract KrogerVink majorityPositive();

        @JsonProperty("majority_negative")
        @JsonSerialize(nullsUsing = NullAsText.class)
        abstract KrogerVink majorityNegative();

        @JsonIgnore
        abstract Map<KrogerVink, Double> slopes();

        @JsonProperty("slopes")
        abstract Map<KrogerVink, BrouwerDiagram.Slope> rationalSlopes();
    }

    /** A missing majority charge as the text "null", as the outputs have always spelled it. */
    static final class NullAsText extends JsonSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider p) throws java.io.IOException {
            g.writeString("null");
        }
    }

    @JsonPropertyOrder({"temperatures_K", "x", "carriers", "dominant", "activation_energy_eV",
        "log10_sigma_S_per_cm", "switches"})
    abstract static class MapMixin {
        @JsonIgnore
        abstract Scan scan();

        @JsonProperty("temperatures_K")
        abstract double[] temperaturesK();

        @JsonIgnore
        abstract int[][] dominant();

        @JsonProperty("dominant")
        abstract List<List<KrogerVink>> dominantCarriers();

        @JsonProperty("activation_energy_eV")
        abstract double[][] activationEv();

        @JsonIgnore
        abstract double[][][] log10Sigma();

        @JsonProperty("log10_sigma_S_per_cm")
        abstract Map<KrogerVink, double[][]> log10SigmaByCarrier();
    }

    @JsonPropertyOrder({"temperature_K", "x", "from", "to"})
    abstract static class SwitchMixin {
        @JsonProperty("temperature_K")
        abstract double temperatureK();
    }
}
