package org.ionhop.cli.theory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.ionhop.defects.BandEdges;
import org.ionhop.defects.DefectModel;
import org.ionhop.defects.DefectSpecies;
import org.ionhop.defects.DefectStudySettings;
import org.ionhop.defects.GasReservoir;
import org.ionhop.defects.HostConstraint;
import org.ionhop.defects.KrogerVink;
import org.ionhop.defects.Scan;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.units.Units;

/**
 * A defect-chemistry input file (YAML or JSON; format in docs/defects.md) parsed into the core's model and the
 * {@link DefectStudySettings} of {@link org.ionhop.defects.DefectStudy}: the reference temperature, the scan and the
 * map temperatures come from the file, every key it leaves out takes the settings' default. Errors name the file,
 * the line and the key, including the settings' own checks (mapped back to the key that set the value).
 */
final class DefectInput {
    /** The file key of each settings component that the file sets. */
    private static final Map<String, String> KEYS = Map.of("temperatureK", "temperature_K", "scanKind",
            "scan.variable", "scanTarget", "scan.target", "scanFrom", "scan.from", "scanTo", "scan.to", "scanPoints",
            "scan.points", "mapFromK", "map_temperatures_K", "mapToK", "map_temperatures_K", "mapPoints",
            "map_temperatures_K.points", "reservoir", "gas_reservoir");

    private DefectInput() {
    }

    /** Reads and validates a file. */
    static DefectStudySettings read(Path file) {
        InputTree in = InputTree.read(file);
        JsonNode r = in.root();
        try {
            String name = r.hasNonNull("name") ? in.text(r, "name", "") : String.valueOf(file.getFileName());
            double vfu = volume(in, r);
            double t = in.number(r, "temperature_K", "");
            List<DefectSpecies> species = species(in, r);
            Map<String, Double> mu = in.numberMap(r, "chemical_potentials_eV", "");
            if (!(t > 0)) {
                throw in.error("temperature_K", "a temperature > 0 K", r.get("temperature_K"));
            }
            HostConstraint host = r.hasNonNull("host") ? host(in, in.object(r, "host", "")) : null;
            BandEdges edges = r.hasNonNull("band_edges") ? bandEdges(in, in.object(r, "band_edges", "")) : null;
            if (host != null && mu.containsKey(host.dependent())) {
                // The host constraint sets it; a value given here would be overwritten without notice.
                throw in.at("chemical_potentials_eV." + host.dependent(), "no value for " + host.dependent()
                        + ", the host's dependent element (it follows from host.formation_energy_eV), found "
                        + mu.get(host.dependent()));
            }
            double fermi = in.number(r, "fermi_level_eV", "", Double.NaN);
            DefectModel model;
            try {
                model = new DefectModel(name, vfu, species, mu, edges, host, fermi);
            } catch (IllegalArgumentException e) {
                // The volume is checked in volume(); what remains concerns the species list (a duplicate).
                throw in.at("species", "a consistent list of defects: " + e.getMessage());
            }
            return settings(in, r, model, t);
        } catch (InvalidSettingException e) {
            String key = KEYS.getOrDefault(e.setting(), e.setting());
            throw in.at(key, e.problem());
        } catch (IllegalArgumentException e) {
            throw new org.ionhop.io.InputFormatException(file, 0, "expected a consistent defect model: "
                    + e.getMessage());
        }
    }

