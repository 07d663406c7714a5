package org.ionhop.cli.disorder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OnlyNamedProperties;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.disorder.EnsembleResult;
import org.ionhop.disorder.EwaldResult;
import org.ionhop.disorder.Ordering;
import org.ionhop.disorder.SymmetryCount;
import org.ionhop.disorder.Variant;
import org.ionhop.disorder.VariantResult;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.structure.Element;
import org.ionhop.structure.OxidationSource;

/** The JSON of {@code ionhop disorder}, from the result records through Jackson mix-ins. */
final class DisorderJson {
    /** The caveat every ensemble output carries. */
    static final String NOTE = "Ewald energies are of formal point charges (no relaxation, no polarisation): use them "
            + "to rank orderings of one variant. Ensemble descriptors are static bond-valence estimates.";

    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .addMixIn(EwaldResult.class, EwaldMixIn.class)
            .addMixIn(VariantResult.class, VariantMixIn.class)
            .addMixIn(SymmetryCount.class, SymmetryMixIn.class)
            .addMixIn(EnsembleResult.class, EnsembleMixIn.class)
            .addMixIn(EnsembleResult.DescriptorStats.class, StatsMixIn.class)
            .addMixIn(EnsembleResult.ConvergencePoint.class, ConvergenceMixIn.class)
            .addMixIn(EnsembleResult.HopBarriers.class, HopMixIn.class)
            .addMixIn(EnsembleResult.Control.class, ControlMixIn.class);

    private DisorderJson() {
    }

    static Map<String, String> units() {
        return UnitNames.of("energy", "length", "charge", "entropy", "conductivity", "time_s");
    }

    /**
     * The output of {@code disorder ewald --json}.
     *
     * @param meta   provenance
     * @param result the energy
     */
    record EwaldOutput(ObjectNode meta, @JsonUnwrapped EwaldResult result) {
    }

    static ObjectNode ewald(Path input, EwaldResult r) {
        return MAPPER.valueToTree(new EwaldOutput(Json.meta("disorder ewald", List.of(input), null, units()), r));
    }

    /**
     * One ordering as listed.
     *
     * @param index                           output rank
     * @param file                            the file written
     * @param start                           random start it came from
     * @param seed                            its generator seed
     * @param ewaldEnergyEv                   Ewald energy of the cell (eV)
     * @param ewaldEnergyPerFormulaUnitEv     per formula unit (eV)
     */
    record OrderingOut(@JsonProperty("index") int index, @JsonProperty("file") String file,
                       @JsonProperty("start") int start, @JsonProperty("seed") long seed,
                       @JsonProperty("ewald_energy_eV") double ewaldEnergyEv,
                       @JsonProperty("ewald_energy_per_formula_unit_eV") double ewaldEnergyPerFormulaUnitEv) {
    }

    /**
     * A disordered sublattice as listed.
     *
     * @param name   its name
     * @param sites  positions
     * @param counts species counts (Va for vacancies)
     * @param interstitial whether interstitial candidates
     */
    record SublatticeOut(@JsonProperty("name") String name, @JsonProperty("sites") int sites,
                         @JsonProperty("counts") Map<String, Integer> counts,
                         @JsonProperty("interstitial") boolean interstitial) {
    }

    /**
     * The fraction of one operation as listed.
     *
     * @param operation substitution, exchange or vacancy
     * @param sites     the sites as given
     * @param fraction  the share
     */
    record FractionOut(@JsonProperty("operation") String operation, @JsonProperty("sites") String sites,
                       @JsonProperty("fraction") double fraction) {
    }

    /**
     * The ensemble part.
     *
     * @param result the statistics
     * @param rows   the screen row of each ordering, by column name
     */
    record EnsembleOut(@JsonUnwrapped EnsembleResult result, @JsonProperty("rows") List<Map<String, Object>> rows) {
    }

