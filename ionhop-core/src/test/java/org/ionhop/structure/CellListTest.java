package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CellListTest {
    /** Brute force: every image within ±nmax cells of every point; returns sorted "index:na:nb:nc" keys. */
    private static List<String> bruteForce(Lattice l, double[] frac, double[] q, double r, int nmax) {
        List<String> out = new ArrayList<>();
        double[] c = new double[3];
        for (int p = 0; p < frac.length / 3; p++) {
            double fa = Site.wrap(frac[3 * p]);
            double fb = Site.wrap(frac[3 * p + 1]);
            double fc = Site.wrap(frac[3 * p + 2]);
            for (int i = -nmax; i <= nmax; i++) {
                for (int j = -nmax; j <= nmax; j++) {
                    for (int k = -nmax; k <= nmax; k++) {
                        l.toCartesian(fa + i, fb + j, fc + k, c);
                        double dx = c[0] - q[0];
                        double dy = c[1] - q[1];
                        double dz = c[2] - q[2];
                        if (dx * dx + dy * dy + dz * dz <= r * r) {
                            out.add(p + ":" + i + ":" + j + ":" + k);
                        }
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static double[] cartesian(Lattice l, double[] frac) {
        double[] xyz = new double[frac.length];
        for (int p = 0; p < frac.length; p += 3) {
            double[] c = l.toCartesian(new double[] {frac[p], frac[p + 1], frac[p + 2]});
            System.arraycopy(c, 0, xyz, p, 3);
        }
        return xyz;
    }

    @Test
    void findsExactlyTheImagesABruteForceSearchFinds() {
        Random rnd = new Random(42);
        for (Lattice l : LatticeTest.skewedCells()) {
            int n = 40;
            double[] frac = new double[3 * n];
            for (int i = 0; i < frac.length; i++) {
                frac[i] = rnd.nextDouble() * 2 - 0.5;
            }
            double minSpacing = Math.min(l.planeSpacings()[0], Math.min(l.planeSpacings()[1], l.planeSpacings()[2]));
            // Radii below the plane spacing, about one cell, and several cells (images of images).
            for (double r : new double[] {0.3 * minSpacing, 1.1 * minSpacing, 2.5 * minSpacing}) {
                // Half the cases built from Cartesian positions (as an MD frame would be).
                CellList cells = r < minSpacing ? CellList.ofFractional(l, frac, Math.max(0.5, r / 2))
                        : CellList.ofCartesian(l, cartesian(l, frac), Math.max(0.5, r / 2));
                for (int t = 0; t < 5; t++) {
                    double[] q = l.toCartesian(new double[] {rnd.nextDouble() * 3 - 1, rnd.nextDouble(),
                            rnd.nextDouble() * 2 - 1});
                    List<String> found = new ArrayList<>();
                    cells.forEachWithin(q[0], q[1], q[2], r, (p, na, nb, nc, dx, dy, dz, d2) -> {
                        found.add(p + ":" + na + ":" + nb + ":" + nc);
                        double[] c = new double[3];
                        cells.position(p, c);
                        double[] shift = l.toCartesian(new double[] {na, nb, nc});
                        assertThat(c[0] + shift[0] - q[0]).isCloseTo(dx, within(1e-9));
                        assertThat(dx * dx + dy * dy + dz * dz).isCloseTo(d2, within(1e-9));
                    });
                    found.sort(null);
                    // ±12 cells: the sphere's fractional extent r|b*_j| is at most 2.5 cells here, plus the query offset.
                    assertThat(found).as("%s r=%.3f", l, r).isEqualTo(bruteForce(l, frac, q, r, 12));
                }
            }
        }
    }

    @Test
    void neighbourListOfFccHasTwelveNearestAndSixNextNearest() {
        double a = 4.05;
        Structure fcc = Structure.of(Lattice.fromParameters(a, a, a, 90, 90, 90), List.of(Site.of(Element.Al, 0, 0, 0),
                Site.of(Element.Al, 0, 0.5, 0.5), Site.of(Element.Al, 0.5, 0, 0.5), Site.of(Element.Al, 0.5, 0.5, 0)),
                "fcc");
        NeighborList nl = CellList.of(fcc, 3.0).neighborList(a * 1.01);
        for (int i = 0; i < 4; i++) {
            assertThat(nl.count(i)).isEqualTo(12 + 6);
            int s = nl.start(i);
            for (int k = 0; k < 12; k++) {
                assertThat(nl.distance()[s + k]).isCloseTo(a / Math.sqrt(2), within(1e-12));
            }
            for (int k = 12; k < 18; k++) {
                assertThat(nl.distance()[s + k]).isCloseTo(a, within(1e-12));
            }
        }
        // The same crystal as its 1-atom primitive cell (rhombohedral, 60°): every atom has 12 + 6 images, including
        // its own periodic images, since the cut-off is larger than the cell edge.
        Lattice prim = Lattice.fromParameters(a / Math.sqrt(2), a / Math.sqrt(2), a / Math.sqrt(2), 60, 60, 60);
        CellList one = CellList.ofFractional(prim, new double[] {0.3, 0.1, 0.7}, 1.0);
        assertThat(one.countNeighbors(0, a * 1.01)).isEqualTo(18);
        assertThat(one.countNeighbors(0, a / Math.sqrt(2) * 1.01)).isEqualTo(12);
    }

    @Test
    void neighbourListIsSymmetric() {
        Random rnd = new Random(3);
        Lattice l = Lattice.fromParameters(6, 7, 8, 70, 80, 100);
        double[] frac = new double[3 * 60];
        for (int i = 0; i < frac.length; i++) {
            frac[i] = rnd.nextDouble();
        }
        NeighborList nl = CellList.ofFractional(l, frac, 2.0).neighborList(4.0);
        // Each point's entries come sorted by distance, and the counts match the single-point query.
        CellList cells = CellList.ofFractional(l, frac, 2.0);
        for (int i = 0; i < nl.size(); i++) {
            assertThat(nl.count(i)).isEqualTo(cells.countNeighbors(i, 4.0)).isGreaterThan(32);
            for (int e = nl.start(i) + 1; e < nl.start(i) + nl.count(i); e++) {
                assertThat(nl.distance()[e]).isGreaterThanOrEqualTo(nl.distance()[e - 1]);
            }
        }
        int pairs = 0;
        for (int i = 0; i < nl.size(); i++) {
            for (int e = nl.start(i); e < nl.start(i) + nl.count(i); e++) {
                int j = nl.index()[e];
                boolean back = false;
                for (int f = nl.start(j); f < nl.start(j) + nl.count(j); f++) {
                    back |= nl.index()[f] == i && nl.image()[3 * f] == -nl.image()[3 * e]
                            && nl.image()[3 * f + 1] == -nl.image()[3 * e + 1]
                            && nl.image()[3 * f + 2] == -nl.image()[3 * e + 2];
                }
                assertThat(back).isTrue();
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(nl.totalEntries()).isPositive();
    }
}
