package org.ionhop.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the composition of the expanded cell with the file's {@code _chemical_formula_sum} (times
 * {@code _cell_formula_units_Z} when given, else the whole number of formula units closest to the ratio of atom
 * counts) and words a warning when an element differs by more than rounding explains. A formula that matches the
 * cell as it stands is accepted whatever Z says, because pymatgen writes the whole cell's formula with the Z of
 * the reduced formula.
 *
 * <p>Tolerance per element: the sum, over the element's atoms in the cell, of half the last printed decimal of
 * each atom's occupancy (the bound of the occupancy rounding), plus Z times half the last printed decimal of the
 * formula's count, plus 0.1 % of the count. Occupancies printed as {@code 0.33} thus allow 0.005 per atom.
 */
final class CifFormulaCheck {
    private static final Pattern TERM = Pattern.compile("([A-Z][a-z]?)(\\d+(?:\\.\\d*)?|\\.\\d+)?");

    private CifFormulaCheck() {
    }

    /** The warnings (none, or one sentence) for the expanded sites of a block. */
    static List<String> warnings(CifValues values, List<Site> sites) {
        Optional<String> sum = values.text("_chemical_formula_sum");
        if (sum.isEmpty() || sites.isEmpty()) {
            return List.of();
        }
        Map<Element, double[]> formula = parse(sum.get());
        if (formula.isEmpty()) {
            return List.of();
        }
        Map<String, Double> occRounding = occupancyRounding(values);
        Map<Element, double[]> cell = new LinkedHashMap<>();
        for (Site s : sites) {
            double[] c = cell.computeIfAbsent(s.element(), e -> new double[2]);
            c[0] += s.occupancy();
            c[1] += occRounding.getOrDefault(s.label(), 0.0);
        }
        double z;
        String zText;
        Optional<CifBlock.Value> zValue = values.block.value("_cell_formula_units_z").filter(v -> !v.isMissing());
        if (zValue.isPresent()) {
            z = values.parseNumber(zValue.get(), "the formula units per cell (_cell_formula_units_Z)");
            zText = "Z = " + zValue.get().text();
        } else {
            double inCell = cell.values().stream().mapToDouble(c -> c[0]).sum();
            double inFormula = formula.values().stream().mapToDouble(c -> c[0]).sum();
            z = Math.max(1, Math.rint(inCell / inFormula));
            zText = String.format(Locale.ROOT, "Z = %.0f from the atom counts", z);
        }
        if (!(z > 0)) {
            return List.of();
        }
        // pymatgen writes the formula of the whole cell with the Z of its reduced formula: accept that too.
        if (differences(formula, cell, 1).isEmpty()) {
            return List.of();
        }
        List<String> diffs = differences(formula, cell, z);
        if (diffs.isEmpty()) {
            return List.of();
        }
        return List.of("the composition of the cell differs from _chemical_formula_sum '" + sum.get().trim() + "' ("
                + zText + "): " + String.join(", ", diffs) + " atoms per cell");
    }

    private static List<String> differences(Map<Element, double[]> formula, Map<Element, double[]> cell, double z) {
        Set<Element> all = new LinkedHashSet<>(formula.keySet());
        all.addAll(cell.keySet());
        List<String> diffs = new ArrayList<>();
        for (Element e : all) {
            double[] f = formula.getOrDefault(e, new double[2]);
            double[] c = cell.getOrDefault(e, new double[2]);
            double expected = z * f[0];
            double tol = c[1] + z * f[1] + 1e-3 * expected + 1e-6;
            if (Math.abs(c[0] - expected) > tol) {
                diffs.add(String.format(Locale.ROOT, "%s %s (formula %s)", e.symbol(), count(c[0]), count(expected)));
            }
        }
        return diffs;
    }

    private static String count(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : StructureValidation.num(v);
    }

    /** Element -> {count, rounding half-width}; empty when the text is not a plain sum of element counts. */
    static Map<Element, double[]> parse(String text) {
        Map<Element, double[]> out = new LinkedHashMap<>();
        String s = text.replace(" ", "").replace("\t", "");
        Matcher m = TERM.matcher(s);
        int pos = 0;
        while (pos < s.length()) {
            if (!m.find(pos) || m.start() != pos) {
                return Map.of();
            }
            Optional<Element> e = Element.fromSymbol(m.group(1));
            if (e.isEmpty()) {
                return Map.of();
            }
            String n = m.group(2);
            double count = n == null ? 1 : Double.parseDouble(n);
            int dot = n == null ? -1 : n.indexOf('.');
            double half = dot < 0 || dot == n.length() - 1 ? 0 : 0.5 * Math.pow(10, -(n.length() - dot - 1));
            double[] c = out.computeIfAbsent(e.get(), x -> new double[2]);
            c[0] += count;
            c[1] += half;
            pos = m.end();
        }
        return out;
    }

    /** Label -> half the last printed decimal of its occupancy (0 for exact or missing values). */
    private static Map<String, Double> occupancyRounding(CifValues values) {
        List<CifBlock.Value> labels = values.block.column("_atom_site_label");
        List<CifBlock.Value> occs = values.block.column("_atom_site_occupancy");
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < Math.min(labels.size(), occs.size()); i++) {
            out.put(labels.get(i).text(), CifValues.roundingHalfWidth(occs.get(i)));
        }
        return out;
    }
}
