package org.ionhop.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

import org.ionhop.grid.PeriodicGrid;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.testing.RefData;

/** The energy model against closed forms, and the grid against direct summation. */
class BvseModelTest {
    private static final SoftBvParameters P = SoftBvParameters.bundled();
    /** A cell large enough that only one image of each ion is within the 10 Å cut-off of the test points. */
    private static final Lattice BIG = Lattice.fromParameters(30, 30, 30, 90, 90, 90);

    private static Site ion(Element e, double q, double occ, double fa, double fb, double fc) {
        return new Site(e, e.symbol(), new double[] {fa, fb, fc}, occ, q);
    }

    @Test
    void bundledTableHasThePublishedLiOPair() {
        // Chen & Adams, IUCrJ 4 (2017) 614, softBV Li+-O2-: R0 1.17096, b 0.516 (alpha 1.937984), D0 0.98816 eV,
        // Rmin 1.940013 Å (bvse.dat of cavd/ccnb, same values)
        MorsePair p = P.pair(Element.Li, 1, Element.O, -2).orElseThrow();
        assertThat(p.r0()).isEqualTo(1.17096);
        assertThat(p.alpha()).isEqualTo(1.937984);
        assertThat(p.d0Ev()).isEqualTo(0.98816);
        assertThat(p.rMinA()).isEqualTo(1.940013);
        assertThat(P.principalQuantumNumber(Element.Li, 1)).isEqualTo(2);
        assertThat(P.covalentRadius(Element.Li, 1)).isEqualTo(1.31);
        assertThat(P.principalQuantumNumber(Element.Ge, 4)).isEqualTo(4);
    }

    @Test
    void singleAnionGivesTheMorseCurveWithHalfD0Depth() {
        Structure s = Structure.of(BIG, List.of(ion(Element.O, -2, 1, 0.5, 0.5, 0.5)), "O");
        BvseModel m = BvseModel.build(s, Element.Li, 1, P, 10);
        double alpha = 1.937984;
        double rmin = 1.940013;
        double d0 = 0.98816;
        double[] o = BIG.toCartesian(new double[] {0.5, 0.5, 0.5});
        for (double r : new double[] {1.5, 1.940013, 2.3, 3.0, 5.0, 9.5}) {
            double u = Math.exp(alpha * (rmin - r)) - 1;
            double expected = 0.5 * d0 * (u * u - 1);
            // tabulated in R^2: interpolation error bound h^2/8 max|E''(u)|, below 1e-6 eV here
            assertThat(m.energyAt(o[0] + r, o[1], o[2])).as("R = %s", r).isCloseTo(expected, within(1e-6));
        }
        // the minimum is at Rmin with depth D0/2 (the convention of BVlain and ccnb)
        assertThat(m.energyAt(o[0] + rmin, o[1], o[2])).isCloseTo(-d0 / 2, within(1e-6));
        // beyond the cut-off nothing
        assertThat(m.energyAt(o[0] + 10.5, o[1], o[2])).isZero();
    }

    @Test
    void likeChargedIonGivesTheScreenedCoulombTerm() {
        // O far away (beyond the cut-off from the probe) so that only the Ge4+ term acts at the probe
        Structure s = Structure.of(BIG, List.of(ion(Element.O, -2, 1, 0.0, 0.0, 0.0),
                ion(Element.Ge, 4, 1, 0.5, 0.5, 0.5)), "GeO");
        BvseModel m = BvseModel.build(s, Element.Li, 1, P, 10);
        double[] g = BIG.toCartesian(new double[] {0.5, 0.5, 0.5});
        double nLi = 2;
        double nGe = 4;
        double screen = 0.74 * (1.31 + 1.22); // softBV covalent radii of Li+ and Ge4+
        for (double r : new double[] {1.0, 2.5, 4.0}) {
            double expected = 14.4 * 1 * 4 / Math.sqrt(nLi * nGe) / r * Erf.erfc(r / screen);
            assertThat(m.energyAt(g[0] + r, g[1], g[2])).isCloseTo(expected, within(1e-6));
        }
    }

