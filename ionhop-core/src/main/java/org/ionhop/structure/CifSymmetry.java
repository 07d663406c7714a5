package org.ionhop.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ionhop.io.InputFormatException;

/**
 * The symmetry of a CIF block: the operations of {@code _space_group_symop_operation_xyz} or
 * {@code _symmetry_equiv_pos_as_xyz}, or of a magnetic CIF (mCIF: {@code _space_group_symop.magn_operation_xyz} times
 * {@code _space_group_symop.magn_centering_xyz}, the time-reversal flag dropped); when there are none, those of the Hall symbol, Hermann-Mauguin symbol or
 * International Tables number from the bundled table ({@link SpaceGroupTable}), default setting (origin choice 2;
 * hexagonal axes unless the cell is rhombohedral); with none of these, P1.
 */
final class CifSymmetry {
    private static final Set<Integer> RHOMBOHEDRAL = Set.of(146, 148, 155, 160, 161, 166, 167);
    private static final String[] SYMBOL_TAGS = {"_space_group_name_hall", "_symmetry_space_group_name_hall",
        "_space_group_name_h-m_alt", "_symmetry_space_group_name_h-m", "_symmetry_space_group_name_h_m",
        "_space_group_name_h-m_ref"};

    private final CifValues values;

    CifSymmetry(CifValues values) {
        this.values = values;
    }

    /** The symmetry operations (possibly with repeats, which the caller removes). */
    List<SymmetryOperation> operations(Lattice lattice) {
        for (String tag : new String[] {"_space_group_symop_operation_xyz", "_symmetry_equiv_pos_as_xyz"}) {
            List<CifBlock.Value> col = values.block.column(tag);
            if (!col.isEmpty()) {
                List<SymmetryOperation> ops = new ArrayList<>(col.size());
                for (CifBlock.Value v : col) {
                    try {
                        ops.add(SymmetryOperation.parse(v.text()));
                    } catch (IllegalArgumentException e) {
                        throw new InputFormatException(values.file, v.line(), e.getMessage());
                    }
                }
                return ops;
            }
        }
        List<SymmetryOperation> magnetic = magneticOperations();
        if (!magnetic.isEmpty()) {
            return magnetic;
        }
        return spaceGroupFromTable(lattice).map(SpaceGroup::operations).orElse(List.of(SymmetryOperation.IDENTITY));
    }

    private static final String MAGN_OPS = "_space_group_symop_magn_operation_xyz";
    private static final String MAGN_CENTRINGS = "_space_group_symop_magn_centering_xyz";
    private static final String SSG_OPS = "_space_group_symop_magn_ssg_operation_algebraic";
    private static final String SSG_CENTRINGS = "_space_group_symop_magn_ssg_centering_algebraic";

    /**
     * The operations of a magnetic CIF (Bilbao, ISOCIF, FullProf and pymatgen write them): each operation is
     * {@code x,y,z,+1}, the last term being time reversal (+1 or -1), which moves no atom and is dropped; the
     * full list is every operation composed with every centring (mCIF 1.0, Gonzalez-Platas et al., J. Appl.
     * Cryst. 49, 1436 (2016)). Incommensurate structures give superspace operations {@code x1,x2,x3,x4,+1}
     * instead; their first three rows act on the average structure alone (the 3D part of a superspace operation
     * never involves x4; Janssen et al., ITC vol. C, 9.8), so x1, x2, x3 are read as x, y, z and the rest is
     * dropped. Before this, such files were read as P1 and only the listed sites were kept.
     */
    private List<SymmetryOperation> magneticOperations() {
        for (String[] tags : new String[][] {{MAGN_OPS, MAGN_CENTRINGS}, {SSG_OPS, SSG_CENTRINGS}}) {
            List<SymmetryOperation> ops = parseMagnetic(values.block.column(tags[0]));
            if (ops.isEmpty()) {
                continue;
            }
            List<SymmetryOperation> centrings = parseMagnetic(values.block.column(tags[1]));
            if (centrings.isEmpty()) {
                return ops;
            }
            List<SymmetryOperation> all = new ArrayList<>(ops.size() * centrings.size());
            for (SymmetryOperation c : centrings) {
                for (SymmetryOperation op : ops) {
                    all.add(c.compose(op));
                }
            }
            return all;
        }
        return List.of();
    }

