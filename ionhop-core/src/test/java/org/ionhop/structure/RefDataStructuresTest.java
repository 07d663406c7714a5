package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ionhop.io.TextSource;
import org.ionhop.testing.RefData;
import org.ionhop.units.Constants;

/**
 * Every structure file of ../shared/refdata: the cell contents after symmetry expansion, formula, volume and
 * density, each against a value from outside the reader: the formula and volume that the writing program put in
 * the file header (pymatgen, ICSD) or its README, the sum of Wyckoff multiplicities (ICSD files), and the density
 * Z M / (N_A V) with M summed from the formula here, not from the sites.
 */
class RefDataStructuresTest {
    /**
     * @param file        path under refdata
     * @param sites       expected sites after expansion (Wyckoff multiplicities summed where the file has symmetry)
     * @param formulaSum  cell or formula-unit composition as the file header / README states it
     * @param z           formula units per cell for formulaSum
     * @param volumeA3    cell volume as the file header / README states it (NaN: compute from orthogonal edges)
     * @param volumeTol   tolerance matching the printed digits of volumeA3
     * @param densityDiffrn published X-ray density (g/cm³) where the file gives it, else NaN
     * @param oxidation   whether the file carries oxidation states
     */
    record Ref(String file, int sites, String formulaSum, int z, double volumeA3, double volumeTol,
               double densityDiffrn, boolean oxidation) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Ref> files() {
        return List.of(
                new Ref("structures/LGPS_ccnb.cif", 50, "Li10 Ge1 P2 S12", 2,
                        triclinicVolume(8.56052, 8.52808, 12.18697, 90.47667, 90.63548, 89.87970), 1e-6, Double.NaN, true),
                new Ref("structures/LLZO_tetragonal_Masanobu13.cif", 192, "Li56 La24 Zr16 O96", 1, 2225.25695306, 1e-6,
                        Double.NaN, true),
                new Ref("structures/Li10GeP2S12_ordered_cavd.cif", 50, "Li20 Ge2 P4 S24", 1, 977.450284168, 1e-6,
                        Double.NaN, false),
                new Ref("structures/Li10GeP2S12_pymatgen.cif", 62, "Li20.2 Ge2.06 P3.94 S24", 1, 952.34899777, 1e-6,
                        Double.NaN, false),
                new Ref("structures/Li2O_pymatgen.cif", 3, "Li2 O1", 1, 25.27966838, 1e-6, Double.NaN, true),
                new Ref("structures/Li3N_ncrystal_mp2251.cif", 4, "Li3 N1", 1, 44.88256787, 1e-6, Double.NaN, false),
                new Ref("structures/Li3V2PO43_pymatgen.cif", 40, "Li6 V4 P6 O24", 1, 470.79781863, 1e-6, Double.NaN,
                        false),
                new Ref("structures/LiFePO4_pymatgen.cif", 28, "Li4 Fe4 P4 O16", 1, 299.60796771, 1e-6, Double.NaN,
                        false),
                new Ref("structures/NaFePO4_pymatgen.cif", 28, "Na4 Fe4 P4 O16", 1, 327.92852119, 1e-6, Double.NaN,
                        false),
                new Ref("structures/beta-Li3PS4_cavd_LPS.cif", 32, "Li3 P1 S4", 4, 13.066 * 8.015 * 6.101, 1e-6,
                        Double.NaN, true),
                // ICSD 15546 (Tran Qui et al. 1981), R-3c: Zr 12c + Na1 6b + Na2 18e + O1 36f + O2 36f + Si 18e.
                new Ref("kmc/kmcpy_tests_Na4Zr2Si3O12_573K_ICSD15546.cif", 12 + 6 + 18 + 36 + 36 + 18,
                        "Na4 O12 Si3 Zr2", 6, 1621.04, 0.01, 3.38, true),
                new Ref("kmc/kmcpy_example_nasicon.cif", 12 + 6 + 18 + 36 + 36 + 18, "Na4 O12 Si3 Zr2", 6, 1621.04, 0.01,
                        Double.NaN, true),
                // ICSD 44707 (Graf & Schaefer 1976), I-43m: Sb 2a + Na 6b + S 8c.
                new Ref("kmc/kmcpy_tests_Na3SbS4_cubic.cif", 2 + 6 + 8, "Na3 S4 Sb1", 2, 368.6, 0.05, 2.87, true),
                new Ref("trajectories/cNa3PS4.cif", 128, "Na48 P16 S64", 1, 2810.34969039, 1e-6, Double.NaN, false),
                // README: Li56 La24 Zr16 O96 cubic LLZO, a = 12.98 Å, V = 2186.876 Å^3.
                new Ref("trajectories/LLZO_arrhenius/POSCAR", 192, "Li56 La24 Zr16 O96", 1, 2186.876, 1e-3, Double.NaN,
                        false));
    }

