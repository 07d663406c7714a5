package org.ionhop.structure;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a structure as a CIF 1.1 file in P1 (every site listed, as pymatgen's CifWriter does): cell, the
 * identity operation, {@code _atom_type_oxidation_number} when every site has a state, and one
 * {@code _atom_site} row per site with its occupancy, so partial and mixed sites survive a round trip.
 */
public final class CifWriter {
    private CifWriter() {
    }

    /** The CIF text of a structure. */
    public static String toCif(Structure s) {
        StringBuilder sb = new StringBuilder();
        String name = s.reducedFormula().replaceAll("[^A-Za-z0-9.]", "_");
        sb.append("# written by ionhop\n");
        sb.append("data_").append(name).append('\n');
        Lattice l = s.lattice();
        line(sb, "_cell_length_a", l.a());
        line(sb, "_cell_length_b", l.b());
        line(sb, "_cell_length_c", l.c());
        line(sb, "_cell_angle_alpha", l.alpha());
        line(sb, "_cell_angle_beta", l.beta());
        line(sb, "_cell_angle_gamma", l.gamma());
        line(sb, "_cell_volume", l.volume());
        sb.append("_symmetry_space_group_name_H-M   'P 1'\n");
        sb.append("_symmetry_Int_Tables_number   1\n");
        sb.append("_chemical_formula_sum   '").append(s.formula().replaceAll("([0-9.])([A-Z])", "$1 $2")
                .replaceAll("([a-z])([A-Z])", "$1 $2")).append("'\n");
        sb.append("loop_\n _symmetry_equiv_pos_site_id\n _symmetry_equiv_pos_as_xyz\n  1  'x, y, z'\n");
        boolean ox = s.hasOxidationStates();
        Map<String, Double> types = new LinkedHashMap<>();
        for (Site site : s.sites()) {
            types.putIfAbsent(typeSymbol(site, ox), site.oxidationState());
        }
        if (ox) {
            sb.append("loop_\n _atom_type_symbol\n _atom_type_oxidation_number\n");
            types.forEach((t, q) -> sb.append(String.format(Locale.ROOT, "  %s  %s%n", t, Double.toString(q))));
        }
        sb.append("loop_\n _atom_site_type_symbol\n _atom_site_label\n _atom_site_symmetry_multiplicity\n")
                .append(" _atom_site_fract_x\n _atom_site_fract_y\n _atom_site_fract_z\n _atom_site_occupancy\n");
        for (Site site : s.sites()) {
            sb.append(String.format(Locale.ROOT, "  %s  %s  1  %.10f  %.10f  %.10f  %s%n", typeSymbol(site, ox),
                    quoteIfNeeded(site.label()), site.frac(0), site.frac(1), site.frac(2),
                    Double.toString(site.occupancy())));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String tag, double v) {
        sb.append(String.format(Locale.ROOT, "%s   %.10f%n", tag, v));
    }

    /** "Li1+", "O2-", "Fe2.5+" when states are written, else the element symbol. */
    private static String typeSymbol(Site s, boolean withCharge) {
        if (!withCharge) {
            return s.element().symbol();
        }
        double q = s.oxidationState();
        double mag = Math.abs(q);
        String num = mag == Math.rint(mag) ? Long.toString((long) mag) : Double.toString(mag);
        return s.element().symbol() + num + (q < 0 ? "-" : "+");
    }

    private static String quoteIfNeeded(String label) {
        return label.matches("[^\\s'\"#_$;\\[\\]][^\\s]*") ? label : "'" + label.replace("'", "") + "'";
    }

    /** Writes the CIF to a file atomically (temporary file in the same folder, then a rename). */
    public static void write(Structure s, Path file) {
        TextFiles.writeAtomically(file, toCif(s));
    }
}
