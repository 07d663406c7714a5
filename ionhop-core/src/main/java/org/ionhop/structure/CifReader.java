package org.ionhop.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;

/**
 * Reads the crystal structure of a CIF (CIF 1.1 or 2.0, as ICSD, COD, Materials Project, VESTA and pymatgen
 * write them) and expands the asymmetric unit to the full cell.
 *
 * <ul>
 *   <li>Block: the first {@code data_} block with {@code _cell_length_a}.</li>
 *   <li>Cell from {@code _cell_length_*} and {@code _cell_angle_*}; numbers may carry standard uncertainties,
 *       {@code 5.4321(12)}, which are dropped.</li>
 *   <li>Sites from {@code _atom_site_fract_*}; the element from {@code _atom_site_type_symbol}, else from the
 *       label; occupancies kept (partial and mixed sites are two species at one position); dummy atoms
 *       ({@code _atom_site_calc_flag dum}) and zero occupancies skipped.</li>
 *   <li>Oxidation states from {@code _atom_type_oxidation_number}, else from type symbols such as {@code Li1+},
 *       {@code O2-}. A file where every state is 0 (pymatgen writes {@code Li0+} for undecorated species) is
 *       taken to carry none.</li>
 *   <li>Symmetry: the operations of {@code _space_group_symop_operation_xyz} or
 *       {@code _symmetry_equiv_pos_as_xyz}; when there are none, those of the Hall symbol, Hermann-Mauguin
 *       symbol or International Tables number from the bundled table ({@link SpaceGroupTable}), default setting
 *       (origin choice 2; hexagonal axes unless the cell is rhombohedral); with none of these, P1.</li>
 *   <li>Expansion: every operation is applied to every site; images of one site closer than the merge
 *       tolerance (periodic distance, default {@value #DEFAULT_MERGE_TOLERANCE_A} Å) are one atom. Sites with
 *       different labels are never merged, so mixed sites keep both species.</li>
 * </ul>
 */