    /** V = abc sqrt(1 - cos²α - cos²β - cos²γ + 2 cosα cosβ cosγ), the textbook triclinic volume. */
    static double triclinicVolume(double a, double b, double c, double al, double be, double ga) {
        double ca = Math.cos(Math.toRadians(al));
        double cb = Math.cos(Math.toRadians(be));
        double cg = Math.cos(Math.toRadians(ga));
        return a * b * c * Math.sqrt(1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg);
    }

    private static final Pattern TERM = Pattern.compile("([A-Z][a-z]?)([0-9.]*)");

    private static Map<Element, Double> parseFormula(String sum) {
        Map<Element, Double> out = new LinkedHashMap<>();
        for (String t : sum.trim().split("\\s+")) {
            Matcher m = TERM.matcher(t);
            assertThat(m.matches()).as(t).isTrue();
            out.put(Element.fromSymbol(m.group(1)).orElseThrow(), m.group(2).isEmpty() ? 1 : Double.parseDouble(m.group(2)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void contentsFormulaVolumeAndDensity(Ref ref) {
        Structure s = StructureReader.read(RefData.path(ref.file()));
        assertThat(s.numSites()).isEqualTo(ref.sites());
        Map<Element, Double> fu = parseFormula(ref.formulaSum());
        assertThat(s.composition().keySet()).containsExactlyInAnyOrderElementsOf(fu.keySet());
        double molarMass = 0;
        for (Map.Entry<Element, Double> e : fu.entrySet()) {
            assertThat(s.composition().get(e.getKey())).as(e.getKey().symbol()).isCloseTo(ref.z() * e.getValue(),
                    within(1e-9));
            molarMass += e.getKey().massAmu() * e.getValue();
        }
        assertThat(s.volume()).isCloseTo(ref.volumeA3(), within(ref.volumeTol()));
        double rho = ref.z() * molarMass / (Constants.AVOGADRO_PER_MOL * s.volume() * 1e-24);
        assertThat(s.densityGPerCm3()).isCloseTo(rho, within(1e-9 * rho));
        if (!Double.isNaN(ref.densityDiffrn())) {
            // Published density is printed with two decimals.
            assertThat(s.densityGPerCm3()).isCloseTo(ref.densityDiffrn(), within(0.006));
        }
        assertThat(s.oxidationSource() == OxidationSource.GIVEN).isEqualTo(ref.oxidation());
        assertNoTwoAtomsOverlap(s);
    }

    /** After expansion, no two sites of one label sit closer than 0.5 Å (merging worked, nothing duplicated). */
    private static void assertNoTwoAtomsOverlap(Structure s) {
        CellList cells = CellList.of(s, 0.5);
        for (int i = 0; i < s.numSites(); i++) {
            final int a = i;
            cells.forEachNeighbor(i, 0.5, (j, na, nb, nc, dx, dy, dz, d2) -> {
                Site si = s.sites().get(a);
                Site sj = s.sites().get(j);
                assertThat(si.label()).as("site %s overlaps %s", si, sj).isNotEqualTo(sj.label());
            });
        }
    }

    @org.junit.jupiter.api.Test
    void firstFrameOfAnXdatcar() {
        // README: Li6PS5Cl 2x2x2, Li192 P32 S160 Cl32 (416 atoms), a = 20.312 Å (cubic), 50 % S/Cl exchange.
        Structure s = StructureReader.read(RefData.path("trajectories/Li6PS5Cl_50p_run1_500K_XDATCAR.gz"));
        assertThat(s.numSites()).isEqualTo(416);
        assertThat(s.composition()).containsEntry(Element.Li, 192.0).containsEntry(Element.P, 32.0)
                .containsEntry(Element.S, 160.0).containsEntry(Element.Cl, 32.0);
        assertThat(s.lattice().a()).isCloseTo(20.312, within(0.001));
        // The file's cell is diagonal up to off-diagonal terms of 2e-4 Å, which change the volume by ~1e-9 relative.
        assertThat(s.volume()).isCloseTo(20.312311 * 20.312339 * 20.312424, within(1e-7 * s.volume()));
    }

    @org.junit.jupiter.api.Test
    void gzippedFilesReadLikeThePlainOnes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path plain = RefData.path("kmc/kmcpy_tests_Na4Zr2Si3O12_573K_ICSD15546.cif");
        Path gz = dir.resolve("nasicon.cif.gz");
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(gz))) {
            java.nio.file.Files.copy(plain, out);
        }
        Structure a = StructureReader.read(plain);
        Structure b = StructureReader.read(gz);
        assertThat(b.sites()).isEqualTo(a.sites());
        assertThat(b.lattice().parameters()).containsExactly(a.lattice().parameters());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void poscarRoundTripKeepsTheStructure(Ref ref) {
        Structure s = StructureReader.read(RefData.path(ref.file()));
        if (!s.partialSites().isEmpty()) {
            return;
        }
        String text = PoscarWriter.toPoscar(s);
        Structure back = PoscarReader.read(TextSource.fromString("round-trip POSCAR", text));
        assertThat(back.numSites()).isEqualTo(s.numSites());
        assertThat(back.composition()).isEqualTo(s.composition());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(back.lattice().component(i, j)).isCloseTo(s.lattice().component(i, j), within(1e-12));
            }
        }
        // Each site of the original has a site of the same element at distance < 1e-9 Å in the copy.
        CellList cells = CellList.of(back, 1.0);
        double[] p = new double[3];
        for (Site site : s.sites()) {
            s.lattice().toCartesian(site.frac(0), site.frac(1), site.frac(2), p);
            int[] found = new int[1];
            cells.forEachWithin(p[0], p[1], p[2], 1e-9, (j, na, nb, nc, dx, dy, dz, d2) -> {
                if (back.sites().get(j).element() == site.element()) {
                    found[0]++;
                }
            });
            assertThat(found[0]).as("%s", site).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void cifRoundTripKeepsSitesOccupanciesAndOxidationStates(Ref ref) {
        Structure s = StructureReader.read(RefData.path(ref.file()));
        Structure back = CifReader.read(TextSource.fromString("round-trip.cif", CifWriter.toCif(s)),
                CifReader.DEFAULT_MERGE_TOLERANCE_A);
        assertThat(back.lattice().parameters()).containsExactly(s.lattice().parameters(), within(1e-9));
        assertThat(back.numSites()).isEqualTo(s.numSites());
        assertThat(back.oxidationSource()).isEqualTo(s.oxidationSource());
        for (int i = 0; i < s.numSites(); i++) {
            Site a = s.sites().get(i);
            Site b = back.sites().get(i);
            assertThat(b.element()).isEqualTo(a.element());
            assertThat(b.label()).isEqualTo(a.label());
            assertThat(b.occupancy()).isEqualTo(a.occupancy());
            assertThat(Double.compare(b.oxidationState(), a.oxidationState())).as("%s", a).isZero();
            assertThat(s.lattice().minimumImageDistance(a.frac(), b.frac())).isLessThan(1e-8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void expandedCellIsInvariantUnderTheTablesOperationsOfItsGroup(Ref ref) {
        Path path = RefData.path(ref.file());
        Structure s = StructureReader.read(path);
        if (s.symmetryOpsUsed() == 1) {
            return;
        }
        // The file's operations came from ICSD; the table's come from spglib. Every table operation must map the
        // expanded cell onto itself (same element within 1e-3 Å).
        SpaceGroup g = SpaceGroupTable.get().bySymbol(s.spaceGroup()).orElseThrow();
        assertThat(g.order()).isEqualTo(s.symmetryOpsUsed());
        CellList cells = CellList.of(s, 1.0);
        double[] p = new double[3];
        for (SymmetryOperation op : g.operations()) {
            for (Site site : s.sites()) {
                double[] f = op.apply(site.frac());
                s.lattice().toCartesian(f[0], f[1], f[2], p);
                int[] hits = new int[1];
                cells.forEachWithin(p[0], p[1], p[2], 1e-3, (j, na, nb, nc, dx, dy, dz, d2) -> {
                    if (s.sites().get(j).element() == site.element()) {
                        hits[0]++;
                    }
                });
                assertThat(hits[0]).as("%s under %s", site, op).isEqualTo(1);
            }
        }
    }
}
