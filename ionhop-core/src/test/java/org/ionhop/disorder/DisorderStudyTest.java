package org.ionhop.disorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.ProgressListener;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.OxidationSource;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/** Variants, orderings, entropy and symmetry-distinct counts against closed forms and hand counts. */
class DisorderStudyTest {

    /** CsCl type, Pm-3m: Cs1 at the corner, Cl1 at the body centre, a = 4.1 Å. */
    static Structure cscl(String spaceGroup) {
        Lattice l = Lattice.fromParameters(4.1, 4.1, 4.1, 90, 90, 90);
        List<Site> sites = List.of(new Site(Element.Cs, "Cs1", new double[] {0, 0, 0}, 1, 1),
                new Site(Element.Cl, "Cl1", new double[] {0.5, 0.5, 0.5}, 1, -1));
        return new Structure(l, sites, "cscl.cif", spaceGroup, 48, OxidationSource.GIVEN);
    }

    private static DisorderSettings substitute(String sites, Element e, double fraction) {
        return DisorderSettings.defaults().withSupercell(List.of(2, 2, 2)).withOxidationStates(Map.of(Element.K, 1))
                .withSubstitutions(List.of(new DisorderSettings.Substitution(SiteSelector.parse("s", sites), e,
                        fraction)));
    }

    private static long count(Structure s, Element e) {
        return s.sites().stream().filter(x -> x.element() == e).count();
    }

    /**
     * Hand counts on the 2x2x2 supercell of CsCl (8 Cs positions on the corners of a cube, periodic): one K is one
     * configuration up to translation; two K: 28 pairs, which the cubic group with the translations sorts by their
     * separation into nearest neighbours (12 pairs), face diagonals (12) and body diagonals (4), so 3 distinct;
     * with translations only (P1 parent) every pair has an orbit of 4 (the translation by the pair vector maps it
     * onto itself), so 28 / 4 = 7 distinct.
     */
    @Test
    void symmetryDistinctCountsMatchHandCounts() {
        VariantResult one = DisorderStudy.variant(cscl("P m -3 m"), substitute("Cs1", Element.K, 1 / 8.0),
                ProgressListener.NONE);
        assertThat(one.symmetry().configurations()).isEqualTo(8);
        assertThat(one.symmetry().distinct()).isEqualTo(1);
        VariantResult two = DisorderStudy.variant(cscl("P m -3 m"), substitute("Cs1", Element.K, 2 / 8.0),
                ProgressListener.NONE);
        assertThat(two.symmetry().configurations()).isEqualTo(28);
        assertThat(two.symmetry().distinct()).isEqualTo(3);
        // 48 point operations x 8 translations, all kept
        assertThat(two.symmetry().operations()).isEqualTo(384);
        VariantResult p1 = DisorderStudy.variant(cscl(""), substitute("Cs1", Element.K, 2 / 8.0), ProgressListener.NONE);
        assertThat(p1.symmetry().distinct()).isEqualTo(7);
        assertThat(p1.symmetry().operations()).isEqualTo(8);
    }

    /** Half of the 8 positions: orbit count by canonical forms equals Burnside's lemma over the same group. */
    @Test
    void enumerationAgreesWithBurnside() {
        VariantResult half = DisorderStudy.variant(cscl("P m -3 m"), substitute("Cs1", Element.K, 0.5),
                ProgressListener.NONE);
        assertThat(half.symmetry().configurations()).isEqualTo(70);
        List<int[]> perms = SymmetryEnumeration.permutations(half.variant());
        // fixed colourings of a permutation with 4 of 8 black: choose whole cycles adding up to 4 positions
        int[] cs = half.variant().sublattices().stream().filter(Variant.Sublattice::disordered).findFirst().orElseThrow()
                .positions();
        double sum = 0;
        for (int[] g : perms) {
            List<Integer> cycles = new java.util.ArrayList<>();
            boolean[] seen = new boolean[g.length];
            for (int p : cs) {
                if (!seen[p]) {
                    int len = 0;
                    for (int q = p; !seen[q]; q = g[q]) {
                        seen[q] = true;
                        len++;
                    }
                    cycles.add(len);
                }
            }
            long[] ways = new long[5];
            ways[0] = 1;
            for (int len : cycles) {
                for (int t = 4; t >= len; t--) {
                    ways[t] += ways[t - len];
                }
            }
            sum += ways[4];
        }
        assertThat(half.symmetry().distinct()).isEqualTo(Math.round(sum / perms.size()));
        assertThat(sum / perms.size()).isCloseTo(Math.rint(sum / perms.size()), within(1e-9));
    }