public final class CifReader {
    /**
     * Default distance (Å) below which two images of one site are the same atom. Coordinates printed with three
     * decimals (0.333 for 1/3) put images of a special position up to ~0.02 Å apart in a 20 Å cell, while two
     * real atoms are never closer than ~0.5 Å, so 0.05 Å separates the cases with a wide margin.
     */
    public static final double DEFAULT_MERGE_TOLERANCE_A = 0.05;

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)(?:\\(\\d+\\))?");
    private static final Pattern CHARGE = Pattern.compile("^([A-Za-z]+)(\\d*(?:\\.\\d+)?)([+-])$");
    private static final Set<Integer> RHOMBOHEDRAL = Set.of(146, 148, 155, 160, 161, 166, 167);

    private CifReader() {
    }

    /** Reads the first structure of a CIF file with the default merge tolerance. */
    public static Structure read(Path path) {
        return read(path, DEFAULT_MERGE_TOLERANCE_A);
    }

    /** Reads the first structure of a CIF file, merging images of a site closer than {@code mergeToleranceA}. */
    public static Structure read(Path path, double mergeToleranceA) {
        try (TextSource src = TextSource.open(path)) {
            return read(src, mergeToleranceA);
        }
    }

    /** Reads the first structure from an open source (e.g. a string in tests). */
    public static Structure read(TextSource src, double mergeToleranceA) {
        List<CifBlock> blocks = CifParser.parse(src);
        String file = src.name();
        if (blocks.isEmpty()) {
            throw new InputFormatException(file, src.lineNumber(), "expected a CIF data_ block, found "
                    + (src.lineNumber() == 0 ? "an empty file" : "none"));
        }
        CifBlock block = blocks.stream().filter(b -> b.has("_cell_length_a")).findFirst()
                .orElseThrow(() -> new InputFormatException(file, blocks.get(0).line(),
                        "expected _cell_length_a in a data block (is this a crystal-structure CIF?), found none in "
                                + blocks.size() + " block(s)"));
        return new BlockReader(file, block).structure(mergeToleranceA);
    }

    /** Reads one block into a structure. */
    private static final class BlockReader {
        private final String file;
        private final CifBlock block;

        BlockReader(String file, CifBlock block) {
            this.file = file;
            this.block = block;
        }

        Structure structure(double tolA) {
            Lattice lattice = lattice();
            List<Site> asym = asymmetricUnit();
            List<SymmetryOperation> ops = new ArrayList<>(new LinkedHashSet<>(operations(lattice)));
            List<Site> sites = expand(asym, ops, lattice, tolA);
            boolean allZero = sites.stream().allMatch(s -> s.hasOxidationState() && s.oxidationState() == 0);
            if (allZero) {
                sites = sites.stream().map(s -> s.withOxidationState(Double.NaN)).toList();
            }
            boolean all = !sites.isEmpty() && sites.stream().allMatch(Site::hasOxidationState);
            return new Structure(lattice, sites, file, spaceGroupName(), ops.size(),
                    all ? OxidationSource.GIVEN : OxidationSource.NONE);
        }

        private Lattice lattice() {
            double a = number("_cell_length_a", "the cell length a in Å");
            double b = number("_cell_length_b", "the cell length b in Å");
            double c = number("_cell_length_c", "the cell length c in Å");
            double al = number("_cell_angle_alpha", "the cell angle alpha in degrees");
            double be = number("_cell_angle_beta", "the cell angle beta in degrees");
            double ga = number("_cell_angle_gamma", "the cell angle gamma in degrees");
            try {
                return Lattice.fromParameters(a, b, c, al, be, ga);
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(file, block.tagLine("_cell_length_a"),
                        "expected a cell with positive volume, found " + e.getMessage());
            }
        }

        private double number(String tag, String what) {
            CifBlock.Value v = block.value(tag).orElseThrow(() -> new InputFormatException(file, block.line(),
                    "expected " + tag + " (" + what + ") in data block " + block.name() + ", found none"));
            return parseNumber(v, what + " (" + tag + ")");
        }

        private double parseNumber(CifBlock.Value v, String what) {
            Matcher m = NUMBER.matcher(v.text());
            if (v.isMissing() || !m.matches()) {
                throw new InputFormatException(file, v.line(), "expected " + what + " as a number, found '"
                        + v.text() + "'");
            }
            double d = Double.parseDouble(m.group(1));
            if (!Double.isFinite(d)) {
                throw new InputFormatException(file, v.line(), "expected " + what + " as a finite number, found '"
                        + v.text() + "'");
            }
            return d;
        }

        private List<Site> asymmetricUnit() {
            List<CifBlock.Value> xs = block.column("_atom_site_fract_x");
            if (xs.isEmpty()) {
                throw new InputFormatException(file, block.line(), "expected atom sites (_atom_site_fract_x, _y, _z)"
                        + " in data block " + block.name() + ", found " + (block.has("_atom_site_cartn_x")
                        ? "only Cartesian coordinates, which ionhop does not read" : "none"));
            }
            List<CifBlock.Value> ys = requireColumn("_atom_site_fract_y", xs.size());
            List<CifBlock.Value> zs = requireColumn("_atom_site_fract_z", xs.size());
            List<CifBlock.Value> labels = block.column("_atom_site_label");
            List<CifBlock.Value> types = block.column("_atom_site_type_symbol");
            List<CifBlock.Value> occs = block.column("_atom_site_occupancy");
            List<CifBlock.Value> flags = block.column("_atom_site_calc_flag");
            Map<String, Double> oxByType = oxidationTable();
            List<Site> sites = new ArrayList<>(xs.size());
            for (int i = 0; i < xs.size(); i++) {
                if (i < flags.size() && "dum".equalsIgnoreCase(flags.get(i).text())) {
                    continue;
                }
                CifBlock.Value label = i < labels.size() ? labels.get(i) : null;
                CifBlock.Value type = i < types.size() && !types.get(i).isMissing() ? types.get(i) : null;
                Element e = element(type, label, xs.get(i));
                double occ = 1.0;
                if (i < occs.size() && !occs.get(i).isMissing()) {
                    occ = parseNumber(occs.get(i), "the occupancy (_atom_site_occupancy)");
                    if (occ > 1 && occ < 1.001) {
                        occ = 1.0;
                    }
                    if (occ < 0 || occ > 1) {
                        throw new InputFormatException(file, occs.get(i).line(), "expected an occupancy between 0 and 1,"
                                + " found " + occs.get(i).text());
                    }
                }
                if (occ == 0) {
                    continue;
                }
                double[] f = {parseNumber(xs.get(i), "the fractional coordinate x"),
                        parseNumber(ys.get(i), "the fractional coordinate y"),
                        parseNumber(zs.get(i), "the fractional coordinate z")};
                double q = oxidationState(type != null ? type.text() : label != null ? label.text() : null, oxByType);
                String name = label != null && !label.isMissing() ? label.text() : e.symbol();
                sites.add(new Site(e, name, f, occ, q));
            }
            if (sites.isEmpty()) {
                throw new InputFormatException(file, xs.get(0).line(), "expected at least one occupied atom site, "
                        + "found none");
            }
            return sites;
        }

        private List<CifBlock.Value> requireColumn(String tag, int n) {
            List<CifBlock.Value> col = block.column(tag);
            if (col.size() != n) {
                throw new InputFormatException(file, block.tagLine("_atom_site_fract_x"), "expected " + tag + " for each of the "
                        + n + " sites, found " + col.size());
            }
            return col;
        }

        /**
         * The element of a site: the letters that start the type symbol must be an element symbol (so "Li1+" is
         * lithium and "Xx" is an error); without a type symbol the label decides ("Li1", "O2a", "LI_2").
         */
        private Element element(CifBlock.Value type, CifBlock.Value label, CifBlock.Value where) {
            if (type != null) {
                String t = type.text();
                int n = 0;
                while (n < t.length() && Character.isLetter(t.charAt(n))) {
                    n++;
                }
                Optional<Element> e = Element.fromSymbol(t.substring(0, n));
                if (e.isEmpty() && n > 2) {
                    e = Element.fromLabel(t);
                }
                return e.orElseThrow(() -> new InputFormatException(file, type.line(),
                        "expected a chemical element in the type symbol, found '" + t + "'"));
            }
            if (label != null && !label.isMissing()) {
                return Element.fromLabel(label.text()).orElseThrow(() -> new InputFormatException(file, label.line(),
                        "expected a label starting with a chemical element symbol, found '" + label.text() + "'"));
            }
            throw new InputFormatException(file, where.line(), "expected _atom_site_type_symbol or _atom_site_label"
                    + " for the site, found neither");
        }

        private Map<String, Double> oxidationTable() {
            Map<String, Double> out = new HashMap<>();
            List<CifBlock.Value> symbols = block.column("_atom_type_symbol");
            List<CifBlock.Value> numbers = block.column("_atom_type_oxidation_number");
            for (int i = 0; i < Math.min(symbols.size(), numbers.size()); i++) {
                if (!numbers.get(i).isMissing()) {
                    out.put(symbols.get(i).text(), parseNumber(numbers.get(i),
                            "the oxidation number (_atom_type_oxidation_number)"));
                }
            }
            return out;
        }

        private static double oxidationState(String symbol, Map<String, Double> table) {
            if (symbol == null) {
                return Double.NaN;
            }
            Double q = table.get(symbol);
            if (q != null) {
                return q;
            }
            Matcher m = CHARGE.matcher(symbol);
            if (m.matches()) {
                double mag = m.group(2).isEmpty() ? 1 : Double.parseDouble(m.group(2));
                return "-".equals(m.group(3)) ? -mag : mag;
            }
            return Double.NaN;
        }

        private List<SymmetryOperation> operations(Lattice lattice) {
            for (String tag : new String[] {"_space_group_symop_operation_xyz", "_symmetry_equiv_pos_as_xyz"}) {
                List<CifBlock.Value> col = block.column(tag);
                if (!col.isEmpty()) {
                    List<SymmetryOperation> ops = new ArrayList<>(col.size());
                    for (CifBlock.Value v : col) {
                        try {
                            ops.add(SymmetryOperation.parse(v.text()));
                        } catch (IllegalArgumentException e) {
                            throw new InputFormatException(file, v.line(), e.getMessage());
                        }
                    }
                    return ops;
                }
            }
            return spaceGroupFromTable(lattice).map(SpaceGroup::operations).orElse(List.of(SymmetryOperation.IDENTITY));
        }

        /** The group named by Hall symbol, H-M symbol or number, in the setting that fits the cell. */
        private Optional<SpaceGroup> spaceGroupFromTable(Lattice lattice) {
            SpaceGroupTable table = SpaceGroupTable.get();
            Optional<SpaceGroup> g = Optional.empty();
            for (String tag : new String[] {"_space_group_name_hall", "_symmetry_space_group_name_hall"}) {
                g = g.or(() -> text(tag).flatMap(table::bySymbol));
            }
            for (String tag : new String[] {"_space_group_name_h-m_alt", "_symmetry_space_group_name_h-m",
                    "_space_group_name_h-m_ref"}) {
                g = g.or(() -> text(tag).flatMap(table::bySymbol));
            }
            for (String tag : new String[] {"_space_group_it_number", "_symmetry_int_tables_number"}) {
                if (g.isEmpty() && block.value(tag).isPresent() && !block.value(tag).get().isMissing()) {
                    CifBlock.Value v = block.value(tag).get();
                    int n = (int) parseNumber(v, "the space-group number (" + tag + ")");
                    g = table.byNumber(n);
                    if (g.isEmpty()) {
                        throw new InputFormatException(file, v.line(), "expected a space-group number from 1 to 230, "
                                + "found " + v.text());
                    }
                }
            }
            if (g.isEmpty()) {
                Optional<CifBlock.Value> named = symbolValue();
                if (named.isPresent()) {
                    throw new InputFormatException(file, named.get().line(), "expected a known space-group symbol "
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
            for (String tag : new String[] {"_space_group_name_hall", "_symmetry_space_group_name_hall",
                    "_space_group_name_h-m_alt", "_symmetry_space_group_name_h-m", "_space_group_name_h-m_ref"}) {
                Optional<CifBlock.Value> v = block.value(tag).filter(x -> !x.isMissing() && !x.text().isBlank());
                if (v.isPresent()) {
                    return v;
                }
            }
            return Optional.empty();
        }

        private Optional<String> text(String tag) {
            return block.value(tag).filter(v -> !v.isMissing()).map(CifBlock.Value::text);
        }

        private static boolean isRhombohedral(Lattice l) {
            return Math.abs(l.a() - l.b()) < 1e-4 * l.a() && Math.abs(l.a() - l.c()) < 1e-4 * l.a()
                    && Math.abs(l.alpha() - l.beta()) < 1e-3 && Math.abs(l.alpha() - l.gamma()) < 1e-3
                    && Math.abs(l.alpha() - 90) > 1e-3;
        }

        private String spaceGroupName() {
            return symbolValue().map(v -> v.text().trim())
                    .or(() -> text("_space_group_it_number").or(() -> text("_symmetry_int_tables_number"))
                            .map(n -> "#" + n))
                    .orElse("");
        }
    }

    /**
     * Applies every operation to every site and merges the images of each site that lie within {@code tolA} of
     * one another (periodic distance). Sites with different labels are kept apart even when they coincide.
     */
    static List<Site> expand(List<Site> asym, List<SymmetryOperation> ops, Lattice lattice, double tolA) {
        List<Site> out = new ArrayList<>(asym.size() * ops.size());
        double tol2 = tolA * tolA;
        double[] tmp = new double[3];
        for (Site s : asym) {
            List<double[]> images = new ArrayList<>(ops.size());
            for (SymmetryOperation op : ops) {
                double[] f = op.apply(s.frac());
                for (int k = 0; k < 3; k++) {
                    f[k] = Site.wrap(f[k]);
                }
                boolean dup = false;
                for (double[] g : images) {
                    if (lattice.minimumImageVector(g, f, tmp) < tol2) {
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    images.add(f);
                    out.add(s.withFrac(f));
                }
            }
        }
        return out;
    }

}
