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
import org.ionhop.defects.HostConstraint;
import org.ionhop.defects.KrogerVink;
import org.ionhop.defects.Scan;
import org.ionhop.units.Units;

/**
 * A defect-chemistry input file (YAML or JSON; format in docs/defects.md) parsed into core records: the model, the
 * reference temperature, the scan of the Brouwer diagram and the temperatures of the mechanism map.
 *
 * @param model        the defect model
 * @param temperatureK reference temperature (concentration table, Brouwer diagram, profile)
 * @param scan         the Brouwer / mechanism-map variable
 * @param mapTemperaturesK temperatures of the mechanism map
 */
record DefectInput(DefectModel model, double temperatureK, Scan scan, double[] mapTemperaturesK) {

    /** Reads and validates a file. */
    static DefectInput read(Path file) {
        InputTree in = InputTree.read(file);
        JsonNode r = in.root();
        try {
            String name = r.hasNonNull("name") ? in.text(r, "name", "") : file.getFileName().toString();
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
            Scan scan = scan(in, r, model, t);
            double[] temps = mapTemperatures(in, r, t);
            return new DefectInput(model, t, scan, temps);
        } catch (IllegalArgumentException e) {
            throw new org.ionhop.io.InputFormatException(file, 0, "expected a consistent defect model: "
                    + e.getMessage());
        }
    }

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

    private static Scan scan(InputTree in, JsonNode r, DefectModel model, double temperatureK) {
        JsonNode s = in.object(r, "scan", "");
        String variable = in.text(s, "variable", "scan.").toLowerCase(Locale.ROOT);
        Scan.Kind kind = switch (variable) {
            case "chemical_potential", "mu" -> Scan.Kind.CHEMICAL_POTENTIAL;
            case "partial_pressure", "po2", "pressure" -> Scan.Kind.PARTIAL_PRESSURE;
            case "dopant" -> Scan.Kind.DOPANT;
            default -> throw in.error("scan.variable", "chemical_potential, partial_pressure or dopant", s.get("variable"));
        };
        String target = in.text(s, "target", "scan.");
        double from;
        double to;
        if (kind == Scan.Kind.CHEMICAL_POTENTIAL && !s.hasNonNull("from") && model.host() != null) {
            double[] range;
            try {
                range = model.host().range(target);
            } catch (IllegalArgumentException e) {
                throw in.at("scan.target", "expected from and to, or an element whose range the host fixes: "
                        + e.getMessage());
            }
            from = range[0];
            to = range[1];
        } else {
            from = in.number(s, "from", "scan.");
            to = in.number(s, "to", "scan.");
        }
        int points = integer(in, s, "points", "scan.", 121);
        Scan scan;
        try {
            scan = new Scan(kind, target, from, to, points);
        } catch (IllegalArgumentException e) {
            throw in.at("scan", "expected a valid scan: " + e.getMessage());
        }
        try {
            // Applying the scan once finds a target the model cannot vary (a dopant it lacks, the host's
            // dependent element) here, where the line is known, rather than deep in the analysis.
            scan.apply(model, from, temperatureK);
        } catch (IllegalArgumentException e) {
            throw in.at("scan.target", "expected a target the model can vary: " + e.getMessage());
        }
        return scan;
    }

    private static double[] mapTemperatures(InputTree in, JsonNode r, double t) {
        if (!r.hasNonNull("map_temperatures_K")) {
            return grid(Math.max(t / 2, 200), t * 1.5, 21);
        }
        JsonNode m = in.object(r, "map_temperatures_K", "");
        double from = in.number(m, "from", "map_temperatures_K.");
        double to = in.number(m, "to", "map_temperatures_K.");
        int n = integer(in, m, "points", "map_temperatures_K.", 21);
        if (!(from > 0) || !(to > from) || n < 2) {
            throw in.error("map_temperatures_K", "0 < from < to and points >= 2", m);
        }
        return grid(from, to, n);
    }

    /** An optional whole number (a grid size): 120.5 points is a typo, not 120. */
    private static int integer(InputTree in, JsonNode parent, String key, String path, int fallback) {
        double v = in.number(parent, key, path, fallback);
        if (v != Math.rint(v) || Math.abs(v) > 1e6) {
            throw in.error(path + key, "a whole number (at most 1e6)", parent.get(key));
        }
        return (int) v;
    }

    private static double[] grid(double from, double to, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = from + (to - from) * i / (n - 1);
        }
        return t;
    }
}