    private List<SymmetryOperation> parseMagnetic(List<CifBlock.Value> col) {
        List<SymmetryOperation> ops = new ArrayList<>(col.size());
        for (CifBlock.Value v : col) {
            if (v.isMissing()) {
                continue;
            }
            String[] parts = v.text().split(",", -1);
            String xyz = parts.length < 4 ? "" : String.join(",", parts[0], parts[1], parts[2])
                    .replace("x1", "x").replace("x2", "y").replace("x3", "z")
                    .replace("X1", "x").replace("X2", "y").replace("X3", "z");
            if (parts.length < 4 || !parts[parts.length - 1].trim().matches("[+-]?1") || xyz.toLowerCase(Locale.ROOT).contains("x4")) {
                throw new InputFormatException(values.file, v.line(), "expected a magnetic symmetry operation "
                        + "'x,y,z,+1' or 'x1,x2,x3,x4,+1' (coordinates, then time reversal +1 or -1), found '"
                        + v.text() + "'");
            }
            try {
                ops.add(SymmetryOperation.parse(xyz));
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(values.file, v.line(), e.getMessage());
            }
        }
        return ops;
    }

    /** The group named by Hall symbol, H-M symbol or number, in the setting that fits the cell. */
    private Optional<SpaceGroup> spaceGroupFromTable(Lattice lattice) {
        SpaceGroupTable table = SpaceGroupTable.get();
        Optional<SpaceGroup> g = Optional.empty();
        for (String tag : new String[] {"_space_group_name_hall", "_symmetry_space_group_name_hall"}) {
            g = g.or(() -> values.text(tag).flatMap(table::bySymbol));
        }
        // _symmetry_space_group_name_H_M (underscore for the hyphen) is not in the dictionary but older ICSD
        // exports and some converters write it; ignoring it read such files as P1.
        for (String tag : new String[] {"_space_group_name_h-m_alt", "_symmetry_space_group_name_h-m",
                "_symmetry_space_group_name_h_m", "_space_group_name_h-m_ref"}) {
            g = g.or(() -> values.text(tag).flatMap(table::bySymbol));
        }
        for (String tag : new String[] {"_space_group_it_number", "_symmetry_int_tables_number"}) {
            if (g.isEmpty() && values.block.value(tag).isPresent() && !values.block.value(tag).get().isMissing()) {
                CifBlock.Value v = values.block.value(tag).get();
                int n = (int) values.parseNumber(v, "the space-group number (" + tag + ")");
                g = table.byNumber(n);
                if (g.isEmpty()) {
                    throw new InputFormatException(values.file, v.line(), "expected a space-group number from 1 to "
                            + "230, found " + v.text());
                }
            }
        }
        if (g.isEmpty()) {
            Optional<CifBlock.Value> named = symbolValue();
            if (named.isPresent()) {
                throw new InputFormatException(values.file, named.get().line(), "expected a known space-group symbol "
                        + "(Hermann-Mauguin such as 'P n m a' or a Hall symbol) or symmetry operations, found '"
                        + named.get().text() + "'");
            }
            return g;
        }
        SpaceGroup found = g.get();
        if (found.standard() && RHOMBOHEDRAL.contains(found.number()) && isRhombohedral(lattice)) {
            return table.bySymbol(found.hermannMauguin() + ":R");
        }
        return g;
    }

    private Optional<CifBlock.Value> symbolValue() {
        for (String tag : SYMBOL_TAGS) {
            Optional<CifBlock.Value> v = values.block.value(tag).filter(x -> !x.isMissing() && !x.text().isBlank());
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static boolean isRhombohedral(Lattice l) {
        return Math.abs(l.a() - l.b()) < 1e-4 * l.a() && Math.abs(l.a() - l.c()) < 1e-4 * l.a()
                && Math.abs(l.alpha() - l.beta()) < 1e-3 && Math.abs(l.alpha() - l.gamma()) < 1e-3
                && Math.abs(l.alpha() - 90) > 1e-3;
    }

    /**
     * What the reader should tell the user about the symmetry: a file with no operations, no space-group symbol
     * and no number is read as P1, which is right for P1 files that do not say so and wrong for a file whose
     * symmetry was lost in conversion (then only the asymmetric unit is in the cell).
     */
    List<String> warnings() {
        for (String tag : new String[] {"_space_group_symop_operation_xyz", "_symmetry_equiv_pos_as_xyz"}) {
            if (!values.block.column(tag).isEmpty()) {
                return List.of();
            }
        }
        if (!values.block.column(MAGN_OPS).isEmpty() || !values.block.column(SSG_OPS).isEmpty()) {
            return List.of();
        }
        if (symbolValue().isPresent() || values.text("_space_group_it_number").isPresent()
                || values.text("_symmetry_int_tables_number").isPresent()) {
            return List.of();
        }
        return List.of("the file gives no symmetry (no operations, space-group symbol or number): read as P1, the"
                + " sites as listed being the whole cell; if they are an asymmetric unit, add the space group");
    }

    /** The space-group symbol the file gives, else "#" and its number, else "". */
    String spaceGroupName() {
        return symbolValue().map(v -> v.text().trim())
                .or(() -> values.text("_space_group_it_number").or(() -> values.text("_symmetry_int_tables_number"))
                        .map(n -> "#" + n))
                .orElse("");
    }
}