    @Test
    void randomOrderingsHaveExactCountsAndDoNotDependOnThreads() throws Exception {
        DisorderSettings s = substitute("Cs1", Element.K, 0.375).withSupercell(List.of(4, 4, 2)).withOrderings(20)
                .withEnumerationLimit(0);
        VariantResult r = DisorderStudy.variant(cscl(""), s, ProgressListener.NONE);
        assertThat(r.orderings()).hasSize(20);
        for (Ordering o : r.orderings()) {
            assertThat(count(o.structure(), Element.K)).isEqualTo(12);
            assertThat(count(o.structure(), Element.Cs)).isEqualTo(20);
        }
        // orderings differ from each other
        assertThat(r.orderings().stream().map(o -> o.structure().sites()).distinct().count()).isGreaterThan(15);
        VariantResult one = new ForkJoinPool(1).submit(() -> DisorderStudy.variant(cscl(""), s, ProgressListener.NONE))
                .get();
        VariantResult four = new ForkJoinPool(4).submit(() -> DisorderStudy.variant(cscl(""), s, ProgressListener.NONE))
                .get();
        for (int i = 0; i < 20; i++) {
            assertThat(one.orderings().get(i).structure().sites()).isEqualTo(four.orderings().get(i).structure().sites());
            assertThat(one.orderings().get(i).ewaldEnergyEv()).isEqualTo(four.orderings().get(i).ewaldEnergyEv());
        }
    }

    /**
     * Ideal entropy per formula unit against the closed form -sum x ln x (one mixed site per formula unit), and the
     * exact-count ensemble's ln W / Z against Stirling's expansion ln C(N, n) = N H - ln(2 pi N x (1 - x)) / 2 + O(1/N).
     */
    @Test
    void entropyFollowsTheClosedForms() {
        double x = 0.375;
        VariantResult r = DisorderStudy.variant(cscl(""), substitute("Cs1", Element.K, x).withSupercell(List.of(4, 4, 4))
                .withOrderings(1).withEnumerationLimit(0), ProgressListener.NONE);
        double h = -(x * Math.log(x) + (1 - x) * Math.log(1 - x));
        assertThat(r.variant().formulaUnits()).isEqualTo(64);
        assertThat(r.configEntropyKbPerFormulaUnit()).isCloseTo(h, within(1e-12));
        int n = 64;
        double stirling = (n * h - 0.5 * Math.log(2 * Math.PI * n * x * (1 - x))) / n;
        assertThat(r.ensembleEntropyKbPerFormulaUnit()).isCloseTo(stirling, within(2.0 / (n * n)));
        assertThat(r.ensembleEntropyKbPerFormulaUnit()).isLessThan(h);
    }

