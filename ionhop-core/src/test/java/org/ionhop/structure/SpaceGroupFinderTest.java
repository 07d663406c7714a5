package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ionhop.io.TextSource;

/**
 * Space-group detection (issue 12): each file's declared group (the file's own operations for the ones that carry
 * them, the group stated in ../shared/refdata/structures/README.md for the P1 files written by pymatgen) must come
 * back from the atoms alone after the cell is written in P1 with 0.01 Å of seeded noise; primitive cells of
 * centred lattices must be recognised; a distortion must give the subgroup at a tight tolerance and the parent at
 * a loose one.
 */
class SpaceGroupFinderTest {
    private static final Path REF = Path.of("../../shared/refdata");

    /** The structure written as P1 (every site listed) with Gaussian noise of RMS length {@code rmsA}, read back. */
    static Structure asP1(Structure s, double rmsA, long seed) {
        Random rnd = new Random(seed);
        List<Site> out = new ArrayList<>();
        double sigma = rmsA / Math.sqrt(3);
        for (Site site : s.sites()) {
            double[] c = s.lattice().toCartesian(site.frac());
            for (int k = 0; k < 3; k++) {
                c[k] += sigma * rnd.nextGaussian();
            }
            out.add(site.withFrac(s.lattice().toFractional(c)));
        }
        Structure noisy = Structure.of(s.lattice(), out, s.source());
        return CifReader.read(TextSource.fromString("p1.cif", CifWriter.toCif(noisy)),
                CifReader.DEFAULT_MERGE_TOLERANCE_A);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "kmc/kmcpy_example_nasicon.cif, 167",
        "kmc/kmcpy_tests_Na3SbS4_cubic.cif, 217",
        "kmc/kmcpy_tests_Na4Zr2Si3O12_573K_ICSD15546.cif, 167",
        "structures/LiFePO4_pymatgen.cif, 62",
        "structures/NaFePO4_pymatgen.cif, 62",
        "structures/Li2O_pymatgen.cif, 225",
        "structures/Li3N_ncrystal_mp2251.cif, 191",
        "structures/LLZO_tetragonal_Masanobu13.cif, 142",
        "structures/Li10GeP2S12_pymatgen.cif, 137",
        "structures/Li10GeP2S12_ordered_cavd.cif, 105",
        "structures/Li3V2PO43_pymatgen.cif, 5",
        "structures/LGPS_ccnb.cif, 1",
        "structures/beta-Li3PS4_cavd_LPS.cif, 1",
    })
    void everyReferenceFileWrittenAsP1GivesItsDeclaredGroup(String file, int number) {
        Structure s = StructureReader.read(REF.resolve(file));
        Structure p1 = asP1(s, 0.01, 42);
        assertThat(p1.symmetryOpsUsed()).isEqualTo(1);
        long t0 = System.nanoTime();
        SymmetryDataset d = SpaceGroupFinder.find(p1).orElseThrow();
        double ms = (System.nanoTime() - t0) * 1e-6;
        assertThat(d.number()).as(file).isEqualTo(number);
        // The operations applied to the file's asymmetric unit are the detected ones.
        if (s.symmetryOpsUsed() > 1) {
            assertThat(d.operationsInCell()).isEqualTo(s.symmetryOpsUsed());
        }
        System.out.printf(java.util.Locale.ROOT, "detect %-50s %3d %-10s %7.1f ms (%d sites)%n", file, d.number(),
                d.hermannMauguin(), ms, p1.numSites());
    }

    @Test
    void orbitsAreTheWyckoffPositionsOfTheFile() {
        // NASICON Na4Zr2Si3O12 (R-3c): the file lists Na1 (6b), Na2 (18e), Zr (12c), Si (18e), O1, O2 (36f).
        Structure s = StructureReader.read(REF.resolve("kmc/kmcpy_tests_Na4Zr2Si3O12_573K_ICSD15546.cif"));
        SymmetryDataset d = SpaceGroupFinder.find(asP1(s, 0.01, 7)).orElseThrow();
        assertThat(d.distinctSites(s)).containsEntry(Element.Na, List.of(6, 18)).containsEntry(Element.Zr, List.of(12))
                .containsEntry(Element.Si, List.of(18)).containsEntry(Element.O, List.of(36, 36));
        // Each orbit is one label of the file.
        for (List<Integer> orbit : d.orbitsOf(s, Element.Na)) {
            assertThat(orbit.stream().map(i -> s.sites().get(i).label()).distinct()).hasSize(1);
        }
    }

    @Test
    void primitiveCellsOfCentredLatticesAreRecognised() {
        double a = 5.64;
        // Rock salt, primitive fcc cell with two atoms (as Materials Project writes it): Fm-3m.
        Lattice fcc = Lattice.fromVectors(new double[] {0, a / 2, a / 2}, new double[] {a / 2, 0, a / 2},
                new double[] {a / 2, a / 2, 0});
        Structure nacl = Structure.of(fcc, List.of(Site.of(Element.Na, 0, 0, 0), Site.of(Element.Cl, 0.5, 0.5, 0.5)),
                "nacl");
        assertThat(SpaceGroupFinder.find(nacl).orElseThrow().number()).isEqualTo(225);
        // bcc lithium, one atom in the primitive cell: Im-3m.
        double b = 3.51;
        Lattice bcc = Lattice.fromVectors(new double[] {-b / 2, b / 2, b / 2}, new double[] {b / 2, -b / 2, b / 2},
                new double[] {b / 2, b / 2, -b / 2});
        assertThat(SpaceGroupFinder.find(Structure.of(bcc, List.of(Site.of(Element.Li, 0, 0, 0)), "bcc"))
                .orElseThrow().number()).isEqualTo(229);
        // The I-centred garnet (LLZO, I4_1/acd) and cubic Na3SbS4 (I-43m) in their primitive cells, and the R-3c
        // NASICON in its rhombohedral cell.
        double[][] iPrim = {{-0.5, 0.5, 0.5}, {0.5, -0.5, 0.5}, {0.5, 0.5, -0.5}};
        double[][] rPrim = {{2.0 / 3, -1.0 / 3, -1.0 / 3}, {1.0 / 3, 1.0 / 3, -2.0 / 3}, {1.0 / 3, 1.0 / 3, 1.0 / 3}};
        assertPrimitive("structures/LLZO_tetragonal_Masanobu13.cif", iPrim, 142, 96);
        assertPrimitive("kmc/kmcpy_tests_Na3SbS4_cubic.cif", iPrim, 217, 8);
        assertPrimitive("kmc/kmcpy_example_nasicon.cif", rPrim, 167, 42);
    }

    private static void assertPrimitive(String file, double[][] columns, int number, int sites) {
        Structure conv = StructureReader.read(REF.resolve(file));
        Structure prim = transformed(conv, columns);
        assertThat(prim.numSites()).as(file).isEqualTo(sites);
        SymmetryDataset d = SpaceGroupFinder.find(asP1(prim, 0.01, 3)).orElseThrow();
        assertThat(d.number()).as(file).isEqualTo(number);
        assertThat(d.translationsInCell()).isEqualTo(1);
    }

    /** The structure in the cell whose vectors are the given columns (in the old fractional coordinates). */
    static Structure transformed(Structure s, double[][] p) {
        double[][] m = s.lattice().matrix();
        double[][] rows = new double[3][3];
        for (int k = 0; k < 3; k++) {
            for (int c = 0; c < 3; c++) {
                rows[k][c] = p[0][k] * m[0][c] + p[1][k] * m[1][c] + p[2][k] * m[2][c];
            }
        }
        Lattice l = Lattice.fromMatrix(rows);
        List<Site> out = new ArrayList<>();
        for (Site site : s.sites()) {
            Site moved = site.withFrac(l.toFractional(s.lattice().toCartesian(site.frac())));
            boolean dup = out.stream().anyMatch(o -> o.element() == moved.element()
                    && l.minimumImageDistance(o.frac(), moved.frac()) < 1e-6);
            if (!dup) {
                out.add(moved);
            }
        }
        return Structure.of(l, out, s.source());
    }

    @Test
    void axisPermutationsAndOriginShiftsDoNotMatter() {
        Structure lfp = StructureReader.read(REF.resolve("structures/NaFePO4_pymatgen.cif"));
        // (a, b, c) -> (b, c, a) and the origin moved by an arbitrary vector.
        Structure permuted = transformed(lfp, new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}});
        List<Site> shifted = new ArrayList<>();
        for (Site site : permuted.sites()) {
            shifted.add(site.withFrac(new double[] {site.frac(0) + 0.1234, site.frac(1) + 0.377, site.frac(2) + 0.61}));
        }
        SymmetryDataset d = SpaceGroupFinder.find(Structure.of(permuted.lattice(), shifted, "perm")).orElseThrow();
        assertThat(d.number()).isEqualTo(62);
        assertThat(d.settingLabel()).isNotEqualTo("Pnma");
    }

    @Test
    void aDistortionGivesTheSubgroupAtATightToleranceAndTheParentAtALooseOne() {
        // Rock salt, conventional cell; one Na moved 0.05 Å along c. What keeps that atom and the c axis is 4mm on
        // a primitive cubic lattice: P4mm (99). At 0.1 Å the move is within the tolerance: Fm-3m (225).
        double a = 5.64;
        Lattice cube = Lattice.fromParameters(a, a, a, 90, 90, 90);
        List<Site> sites = new ArrayList<>();
        double[][] fccPoints = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        for (double[] p : fccPoints) {
            sites.add(Site.of(Element.Na, p[0], p[1], p[2]));
            sites.add(Site.of(Element.Cl, p[0] + 0.5, p[1], p[2]));
        }
        sites.set(0, Site.of(Element.Na, 0, 0, 0.05 / a));
        Structure distorted = Structure.of(cube, sites, "distorted");
        SymmetryDataset tight = SpaceGroupFinder.find(distorted, 0.01).orElseThrow();
        SymmetryDataset loose = SpaceGroupFinder.find(distorted, 0.1).orElseThrow();
        assertThat(tight.number()).isEqualTo(99);
        assertThat(tight.pointGroupOrder()).isEqualTo(8);
        assertThat(loose.number()).isEqualTo(225);
        assertThat(loose.operationsInCell()).isEqualTo(192);
    }
}