    /** The scan and map keys over the settings' defaults. */
    private static DefectStudySettings settings(InputTree in, JsonNode r, DefectModel model, double t) {
        JsonNode s = in.object(r, "scan", "");
        String variable = in.text(s, "variable", "scan.").toLowerCase(Locale.ROOT);
        Scan.Kind kind = switch (variable) {
            case "chemical_potential", "mu" -> Scan.Kind.CHEMICAL_POTENTIAL;
            case "partial_pressure", "po2", "pressure" -> Scan.Kind.PARTIAL_PRESSURE;
            case "dopant" -> Scan.Kind.DOPANT;
            default -> throw in.error("scan.variable", "chemical_potential, partial_pressure or dopant",
                    s.get("variable"));
        };
        String target = in.text(s, "target", "scan.");
        boolean open = kind == Scan.Kind.CHEMICAL_POTENTIAL && !s.hasNonNull("from") && model.host() != null;
        double from = open ? Double.NaN : in.number(s, "from", "scan.");
        double to = open ? Double.NaN : in.number(s, "to", "scan.");
        int points = integer(in, s, "points", "scan.", DefectStudySettings.DEFAULT_SCAN_POINTS);
        DefectStudySettings d = DefectStudySettings.of(model, t, kind, target, from, to);
        double mapFrom = d.mapFromK();
        double mapTo = d.mapToK();
        int mapPoints = d.mapPoints();
        if (r.hasNonNull("map_temperatures_K")) {
            JsonNode m = in.object(r, "map_temperatures_K", "");
            mapFrom = in.number(m, "from", "map_temperatures_K.");
            mapTo = in.number(m, "to", "map_temperatures_K.");
            mapPoints = integer(in, m, "points", "map_temperatures_K.", d.mapPoints());
            if (!(mapFrom > 0) || !(mapTo > mapFrom) || mapPoints < 2) {
                throw in.error("map_temperatures_K", "0 < from < to and points >= 2", m);
            }
        }
        GasReservoir gas = r.hasNonNull("gas_reservoir") ? reservoir(in, r.get("gas_reservoir")) : null;
        return d.withScanPoints(points).withMapTemperatures(mapFrom, mapTo, mapPoints).withReservoir(gas);
    }