    @Test
    void tableInterpolationIsWithinItsErrorBound() {
        // linear interpolation in u = R^2 with step h: |error| <= h^2/8 max|d^2E/du^2| over the interval; the
        // curvature is estimated by a central difference in u around each point (with a safety factor of 2)
        MorsePair p = P.pair(Element.Li, 1, Element.S, -2).orElseThrow();
        PairTable t = new PairTable(p::energy, 10);
        Random rnd = new Random(3);
        double h = PairTable.STEP_A2;
        double worstAtBond = 0;
        for (int i = 0; i < 2000; i++) {
            double r = 1.0 + 8.9 * rnd.nextDouble();
            double u = r * r;
            double du = 0.01;
            double euu = (p.energy(Math.sqrt(u + du)) - 2 * p.energy(r) + p.energy(Math.sqrt(u - du))) / (du * du);
            double bound = 2 * h * h / 8 * Math.abs(euu) + 1e-12;
            assertThat(Math.abs(t.at(u) - p.energy(r))).as("R = %s", r).isLessThanOrEqualTo(bound);
            if (r > 1.8) {
                worstAtBond = Math.max(worstAtBond, Math.abs(t.at(u) - p.energy(r)));
            }
        }
        // where the mobile ion can be (beyond 1.8 Å from a sulfide ion) the error is below 1e-6 eV
        assertThat(worstAtBond).isLessThan(1e-6);
    }

    @Test
    void fullyOccupiedMixedPositionWeightsTheSpeciesAndTheMobileIonIsRemoved() {
        // a position occupied in every cell by S (0.6) or Cl (0.4), as the 4a/4c sites of the argyrodite: the mean
        // field, each species' term times its occupancy; the Li at another position is not part of the framework
        Site o1 = ion(Element.O, -2, 1, 0.5, 0.5, 0.5);
        double[] at = {0.55, 0.5, 0.5};
        Site s = new Site(Element.S, "S", at, 0.6, -2);
        Site cl = new Site(Element.Cl, "Cl", at, 0.4, -1);
        Site li = ion(Element.Li, 1, 0.7, 0.45, 0.45, 0.5);
        BvseModel empty = BvseModel.build(Structure.of(BIG, List.of(o1), "a"), Element.Li, 1, P, 10);
        BvseModel mixed = BvseModel.build(Structure.of(BIG, List.of(o1, s, cl, li), "b"), Element.Li, 1, P, 10);
        BvseModel onlyS = BvseModel.build(Structure.of(BIG, List.of(o1, new Site(Element.S, "S", at, 1, -2)), "c"),
                Element.Li, 1, P, 10);
        BvseModel onlyCl = BvseModel.build(Structure.of(BIG, List.of(o1, new Site(Element.Cl, "Cl", at, 1, -1)), "d"),
                Element.Li, 1, P, 10);
        double[] x = BIG.toCartesian(new double[] {0.52, 0.45, 0.47});
        double e0 = empty.energyAt(x[0], x[1], x[2]);
        double expected = 0.6 * (onlyS.energyAt(x[0], x[1], x[2]) - e0) + 0.4 * (onlyCl.energyAt(x[0], x[1], x[2]) - e0);
        assertThat(mixed.energyAt(x[0], x[1], x[2]) - e0).isCloseTo(expected, within(1e-12));
    }

    @Test
    void partlyVacantPositionEntersByTheBoltzmannAverageOfItsConfigurations() {
        // the A site of LLTO: La3+ 0.56, Li+ 0.33 (the mobile element: vacant for the test ion), vacancy 0.11. The test
        // ion meets the La in 56 % of the cells and an empty position in 44 %; averaging the Boltzmann factors
        // (one ion, independent positions) gives -kT ln(0.44 + 0.56 exp(-e_La(R) / kT)), by hand below from the
        // closed Coulomb form. The occupancy weighting 0.56 e_La(R) instead puts 56 % of a La3+ core into every cell
        // (14 eV at 0.3 Å, 3 eV at 1 Å) and was what blocked LLTO's A-site cages (1.5 eV barrier at 0.2 Å).
        double[] at = {0.55, 0.5, 0.5};
        Site o = ion(Element.O, -2, 1, 0.5, 0.5, 0.5);
        Site la = new Site(Element.La, "La", at, 0.56, 3);
        Site li = new Site(Element.Li, "Li", at, 0.33, 1);
        BvseModel framework = BvseModel.build(Structure.of(BIG, List.of(o), "O"), Element.Li, 1, P, 10);
        BvseModel model = BvseModel.build(Structure.of(BIG, List.of(o, la, li), "LLTO A site"), Element.Li, 1, P, 10);
        double kt = 8.617333262e-5 * 300;
        double screen = 0.74 * (P.covalentRadius(Element.Li, 1) + P.covalentRadius(Element.La, 3));
        double pref = 14.4 * 3 / Math.sqrt(P.principalQuantumNumber(Element.Li, 1)
                * P.principalQuantumNumber(Element.La, 3));
        double[] c = BIG.toCartesian(at);
        for (double r : new double[] {0.3, 1.0, 2.0, 3.0, 4.0, 6.0}) {
            double eLa = pref * Erf.erfc(r / screen) / r;
            double expected = -kt * Math.log(0.44 + 0.56 * Math.exp(-eLa / kt));
            // probe along -y so that the O (along -x) stays at another distance
            double e = model.energyAt(c[0], c[1] - r, c[2]) - framework.energyAt(c[0], c[1] - r, c[2]);
            assertThat(e).as("R = %s", r).isCloseTo(expected, within(1e-5));
            // never above the occupancy weighting (Jensen), never above the cost of finding the position empty
            assertThat(e).isLessThanOrEqualTo(0.56 * eLa + 1e-5).isLessThanOrEqualTo(-kt * Math.log(0.44) + 1e-5);
        }
        // the limits: on top of the position the cost of the vacant configuration, kT ln(1 / 0.44) = 0.021 eV
        assertThat(model.energyAt(c[0], c[1], c[2]) - framework.energyAt(c[0], c[1], c[2]))
                .isCloseTo(-kt * Math.log(0.44), within(1e-9));
        // the mobile element's share counts as vacant: the same model without the Li entry
        BvseModel noLi = BvseModel.build(Structure.of(BIG, List.of(o, la), "no Li"), Element.Li, 1, P, 10);
        assertThat(noLi.energyAt(c[0] + 1.3, c[1], c[2])).isEqualTo(model.energyAt(c[0] + 1.3, c[1], c[2]));
    }

