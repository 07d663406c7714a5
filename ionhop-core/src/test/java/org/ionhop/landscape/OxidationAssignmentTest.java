package org.ionhop.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/**
 * Per-site oxidation states by maximum likelihood over bond-valence sums: the corpus of real structures against the
 * published states, and random charge-neutral compositions on simple prototypes built to their bond-valence
 * geometry.
 */
class OxidationAssignmentTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @TempDir
    Path tmp;

    private static OxidationStates.Assignment assign(String file) {
        return OxidationStates.assign(StructureReader.read(CORPUS.resolve(file)));
    }

    /** The state of each labelled site ("P1=4"), from the report. */
    private static Map<String, Double> byLabel(OxidationReport r) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        r.sites().forEach(s -> out.put(s.label(), s.state()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // file | expected states per site label (the published formal charges) | chemistry
        "Li3N.cif | N1=-3 Li1=1 Li2=1",                          // nitride
        "Li3P.cif | P1=-3 Li1=1 Li2=1",                          // phosphide
        "Li8GeP4_model.cif | Ge1=4 P0=-3",                       // phosphide with a tetrel cation
        "Li3BN2.cif | B1=3 N1=-3",                               // nitridoborate
        "Li3AlN2_model.cif | Al1=3 N0=-3",                       // nitridoaluminate
        "Li4P2S6.cif | P1=4 S1=-2",                              // P2S6 4-: P-P bond, P4+
        "Li2O2.cif | O1=-1 Li1=1 Li2=1",                         // O2 2- peroxide
        "LiBH4.cif | B1=3 H1=-1 H2=-1 H3=-1",                    // hydride in BH4-
        "LiAlH4.cif | Al1=3 H1=-1 H2=-1 H3=-1 H4=-1",            // hydride in AlH4-
        "Li2OHBr.cif | H1=1 O1=-2 Br1=-1",                       // proton of OH-
        "Li3ErI6_model.cif | Er0=3 I0=-1",                       // rare-earth iodide
        "Li3YCl6_model.cif | Y0=3 Cl0=-1",                       // rare-earth chloride
        "LLTO.cif | La1=3 Li1=1 Ti1=4 O1=-2",                    // perovskite with partial A site
        "LLZO_Al.cif | La1=3 Zr1=4 Al1=3 Li1=1 Li2=1 O1=-2",     // substituted garnet
        "Li6PS5Cl.cif | P1=5 S1=-2 S2=-2 S3=-2 Cl1=-1 Cl2=-1",   // argyrodite, S/Cl mixed sites
        "Fe3O4.cif | Fe1=3 Fe2=2.5 O1=-2",                       // inverse spinel: Fe3+ A, Fe2+/Fe3+ B
        "CaF2.cif | Ca1=2 F1=-1"})
    void corpusGetsThePublishedStates(String file, String expected) {
        OxidationStates.Assignment a = assign(file.trim());
        assertThat(a.problem()).isNull();
        Map<String, Double> got = byLabel(a.report());
        for (String kv : expected.trim().split(" ")) {
            String[] p = kv.split("=");
            assertThat(got.get(p[0])).as(file + " " + p[0]).isEqualTo(Double.parseDouble(p[1]));
        }
        assertThat(a.report().sites()).allMatch(s -> s.source() == OxidationReport.Source.BOND_VALENCE);
        // neutral with the occupancies: exactly for ordered files; LLTO's rounded 0.33/0.56 leave +0.01 e
        assertThat(Math.abs(a.report().residualCharge())).isLessThan(0.011);
    }

    @Test
    void mixedValenceSiteIsSplitIntoBothStatesAndTheRunnerUpIsTheNormalSpinel() {
        // magnetite: tetrahedral Fe3+ (BVS 2.93), octahedral Fe2.5+ (BVS 2.63); the alternative is Fe2+ on A
        OxidationStates.Assignment a = assign("Fe3O4.cif");
        Structure s = a.structure();
        long fe2 = s.sites().stream().filter(x -> x.element() == Element.Fe && x.oxidationState() == 2).count();
        long fe3half = s.sites().stream().filter(x -> x.element() == Element.Fe && x.oxidationState() == 3
                && x.isPartial()).count();
        assertThat(fe2).isEqualTo(16);
        assertThat(fe3half).isEqualTo(16);
        assertThat(a.report().runnerUp()).contains("Fe1 +3 -> +2");
        assertThat(a.report().margin()).isGreaterThan(10);
        assertThat(a.report().notes()).anyMatch(n -> n.contains("mixed valence"));
    }

    @Test
    void smallResidualFromRoundedOccupanciesIsReportedNotRefused() {
        OxidationStates.Assignment a = assign("LLTO.cif");
        assertThat(a.complete()).isTrue();
        assertThat(a.report().residualCharge()).isCloseTo(0.01, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(a.report().notes()).anyMatch(n -> n.contains("residual charge +0.010 e"));
    }

    @Test
    void molecularUnitsAreNamed() {
        assertThat(assign("LiBH4.cif").report().notes()).anyMatch(n -> n.contains("BH4") && n.contains("-1"));
        assertThat(assign("Li2OHBr.cif").report().notes()).anyMatch(n -> n.contains("HO") && n.contains("-1"));
    }

    @Test
    void organicCationIsRefusedWithOneSentenceNamingTheUnitAndTheOption() {
        // a methylammonium-like CH3NH3+ unit next to I-: no formal charges from bond-valence sums
        Lattice l = Lattice.fromParameters(6.3, 6.3, 6.3, 90, 90, 90);
        List<Site> sites = new ArrayList<>(List.of(Site.of(Element.Pb, 0, 0, 0), Site.of(Element.I, 0.5, 0, 0),
                Site.of(Element.I, 0, 0.5, 0), Site.of(Element.I, 0, 0, 0.5), Site.of(Element.C, 0.5, 0.5, 0.44),
                Site.of(Element.N, 0.5, 0.5, 0.675)));
        double[][] h = {{0.66, 0.5, 0.38}, {0.42, 0.64, 0.38}, {0.42, 0.36, 0.38}, {0.66, 0.5, 0.735},
            {0.42, 0.64, 0.735}, {0.42, 0.36, 0.735}};
        for (double[] p : h) {
            sites.add(Site.of(Element.H, p[0], p[1], p[2]));
        }
        OxidationStates.Assignment a = OxidationStates.assign(Structure.of(l, sites, "MAPbI3"));
        assertThat(a.complete()).isFalse();
        assertThat(a.problem()).contains("molecular unit CH6N").contains("El=q pairs").doesNotContain("\n");
        // with the states given by hand it runs
        OxidationStates.Assignment given = OxidationStates.assign(Structure.of(l, sites, "MAPbI3"),
                Map.of(Element.C, -2, Element.N, -3, Element.H, 1, Element.Pb, 2, Element.I, -1));
        assertThat(given.complete()).isTrue();
        assertThat(given.report().residualCharge()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void userStatesThatLeaveTheCellChargedAreKeptWithAWarning() {
        OxidationStates.Assignment a = OxidationStates.assign(StructureReader.read(CORPUS.resolve("Li3N.cif")),
                Map.of(Element.Li, 1, Element.N, -2));
        assertThat(a.complete()).isTrue();
        assertThat(a.report().residualCharge()).isEqualTo(1.0);
        assertThat(a.report().notes()).anyMatch(n -> n.contains("user's oxidation states leave the cell charged")
                && n.contains("+1.000 e"));
        assertThat(a.report().sites()).allMatch(s -> s.source() == OxidationReport.Source.USER);
    }

    // ---- property tests: prototypes built to their bond-valence geometry (R = R0 - b ln(q / CN)) ----

    private static double bondLength(Element c, int qc, Element a, int qa, int cn) {
        BondValenceTable.Row r = BondValenceTable.bundled().lookup(c, qc, a, qa).orElseThrow().row();
        return r.r0A() - r.bA() * Math.log((double) qc / cn);
    }

    private Structure cif(String name, double a, String group, int number, String... sites) {
        StringBuilder sb = new StringBuilder("data_" + name + "\n");
        sb.append(String.format(Locale.ROOT, "_cell_length_a %.5f%n_cell_length_b %.5f%n_cell_length_c %.5f%n", a, a, a));
        sb.append("_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n");
        sb.append("_space_group_name_H-M_alt '").append(group).append("'\n_space_group_IT_number ").append(number)
                .append('\n');
        sb.append("loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\n");
        for (String s : sites) {
            sb.append(s).append('\n');
        }
        try {
            Path p = tmp.resolve(name + ".cif");
            Files.writeString(p, sb.toString());
            return StructureReader.read(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertStates(Structure s, Map<Element, Double> expected) {
        OxidationStates.Assignment a = OxidationStates.assign(s);
        assertThat(a.problem()).as(s.source()).isNull();
        for (Site site : a.structure().sites()) {
            assertThat(site.oxidationState()).as(s.source() + " " + site.label())
                    .isEqualTo(expected.get(site.element()));
        }
    }

    @Test
    void randomIonicCompositionsOnPrototypesGetTheirStatesBack() {
        Random rnd = new Random(20261204L);
        Object[][] rocksalt = {{Element.Li, 1, Element.F, -1}, {Element.Na, 1, Element.Cl, -1},
            {Element.K, 1, Element.Br, -1}, {Element.Ag, 1, Element.Cl, -1}, {Element.Mg, 2, Element.O, -2},
            {Element.Ca, 2, Element.S, -2}, {Element.Ni, 2, Element.O, -2}, {Element.Mn, 2, Element.O, -2},
            {Element.Fe, 2, Element.O, -2}, {Element.Sr, 2, Element.Se, -2}, {Element.Na, 1, Element.I, -1}};
        Object[][] antifluorite = {{Element.Li, Element.O}, {Element.Na, Element.S}, {Element.Li, Element.S},
            {Element.K, Element.O}, {Element.Li, Element.Se}, {Element.Na, Element.Se}};
        Object[][] perovskite = {{Element.Sr, 2, Element.Ti, 4}, {Element.Ca, 2, Element.Ti, 4},
            {Element.Ba, 2, Element.Zr, 4}, {Element.K, 1, Element.Nb, 5}, {Element.Na, 1, Element.Ta, 5},
            {Element.La, 3, Element.Al, 3}, {Element.La, 3, Element.Fe, 3}, {Element.Sr, 2, Element.Fe, 4}};
        Object[][] spinel = {{Element.Mg, Element.Al}, {Element.Zn, Element.Fe}, {Element.Zn, Element.Cr},
            {Element.Mg, Element.Cr}, {Element.Co, Element.Al}, {Element.Zn, Element.Ga}};
        for (int trial = 0; trial < 8; trial++) {
            Object[] r = rocksalt[rnd.nextInt(rocksalt.length)];
            Element c = (Element) r[0];
            Element x = (Element) r[2];
            int qc = (Integer) r[1];
            double a = 2 * bondLength(c, qc, x, (Integer) r[3], 6);
            assertStates(cif("rocksalt" + c + x, a, "F m -3 m", 225, "M1 " + c + " 0 0 0", "X1 " + x + " 0.5 0.5 0.5"),
                    Map.of(c, (double) qc, x, (double) (Integer) r[3]));

            Object[] af = antifluorite[rnd.nextInt(antifluorite.length)];
            Element m = (Element) af[0];
            Element an = (Element) af[1];
            double af0 = 4 * bondLength(m, 1, an, -2, 4) / Math.sqrt(3);
            assertStates(cif("antifluorite" + m + an, af0, "F m -3 m", 225, "X1 " + an + " 0 0 0",
                    "M1 " + m + " 0.25 0.25 0.25"), Map.of(m, 1.0, an, -2.0));

            Object[] p = perovskite[rnd.nextInt(perovskite.length)];
            Element aa = (Element) p[0];
            Element bb = (Element) p[2];
            int qb = (Integer) p[3];
            double ap = 2 * bondLength(bb, qb, Element.O, -2, 6);
            assertStates(cif("perovskite" + aa + bb, ap, "P m -3 m", 221, "A1 " + aa + " 0 0 0",
                    "B1 " + bb + " 0.5 0.5 0.5", "O1 O 0.5 0.5 0"), Map.of(aa, (double) (Integer) p[1], bb,
                    (double) qb, Element.O, -2.0));

            Object[] sp = spinel[rnd.nextInt(spinel.length)];
            Element ta = (Element) sp[0];
            Element ob = (Element) sp[1];
            double ra = bondLength(ta, 2, Element.O, -2, 4);
            double rb = bondLength(ob, 3, Element.O, -2, 6);
            // origin choice 2: R_A = a sqrt(3) (u - 1/8), R_B = a sqrt(3u^2 - 2u + 3/8); solve R_A / R_B for u
            double lo = 0.2;
            double hi = 0.3;
            for (int it = 0; it < 60; it++) {
                double u = 0.5 * (lo + hi);
                double ratio = Math.sqrt(3) * (u - 0.125) / Math.sqrt(3 * u * u - 2 * u + 0.375);
                if (ratio < ra / rb) {
                    lo = u;
                } else {
                    hi = u;
                }
            }
            double u = 0.5 * (lo + hi);
            double as = ra / (Math.sqrt(3) * (u - 0.125));
            assertStates(cif("spinel" + ta + ob, as, "F d -3 m", 227, "A1 " + ta + " 0.125 0.125 0.125",
                    "B1 " + ob + " 0.5 0.5 0.5", String.format(Locale.ROOT, "O1 O %.5f %.5f %.5f", u, u, u)),
                    Map.of(ta, 2.0, ob, 3.0, Element.O, -2.0));
        }
    }
}