    /** A fractional-occupancy file becomes ordered configurations with the file's fractions and its entropy. */
    @Test
    void fractionalOccupancyFileIsOrdered() {
        Lattice l = Lattice.fromParameters(4.1, 4.1, 4.1, 90, 90, 90);
        List<Site> sites = List.of(new Site(Element.Cs, "M1", new double[] {0, 0, 0}, 0.75, 1),
                new Site(Element.K, "M1", new double[] {0, 0, 0}, 0.25, 1),
                new Site(Element.Cl, "Cl1", new double[] {0.5, 0.5, 0.5}, 1, -1));
        Structure s = new Structure(l, sites, "mixed.cif", "", 1, OxidationSource.GIVEN);
        VariantResult r = DisorderStudy.variant(s, DisorderSettings.defaults().withMinAtoms(24).withOrderings(3),
                ProgressListener.NONE);
        for (Ordering o : r.orderings()) {
            // 3 site entries per cell: the target of 24 gives 2x2x2, 8 mixed positions
            assertThat(count(o.structure(), Element.K)).isEqualTo(2);
            assertThat(count(o.structure(), Element.Cs)).isEqualTo(6);
            assertThat(o.structure().partialSites()).isEmpty();
        }
        assertThat(r.configEntropyKbPerFormulaUnit() * r.variant().formulaUnits() / 8)
                .isCloseTo(-(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)), within(1e-12));
    }

    /** Exchange of half of two sublattices moves exactly half of the smaller set's atoms each way. */
    @Test
    void exchangeMovesTheFraction() {
        Lattice l = Lattice.fromParameters(5, 5, 5, 90, 90, 90);
        List<Site> sites = List.of(new Site(Element.Na, "Na1", new double[] {0, 0, 0}, 1, 1),
                new Site(Element.Na, "Na1", new double[] {0.5, 0.5, 0}, 1, 1),
                new Site(Element.Cl, "Cl1", new double[] {0.5, 0, 0}, 1, -1),
                new Site(Element.Br, "Br1", new double[] {0, 0.5, 0}, 1, -1),
                new Site(Element.Na, "Na2", new double[] {0, 0, 0.5}, 1, 1),
                new Site(Element.Na, "Na2", new double[] {0.5, 0.5, 0.5}, 1, 1),
                new Site(Element.Br, "Br2", new double[] {0.5, 0, 0.5}, 1, -1),
                new Site(Element.Cl, "Cl2", new double[] {0, 0.5, 0.5}, 1, -1));
        Structure s = new Structure(l, sites, "x.cif", "", 1, OxidationSource.GIVEN);
        DisorderSettings set = DisorderSettings.defaults().withSupercell(List.of(2, 2, 2)).withExchanges(List.of(
                new DisorderSettings.Exchange(SiteSelector.parse("e", "Cl"), SiteSelector.parse("e", "Br"), 0.5)))
                .withOrderings(4).withEnumerationLimit(0);
        VariantResult r = DisorderStudy.variant(s, set, ProgressListener.NONE);
        for (Ordering o : r.orderings()) {
            long clOnBr = o.structure().sites().stream().filter(x -> x.element() == Element.Cl
                    && x.label().startsWith("Cl_Br")).count();
            assertThat(clOnBr).isEqualTo(8);
            assertThat(Math.abs(o.structure().sites().stream().mapToDouble(Site::oxidationState).sum())).isLessThan(1e-12);
        }
        assertThat(r.configEntropyKbPerFormulaUnit() * r.variant().formulaUnits()).isCloseTo(32 * Math.log(2),
                within(1e-9));
    }

    /** Aliovalent substitution compensated by vacancies keeps the cell neutral; low-energy orderings are local minima. */
    @Test
    void compensationKeepsNeutralityAndLowEnergyOrderingsAreLocalMinima() {
        Lattice l = Lattice.fromParameters(4.1, 4.1, 4.1, 90, 90, 90);
        List<Site> sites = List.of(new Site(Element.Na, "Na1", new double[] {0, 0, 0}, 1, 1),
                new Site(Element.Cl, "Cl1", new double[] {0.5, 0.5, 0.5}, 1, -1));
        Structure s = new Structure(l, sites, "x.cif", "", 1, OxidationSource.GIVEN);
        DisorderSettings set = DisorderSettings.defaults().withSupercell(List.of(3, 3, 2))
                .withOxidationStates(Map.of(Element.Ca, 2))
                .withSubstitutions(List.of(new DisorderSettings.Substitution(SiteSelector.parse("s", "Na1"), Element.Ca,
                        2 / 18.0)))
                .withCompensation(new DisorderSettings.Compensation(DisorderSettings.Compensation.Kind.VACANCY,
                        SiteSelector.parse("c", "Na1")))
                .withMode(DisorderSettings.Mode.LOW_ENERGY).withOrderings(3).withCandidates(12).withEnumerationLimit(0);
        VariantResult r = DisorderStudy.variant(s, set, ProgressListener.NONE);
        assertThat(r.variant().netChargeE()).isCloseTo(0, within(1e-12));
        Ordering best = r.orderings().get(0);
        assertThat(count(best.structure(), Element.Ca)).isEqualTo(2);
        assertThat(count(best.structure(), Element.Na)).isEqualTo(14);
        // the reported energy is the Ewald energy of the written structure
        assertThat(DisorderStudy.ewald(best.structure(), Map.of()).ewaldEnergyEv()).isCloseTo(best.ewaldEnergyEv(),
                within(1e-8));
        // no single swap on the Na1 sublattice lowers it, by direct recomputation
        Variant v = r.variant();
        EwaldMatrix phi = EwaldMatrix.of(v.lattice(), v.frac().toArray(new double[0][]));
        Variant.Species[] a = assignmentOf(v, best);
        double e0 = phi.energyEv(Variant.charges(a));
        assertThat(e0).isCloseTo(best.ewaldEnergyEv(), within(1e-9));
        int[] na = v.sublattices().stream().filter(Variant.Sublattice::disordered).findFirst().orElseThrow()
                .positions();
        for (int i = 0; i < na.length; i++) {
            for (int j = i + 1; j < na.length; j++) {
                Variant.Species[] b = a.clone();
                b[na[i]] = a[na[j]];
                b[na[j]] = a[na[i]];
                assertThat(phi.energyEv(Variant.charges(b))).isGreaterThanOrEqualTo(e0 - 1e-9);
            }
        }
        // energies ascend, and the lowest is below every random ordering's
        VariantResult random = DisorderStudy.variant(s, set.withMode(DisorderSettings.Mode.RANDOM).withOrderings(12),
                ProgressListener.NONE);
        double minRandom = random.orderings().stream().mapToDouble(Ordering::ewaldEnergyEv).min().orElseThrow();
        assertThat(best.ewaldEnergyEv()).isLessThanOrEqualTo(minRandom + 1e-9);
        assertThat(r.orderings().get(1).ewaldEnergyEv()).isGreaterThanOrEqualTo(best.ewaldEnergyEv());
    }

    private static Variant.Species[] assignmentOf(Variant v, Ordering o) {
        Variant.Species[] a = new Variant.Species[v.positions()];
        Arrays.fill(a, Variant.Species.VACANCY);
        for (Site site : o.structure().sites()) {
            for (int p = 0; p < v.positions(); p++) {
                if (v.lattice().minimumImageDistance(v.frac().get(p), site.frac()) < 1e-6) {
                    a[p] = new Variant.Species(site.element(), site.oxidationState());
                }
            }
        }
        return a;
    }

    @Test
    void badSelectorNamesTheSetting() {
        assertThatThrownBy(() -> DisorderStudy.variant(cscl(""), substitute("Xx9", Element.K, 0.5),
                ProgressListener.NONE)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("Xx9");
        assertThatThrownBy(() -> SiteSelector.parse("exchanges", "S[P=x]")).isInstanceOf(InvalidSettingException.class);
    }
}