    /**
     * The output of {@code disorder variant --json}.
     *
     * @param meta          provenance
     * @param result        the variant
     * @param supercell     supercell matrix
     * @param formulaUnits  Z of the supercell
     * @param positions     positions of the supercell
     * @param netChargeE    net charge of each ordering
     * @param sublattices   the disordered sublattices
     * @param fractions     the fraction of each operation (the abscissa of a disorder series)
     * @param orderings     the orderings with their files
     * @param manifest      the manifest written
     * @param ensemble      the ensemble (null without --screen)
     * @param seconds       wall time
     * @param note          caveat
     */
    @JsonPropertyOrder({"meta", "parent_formula", "formula", "supercell", "formula_units", "positions", "net_charge_e",
        "sublattices", "disorder_fractions", "config_entropy_kB_per_formula_unit", "ensemble_entropy_kB_per_formula_unit", "symmetry",
        "orderings", "manifest", "ensemble", "seconds", "note"})
    record VariantOutput(@JsonProperty("meta") ObjectNode meta, @JsonUnwrapped VariantResult result,
                         @JsonProperty("supercell") List<Integer> supercell,
                         @JsonProperty("formula_units") int formulaUnits, @JsonProperty("positions") int positions,
                         @JsonProperty("net_charge_e") double netChargeE,
                         @JsonProperty("sublattices") List<SublatticeOut> sublattices,
                         @JsonProperty("disorder_fractions") List<FractionOut> fractions,
                         @JsonProperty("orderings") List<OrderingOut> orderings,
                         @JsonProperty("manifest") String manifest, @JsonProperty("ensemble") EnsembleOut ensemble,
                         @JsonProperty("seconds") double seconds, @JsonProperty("note") String note) {
    }