    @Test
    void weakTermsOfAPartlyVacantPositionReduceToTheOccupancyWeighting() {
        // far from a half-occupied O the Morse term is much smaller than kT and -kT ln(1/2 + exp(-e/kT)/2) tends to e/2
        Site o1 = ion(Element.O, -2, 1, 0.5, 0.5, 0.5);
        double[] at = {0.55, 0.5, 0.5};
        BvseModel empty = BvseModel.build(Structure.of(BIG, List.of(o1), "a"), Element.Li, 1, P, 10);
        BvseModel half = BvseModel.build(Structure.of(BIG, List.of(o1, new Site(Element.O, "O", at, 0.5, -2)), "b"),
                Element.Li, 1, P, 10);
        BvseModel full = BvseModel.build(Structure.of(BIG, List.of(o1, new Site(Element.O, "O", at, 1, -2)), "c"),
                Element.Li, 1, P, 10);
        double[] c = BIG.toCartesian(at);
        double kt = 8.617333262e-5 * 300;
        for (double r : new double[] {6.0, 8.0, 9.5}) {
            double[] x = {c[0] + r, c[1], c[2]};
            double e = full.energyAt(x[0], x[1], x[2]) - empty.energyAt(x[0], x[1], x[2]);
            assertThat(Math.abs(e)).isLessThan(0.1 * kt);
            double h = half.energyAt(x[0], x[1], x[2]) - empty.energyAt(x[0], x[1], x[2]);
            // the cumulant expansion's second order is -v(1-v) e^2 / (2 kT) = -e^2 / (8 kT) for v = 1/2: within twice that
            assertThat(h).isCloseTo(0.5 * e, within(0.25 * e * e / kt + 1e-9));
        }
    }

    @Test
    void binnedPointEnergyEqualsTheSumOverAllImagesBitForBit() {
        // a skewed (rhombohedral, 60 degree) cell, points inside, outside and on the cell faces: the bin lists must
        // hold every image within the cut-off, in the full list's order, so the sums are identical, not just close
        Structure s = OxidationStates.resolve(StructureReader.read(RefData.path("structures/Li2O_pymatgen.cif")), null, P);
        BvseModel m = BvseModel.build(s, Element.Li, 1, P, 10);
        BvseModel.ImageSet im = m.images();
        Random rnd = new Random(11);
        for (int t = 0; t < 300; t++) {
            double[] f = {rnd.nextDouble() * 3 - 1, rnd.nextDouble() * 3 - 1, t % 10 == 0 ? 1.0 : rnd.nextDouble()};
            double[] x = s.lattice().toCartesian(f);
            // the wrapped point as energyAt forms it (Cartesian to fractional, into [0, 1), back)
            double[] g = s.lattice().toFractional(x);
            double[] w = s.lattice().toCartesian(new double[] {g[0] - Math.floor(g[0]), g[1] - Math.floor(g[1]),
                g[2] - Math.floor(g[2])});
            double all = im.energy(w[0], w[1], w[2], 100.0, null, im.size());
            assertThat(m.energyAt(x[0], x[1], x[2])).as("point %s", java.util.Arrays.toString(f)).isEqualTo(all);
        }
    }

