package org.ionhop.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

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
 *       different labels are never merged, so mixed sites keep both species. A merged atom conserves the site's
 *       multiplicity x occupancy ({@link SiteExpansion}).</li>
 *   <li>Checks: the composition against {@code _chemical_formula_sum} ({@link CifFormulaCheck}, a warning when
 *       they differ) and the physical checks of {@link StructureValidation} (bad input when they fail).</li>
 * </ul>
 */
public final class CifReader {
    /**
     * Default distance (Å) below which two images of one site are the same atom. Coordinates printed with three
     * decimals (0.333 for 1/3) put images of a special position up to ~0.02 Å apart in a 20 Å cell, while two
     * real atoms are never closer than ~0.5 Å, so 0.05 Å separates the cases with a wide margin.
     */
    public static final double DEFAULT_MERGE_TOLERANCE_A = 0.05;

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
        Optional<CifBlock> found = blocks.stream().filter(b -> b.has("_cell_length_a")).findFirst();
        if (found.isEmpty()) {
            for (CifBlock b : blocks) {
                b.defect().ifPresent(e -> {
                    throw e;
                });
            }
        }
        CifBlock block = found.orElseThrow(() -> new InputFormatException(file, blocks.get(0).line(),
                "expected _cell_length_a in a data block (is this a crystal-structure CIF?), found none in "
                        + blocks.size() + " block(s)"));
        block.defect().ifPresent(e -> {
            throw e;
        });
        return StructureValidation.require(new BlockReader(file, block).structure(mergeToleranceA));
    }

    /**
     * Reads one block into a structure: cell and sites here; oxidation states, symmetry, expansion and the formula
     * check beside.
     */
    private static final class BlockReader {
        private final String file;
        private final CifBlock block;
        private final CifValues values;
        private final List<SiteExpansion.Declared> declared = new ArrayList<>();
        private final List<String> readWarnings = new ArrayList<>();

        BlockReader(String file, CifBlock block) {
            this.file = file;
            this.block = block;
            this.values = new CifValues(file, block);
        }

        Structure structure(double tolA) {
            Lattice lattice = lattice();
            List<Site> asym = asymmetricUnit();
            CifSymmetry symmetry = new CifSymmetry(values);
            List<SymmetryOperation> ops = new ArrayList<>(new LinkedHashSet<>(symmetry.operations(lattice)));
            SiteExpansion.Expanded expanded = SiteExpansion.expand(asym, declared, ops, lattice, tolA);
            List<Site> sites = CifOxidation.withoutAllZeroStates(expanded.sites());
            boolean all = !sites.isEmpty() && sites.stream().allMatch(Site::hasOxidationState);
            List<String> warnings = new ArrayList<>(readWarnings);
            warnings.addAll(symmetry.warnings());
            warnings.addAll(expanded.warnings());
            warnings.addAll(CifFormulaCheck.warnings(values, sites));
            return new Structure(lattice, sites, file, symmetry.spaceGroupName(), ops.size(),
                    all ? OxidationSource.GIVEN : OxidationSource.NONE, warnings);
        }

        private Lattice lattice() {
            double a = values.number("_cell_length_a", "the cell length a in Å");
            double b = values.number("_cell_length_b", "the cell length b in Å");
            double c = values.number("_cell_length_c", "the cell length c in Å");
            double al = values.number("_cell_angle_alpha", "the cell angle alpha in degrees");
            double be = values.number("_cell_angle_beta", "the cell angle beta in degrees");
            double ga = values.number("_cell_angle_gamma", "the cell angle gamma in degrees");
            try {
                return Lattice.fromParameters(a, b, c, al, be, ga);
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(file, block.tagLine("_cell_length_a"),
                        "expected a cell with positive volume, found " + e.getMessage());
            }
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
            List<CifBlock.Value> mult = block.column("_atom_site_symmetry_multiplicity");
            CifOxidation oxidation = CifOxidation.of(values);
            List<Site> sites = new ArrayList<>(xs.size());
            for (int i = 0; i < xs.size(); i++) {
                if (i < flags.size() && "dum".equalsIgnoreCase(flags.get(i).text())) {
                    continue;
                }
                CifBlock.Value label = i < labels.size() ? labels.get(i) : null;
                if (isUnknown(xs.get(i)) || isUnknown(ys.get(i)) || isUnknown(zs.get(i))) {
                    // Hydrogen atoms whose positions were not determined are listed with '?' coordinates in
                    // COD and SHELX files; such a site cannot be placed, and the rest of the structure is usable.
                    readWarnings.add("site " + siteName(label, i) + " (line " + xs.get(i).line() + ") has no "
                            + "coordinates ('?'): left out");
                    continue;
                }
                CifBlock.Value type = i < types.size() && !types.get(i).isMissing() ? types.get(i) : null;
                Element e = element(type, label, xs.get(i));
                double occ = 1.0;
                if (i < occs.size() && !occs.get(i).isMissing()) {
                    occ = values.parseNumber(occs.get(i), "the occupancy (_atom_site_occupancy)");
                    // A refined occupancy may come out above 1 by less than its uncertainty (1.012(9)): that is
                    // a full site. Up to 3 standard uncertainties (or 0.001 for rounding) it is read as 1 with a
                    // warning; beyond, the file is refused as before.
                    double allowed = Math.max(0.001, 3 * CifValues.standardUncertainty(occs.get(i)));
                    if (occ > 1 && occ <= 1 + allowed) {
                        if (occ >= 1.001) {
                            readWarnings.add("occupancy " + occs.get(i).text() + " of site " + siteName(label, i)
                                    + " (line " + occs.get(i).line() + ") is above 1 within 3 standard "
                                    + "uncertainties: read as 1");
                        }
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
                double[] f = {coordinate(xs.get(i), "x"), coordinate(ys.get(i), "y"), coordinate(zs.get(i), "z")};
                double q = oxidation.stateOf(type != null ? type.text() : label != null ? label.text() : null,
                        type != null, e);
                String name = label != null && !label.isMissing() ? label.text() : e.symbol();
                sites.add(new Site(e, name, f, occ, q));
                int m = i < mult.size() && !mult.get(i).isMissing()
                        ? (int) Math.round(values.parseNumber(mult.get(i), "the site multiplicity")) : 0;
                declared.add(new SiteExpansion.Declared(new double[] {CifValues.roundingHalfWidth(xs.get(i)),
                    CifValues.roundingHalfWidth(ys.get(i)), CifValues.roundingHalfWidth(zs.get(i))}, m));
            }
            if (sites.isEmpty()) {
                throw new InputFormatException(file, xs.get(0).line(), "expected at least one occupied atom site, "
                        + "found none");
            }
            return sites;
        }

        private static boolean isUnknown(CifBlock.Value v) {
            return v.isMissing() && "?".equals(v.text());
        }

        /**
         * A fractional coordinate; ICSD writes {@code .} for a coordinate that is zero ({@code F1 F1- 3 d .5 . .}
         * is F at 1/2 0 0), which CIF's "inapplicable" cannot mean for a coordinate, so it is read as 0.
         */
        private double coordinate(CifBlock.Value v, String axis) {
            return v.isMissing() && ".".equals(v.text()) ? 0.0
                    : values.parseNumber(v, "the fractional coordinate " + axis);
        }

        private static String siteName(CifBlock.Value label, int i) {
            return label != null && !label.isMissing() ? label.text() : "number " + (i + 1);
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
    }
}