    /**
     * The gas reservoir of a partial-pressure scan: {@code O2} (the bundled NIST-JANAF table), {@code fixed_mu}
     * (the chemical potential at p0 the same at every temperature), {@code {entropy_J_per_mol_K, reference_K,
     * heat_capacity_J_per_mol_K}} (constant Cp, default 7/2 R) or {@code {shomate: [{from_K, to_K, A, ..., H}]}}.
     */
    private static GasReservoir reservoir(InputTree in, JsonNode g) {
        String key = "gas_reservoir";
        if (g.isTextual()) {
            return switch (g.asText().toLowerCase(Locale.ROOT)) {
                case "o2" -> GasReservoir.oxygen();
                case "fixed_mu" -> GasReservoir.fixedMu();
                default -> throw in.error(key, "O2, fixed_mu, {entropy_J_per_mol_K, reference_K} or {shomate: [...]}",
                        g);
            };
        }
        if (!g.isObject()) {
            throw in.error(key, "O2, fixed_mu, {entropy_J_per_mol_K, reference_K} or {shomate: [...]}", g);
        }
        try {
            if (g.has("shomate")) {
                JsonNode list = g.get("shomate");
                if (!list.isArray() || list.isEmpty()) {
                    throw in.error(key + ".shomate", "a list of ranges {from_K, to_K, A, B, C, D, E, F, G, H}", list);
                }
                List<GasReservoir.Shomate.Range> ranges = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    JsonNode c = list.get(i);
                    String p = key + ".shomate[" + i + "].";
                    ranges.add(new GasReservoir.Shomate.Range(in.number(c, "from_K", p), in.number(c, "to_K", p),
                            in.number(c, "A", p), in.number(c, "B", p), in.number(c, "C", p), in.number(c, "D", p),
                            in.number(c, "E", p), in.number(c, "F", p), in.number(c, "G", p),
                            in.number(c, "H", p, 0.0)));
                }
                return new GasReservoir.Shomate(g.hasNonNull("name") ? in.text(g, "name", key + ".")
                        : "gas (Shomate coefficients from the input)",
                        ranges);
            }
            return new GasReservoir.ConstantHeatCapacity(in.number(g, "reference_K", key + "."),
                    in.number(g, "entropy_J_per_mol_K", key + "."),
                    in.number(g, "heat_capacity_J_per_mol_K", key + ".", RIGID_DIATOMIC_CP));
        } catch (IllegalArgumentException e) {
            throw in.at(key, "expected valid gas data: " + e.getMessage());
        }
    }

    /** Cp of a rigid diatomic ideal gas, 7/2 R in J/(mol K). */
    private static final double RIGID_DIATOMIC_CP = 3.5 * org.ionhop.units.Constants.GAS_CONSTANT_J_PER_MOL_K;

    private static HostConstraint host(InputTree in, JsonNode h) {
        Map<String, Integer> composition = in.intMap(h, "composition", "host.");
        double formation = in.number(h, "formation_energy_eV", "host.");
        String dependent = in.text(h, "dependent", "host.");
        try {
            return new HostConstraint(composition, formation, dependent);
        } catch (IllegalArgumentException e) {
            throw in.at("host", "expected a valid host constraint: " + e.getMessage());
        }
    }

    private static BandEdges bandEdges(InputTree in, JsonNode b) {
        double gap = in.number(b, "band_gap_eV", "band_edges.");
        double nc = in.number(b, "Nc_per_cm3", "band_edges.") * Units.CM3_PER_ANGSTROM3;
        double nv = in.number(b, "Nv_per_cm3", "band_edges.") * Units.CM3_PER_ANGSTROM3;
        try {
            return new BandEdges(gap, nc, nv);
        } catch (IllegalArgumentException e) {
            throw in.at("band_edges", "expected valid band edges: " + e.getMessage());
        }
    }

    private static double volume(InputTree in, JsonNode r) {
        String key;
        double v;
        if (r.hasNonNull("volume_per_formula_unit_A3")) {
            key = "volume_per_formula_unit_A3";
            v = in.number(r, key, "");
        } else if (r.hasNonNull("cell_volume_A3")) {
            key = "cell_volume_A3";
            v = in.number(r, key, "") / in.number(r, "formula_units_per_cell", "");
        } else {
            throw in.error("volume_per_formula_unit_A3", "a number (or cell_volume_A3 with formula_units_per_cell)",
                    null);
        }
        if (!(v > 0) || !Double.isFinite(v)) {
            throw in.error(key, "a positive volume (Å^3) and formula_units_per_cell > 0", r.get(key));
        }
        return v;
    }

    private static List<DefectSpecies> species(InputTree in, JsonNode r) {
        JsonNode list = r.get("species");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw in.error("species", "a non-empty list of defects", list);
        }
        List<DefectSpecies> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String p = "species[" + i + "].";
            KrogerVink kv;
            try {
                kv = KrogerVink.parse(in.text(s, "name", p));
            } catch (IllegalArgumentException e) {
                throw in.error(p + "name", "a Kröger-Vink symbol such as V_Li', Li_i^. or V_S^..", s.get("name"));
            }
            double m = in.number(s, "sites_per_formula_unit", p);
            double fixed = in.number(s, "fixed_site_fraction", p, Double.NaN);
            double ef = Double.isNaN(fixed) ? in.number(s, "formation_energy_eV", p) : Double.NaN;
            double em = in.number(s, "migration_barrier_eV", p, Double.NaN);
            double a = Double.isNaN(em) ? Double.NaN : in.number(s, "jump_distance_A", p);
            double nu = Double.isNaN(em) ? Double.NaN : in.number(s, "attempt_frequency_THz", p);
            double sf = in.number(s, "formation_entropy_kB", p, 0.0);
            Map<String, Integer> exchange = in.intMap(s, "exchange", p);
            double fOverHr = in.number(s, "f_over_HR", p, 1.0);
            try {
                out.add(new DefectSpecies(kv, m, ef, sf, exchange, fixed, em, a, nu, fOverHr));
            } catch (IllegalArgumentException e) {
                throw in.at("species[" + i + "]", "expected a valid defect species: " + e.getMessage());
            }
        }
        return out;
    }

    /** An optional whole number (a grid size): 120.5 points is a typo, not 120. */
    private static int integer(InputTree in, JsonNode parent, String key, String path, int fallback) {
        double v = in.number(parent, key, path, fallback);
        if (v != Math.rint(v) || Math.abs(v) > 1e6) {
            throw in.error(path + key, "a whole number (at most 1e6)", parent.get(key));
        }
        return (int) v;
    }
}