    @Test
    void gridWithCellListsEqualsDirectSummation() {
        Structure s = StructureReader.read(RefData.path("structures/LiFePO4_pymatgen.cif"));
        s = OxidationStates.resolve(s, null, P);
        BvseModel m = BvseModel.build(s, Element.Li, 1, P, 8);
        int[] n = {11, 14, 23};
        PeriodicGrid g = GridCalculator.compute(m, n, null);
        Random rnd = new Random(7);
        for (int t = 0; t < 60; t++) {
            int p = rnd.nextInt(g.size());
            double[] f = g.frac(p);
            assertThat(g.values()[p]).isCloseTo(m.energyAtFrac(f[0], f[1], f[2]), within(1e-9));
        }
    }

    @Test
    void gridEqualsDirectSummationWithPartlyVacantPositions() {
        // LLTO's A site (La 0.56 / Li 0.33 / vacancy) enters through its own pair table: the grid must still be the
        // sum the point evaluation gives
        Structure s = OxidationStates.resolve(StructureReader.read(
                java.nio.file.Path.of("src/test/resources/corpus/LLTO.cif")), null, P);
        BvseModel m = BvseModel.build(s, Element.Li, 1, P, 8);
        PeriodicGrid g = GridCalculator.compute(m, new int[] {9, 10, 11}, null);
        Random rnd = new Random(5);
        for (int t = 0; t < 60; t++) {
            int p = rnd.nextInt(g.size());
            double[] f = g.frac(p);
            assertThat(g.values()[p]).isCloseTo(m.energyAtFrac(f[0], f[1], f[2]), within(1e-9));
        }
    }

    @Test
    void energyIsPeriodicAndTriclinicCellsWork() {
        Structure s = StructureReader.read(RefData.path("structures/Li2O_pymatgen.cif"));
        BvseModel m = BvseModel.build(s, Element.Li, 1, P, 10);
        double e = m.energyAtFrac(0.13, 0.27, 0.61);
        assertThat(m.energyAtFrac(1.13, -0.73, 2.61)).isCloseTo(e, within(1e-10));
    }

    @Test
    void cutoffIsConverged() {
        // energy differences between grid points within 2 eV of the minimum change by less than 1 meV when the
        // cut-off grows from the default 10 Å to 14 Å (both terms decay exponentially). LGPS: the sulfide's soft
        // Li-S Morse term (alpha 1.53 1/Å) decays slowest of the reference structures.
        Structure s = OxidationStates.resolve(StructureReader.read(RefData.path("structures/LGPS_ccnb.cif")), null, P);
        int[] n = {14, 14, 20};
        PeriodicGrid g10 = GridCalculator.compute(BvseModel.build(s, Element.Li, 1, P, BvseSettings.DEFAULT_CUTOFF_A), n, null);
        PeriodicGrid g14 = GridCalculator.compute(BvseModel.build(s, Element.Li, 1, P, 14), n, null);
        int min10 = g10.argMin();
        double worst = 0;
        int counted = 0;
        for (int p = 0; p < g10.size(); p++) {
            if (g10.values()[p] - g10.values()[min10] < 2) {
                double d10 = g10.values()[p] - g10.values()[min10];
                double d14 = g14.values()[p] - g14.values()[min10];
                worst = Math.max(worst, Math.abs(d10 - d14));
                counted++;
            }
        }
        assertThat(counted).isGreaterThan(50);
        assertThat(worst).isLessThan(1e-3);
        // while a 5 Å cut-off is visibly not converged (the test can fail)
        PeriodicGrid g5 = GridCalculator.compute(BvseModel.build(s, Element.Li, 1, P, 5), n, null);
        double worst5 = 0;
        for (int p = 0; p < g10.size(); p++) {
            if (g10.values()[p] - g10.values()[min10] < 2) {
                worst5 = Math.max(worst5, Math.abs((g5.values()[p] - g5.values()[min10])
                        - (g14.values()[p] - g14.values()[min10])));
            }
        }
        assertThat(worst5).isGreaterThan(1e-3);
    }

    @Test
    void missingPairIsAnErrorNamingThePairAndTheOption() {
        // Li+ with Xe-: no softBV parameters
        Structure s = Structure.of(BIG, List.of(ion(Element.O, -2, 1, 0, 0, 0), ion(Element.Xe, -1, 1, 0.5, 0.5, 0.5)), "x");
        assertThatThrownBy(() -> BvseModel.build(s, Element.Li, 1, P, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Li+1 / Xe-1").hasMessageContaining("oxidationStates");
    }

    @Test
    void missingOxidationStateIsAnError() {
        List<Site> sites = new ArrayList<>();
        sites.add(Site.of(Element.O, 0, 0, 0));
        Structure s = Structure.of(BIG, sites, "x");
        assertThatThrownBy(() -> BvseModel.build(s, Element.Li, 1, P, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oxidation");
    }
}