    static ObjectNode variant(Path input, VariantResult r, List<String> files, Path manifest, EnsembleResult e,
                              ScreenSettings screen) {
        List<OrderingOut> os = new ArrayList<>();
        for (int i = 0; i < r.orderings().size(); i++) {
            Ordering o = r.orderings().get(i);
            os.add(new OrderingOut(o.index(), files.get(i), o.start(), o.seed(), o.ewaldEnergyEv(),
                    o.ewaldEnergyPerFormulaUnitEv()));
        }
        List<SublatticeOut> subs = new ArrayList<>();
        for (Variant.Sublattice s : r.variant().sublattices()) {
            if (s.disordered()) {
                Map<String, Integer> c = new LinkedHashMap<>();
                s.counts().forEach((k, n) -> c.put(k.symbol(), n));
                subs.add(new SublatticeOut(s.name(), s.contents().size(), c, s.interstitial()));
            }
        }
        EnsembleOut eo = null;
        if (e != null) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ScreenRow row : e.rows()) {
                Map<String, Object> m = new LinkedHashMap<>();
                row.asMap().forEach((k, v) -> {
                    if (k != ScreenColumn.INPUT_SHA256 && k != ScreenColumn.SETTINGS_HASH) {
                        m.put(k.columnName(), v);
                    }
                });
                rows.add(m);
            }
            eo = new EnsembleOut(e, rows);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("disorder", r.settings());
        if (screen != null) {
            settings.put("screen", screen);
        }
        Variant v = r.variant();
        return MAPPER.valueToTree(new VariantOutput(Json.meta("disorder variant", List.of(input), r.settings().seed(),
                units(), settings), r, v.supercell(), v.formulaUnits(), v.positions(), v.netChargeE(), subs,
                r.settings().fractions().stream().map(f -> new FractionOut(f.operation(), f.sites(), f.fraction()))
                        .toList(), os,
                manifest.toString(), eo, r.seconds(), NOTE));
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"formula", "formula_units", "net_charge_e", "oxidation_states", "oxidation_states_source",
        "positions", "ewald_energy_eV", "ewald_energy_per_formula_unit_eV"})
    interface EwaldMixIn {
        @JsonProperty("formula")
        String formula();

        @JsonProperty("formula_units")
        int formulaUnits();

        @JsonProperty("net_charge_e")
        double netChargeE();

        @JsonProperty("oxidation_states")
        Map<Element, Double> oxidationStates();

        @JsonProperty("oxidation_states_source")
        OxidationSource oxidationSource();

        @JsonProperty("positions")
        int positions();

        @JsonProperty("ewald_energy_eV")
        double ewaldEnergyEv();

        @JsonProperty("ewald_energy_per_formula_unit_eV")
        double ewaldEnergyPerFormulaUnitEv();
    }

    @OnlyNamedProperties
    interface VariantMixIn {
        @JsonProperty("parent_formula")
        String parentFormula();

        @JsonProperty("formula")
        String formula();

        @JsonProperty("config_entropy_kB_per_formula_unit")
        double configEntropyKbPerFormulaUnit();

        @JsonProperty("ensemble_entropy_kB_per_formula_unit")
        double ensembleEntropyKbPerFormulaUnit();

        @JsonProperty("symmetry")
        SymmetryCount symmetry();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"counted", "configurations", "distinct", "operations", "note"})
    interface SymmetryMixIn {
        @JsonProperty("counted")
        boolean counted();

        @JsonProperty("configurations")
        double configurations();

        @JsonProperty("distinct")
        long distinct();

        @JsonProperty("operations")
        int operations();

        @JsonProperty("note")
        String note();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"descriptors", "hop_barriers", "control", "seconds"})
    interface EnsembleMixIn {
        @JsonProperty("descriptors")
        List<EnsembleResult.DescriptorStats> descriptors();

        @JsonProperty("hop_barriers")
        EnsembleResult.HopBarriers hopBarriers();

        @JsonProperty("control")
        EnsembleResult.Control control();

        @JsonProperty("seconds")
        double seconds();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"name", "mean", "sd", "se", "n", "min", "max", "convergence"})
    interface StatsMixIn {
        @JsonProperty("name")
        String name();

        @JsonProperty("mean")
        double mean();

        @JsonProperty("sd")
        double sd();

        @JsonProperty("se")
        double se();

        @JsonProperty("n")
        int n();

        @JsonProperty("min")
        double min();

        @JsonProperty("max")
        double max();

        @JsonProperty("convergence")
        List<EnsembleResult.ConvergencePoint> convergence();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"n", "mean", "se"})
    interface ConvergenceMixIn {
        @JsonProperty("n")
        int n();

        @JsonProperty("mean")
        double mean();

        @JsonProperty("se")
        double se();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"count", "mean_eV", "sd_eV", "p10_eV", "p50_eV", "p90_eV"})
    interface HopMixIn {
        @JsonProperty("count")
        int count();

        @JsonProperty("mean_eV")
        double meanEv();

        @JsonProperty("sd_eV")
        double sdEv();

        @JsonProperty("p10_eV")
        double p10Ev();

        @JsonProperty("p50_eV")
        double p50Ev();

        @JsonProperty("p90_eV")
        double p90Ev();
    }

    @OnlyNamedProperties
    @JsonPropertyOrder({"disorder_sigma_eV", "log10_sigma_300K_parent", "log10_sigma_300K_parent_err",
        "log10_sigma_300K_parent_disordered", "log10_sigma_300K_parent_disordered_err", "parent_barrier_1d_eV"})
    interface ControlMixIn {
        @JsonProperty("disorder_sigma_eV")
        double disorderSigmaEv();

        @JsonProperty("log10_sigma_300K_parent")
        double log10SigmaParent();

        @JsonProperty("log10_sigma_300K_parent_err")
        double log10SigmaParentErr();

        @JsonProperty("log10_sigma_300K_parent_disordered")
        double log10SigmaParentDisordered();

        @JsonProperty("log10_sigma_300K_parent_disordered_err")
        double log10SigmaParentDisorderedErr();

        @JsonProperty("parent_barrier_1d_eV")
        double parentBarrier1dEv();
    }
}
