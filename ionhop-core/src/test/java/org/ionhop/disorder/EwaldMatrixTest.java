package org.ionhop.disorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.structure.Lattice;
import org.ionhop.units.Constants;

/**
 * The Ewald sum against textbook Madelung constants and against an independent direct sum (Evjen's neutral
 * cubes), its independence of the splitting parameter, and the charged-cell background term.
 *
 * <p>Madelung constants referred to the nearest-neighbour distance r0, E = -M z+ z- e^2 / (4 pi eps0 r0) per formula
 * unit: NaCl 1.747565 and CsCl 1.762675 (Kittel, Introduction to Solid State Physics, 8th ed., Sect. 3, "Madelung
 * energy"); fluorite CaF2 2.51939 (CRC Handbook of Chemistry and Physics, table "Madelung constants", after
 * Johnson &amp; Templeton, J. Chem. Phys. 34, 2004 (1961)).
 */
class EwaldMatrixTest {
    private static final double K = Constants.COULOMB_EV_ANGSTROM;

    /** A cubic cell with atoms and charges. */
    private record Crystal(double a, double[][] frac, double[] q) {
        Lattice lattice() {
            return Lattice.fromParameters(a, a, a, 90, 90, 90);
        }
    }

    private static double[][] fcc(double[] shift) {
        double[][] base = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        double[][] out = new double[4][3];
        for (int i = 0; i < 4; i++) {
            for (int c = 0; c < 3; c++) {
                out[i][c] = base[i][c] + shift[c];
            }
        }
        return out;
    }

    private static Crystal join(double a, List<double[][]> groups, double[] charges) {
        List<double[]> f = new ArrayList<>();
        List<Double> q = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (double[] x : groups.get(g)) {
                f.add(x);
                q.add(charges[g]);
            }
        }
        return new Crystal(a, f.toArray(new double[0][]), q.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static Crystal nacl(double a) {
        return join(a, List.of(fcc(new double[] {0, 0, 0}), fcc(new double[] {0.5, 0, 0})), new double[] {1, -1});
    }

    static Crystal cscl(double a) {
        return new Crystal(a, new double[][] {{0, 0, 0}, {0.5, 0.5, 0.5}}, new double[] {1, -1});
    }

    static Crystal fluorite(double a) {
        return join(a, List.of(fcc(new double[] {0, 0, 0}), fcc(new double[] {0.25, 0.25, 0.25}),
                fcc(new double[] {0.75, 0.75, 0.75})), new double[] {2, -1, -1});
    }

    private static double ewald(Crystal c) {
        return EwaldMatrix.of(c.lattice(), c.frac()).energyEv(c.q());
    }

    @Test
    void naclGivesTheMadelungConstant() {
        double a = 5.64;
        double r0 = a / 2;
        // 4 formula units per conventional cell
        double m = -ewald(nacl(a)) / 4 / (K / r0);
        assertThat(m).isCloseTo(1.747565, within(2e-6));
    }

    @Test
    void csclGivesTheMadelungConstant() {
        double a = 4.12;
        double r0 = a * Math.sqrt(3) / 2;
        double m = -ewald(cscl(a)) / (K / r0);
        assertThat(m).isCloseTo(1.762675, within(2e-6));
    }

    @Test
    void fluoriteGivesTheMadelungConstant() {
        double a = 5.46;
        double r0 = a * Math.sqrt(3) / 4;
        // 4 CaF2 per cell; z+ z- = 2
        double m = -ewald(fluorite(a)) / 4 / (2 * K / r0);
        assertThat(m).isCloseTo(2.51939, within(2e-5));
    }

    /**
     * Second route, a direct sum in real space: the potential at each ion of the central cell from a cube of
     * (2n+1)^3 neutral Evjen cells (Evjen, Phys. Rev. 39, 675 (1932)): each cell holds its atoms with weight 1/2
     * per coordinate on a face of the cell (so 1/2 on faces, 1/4 on edges, 1/8 on corners), which makes every cell
     * neutral and free of dipole and quadrupole moments for these cubic structures. The residual surface
     * (Bethe) potential of such a cluster is the same at every point inside, so it drops out of
     * E = 1/2 sum_i q_i phi_i for a neutral cell. Independent of the Ewald splitting, k-space and background terms.
     */
    @Test
    void evjenDirectSumAgreesWithEwald() {
        for (Crystal c : List.of(nacl(5.64), cscl(4.12), fluorite(5.46))) {
            double e8 = evjen(c, 8);
            double e12 = evjen(c, 12);
            // the cluster sums converge (n = 8 and 12 agree to 4e-9 relative, measured), and Ewald lies with them
            assertThat(Math.abs(e12 - e8)).isLessThan(1e-7 * Math.abs(e12));
            assertThat(ewald(c)).isCloseTo(e12, within(1e-7 * Math.abs(e12)));
        }
    }

    private static double evjen(Crystal c, int cells) {
        // the weighted Evjen cell: every atom at f in [0,1), repeated at f + 1 along each axis where f = 0
        List<double[]> pos = new ArrayList<>();
        List<Double> wq = new ArrayList<>();
        for (int j = 0; j < c.q().length; j++) {
            double[] f = wrap(c.frac()[j]);
            for (int ex = 0; ex <= 1; ex++) {
                for (int ey = 0; ey <= 1; ey++) {
                    for (int ez = 0; ez <= 1; ez++) {
                        int[] e = {ex, ey, ez};
                        double w = 1;
                        boolean ok = true;
                        for (int k = 0; k < 3; k++) {
                            boolean onFace = Math.abs(f[k]) < 1e-12;
                            if (e[k] == 1 && !onFace) {
                                ok = false;
                            }
                            if (onFace) {
                                w *= 0.5;
                            }
                        }
                        if (ok) {
                            pos.add(new double[] {f[0] + ex, f[1] + ey, f[2] + ez});
                            wq.add(w * c.q()[j]);
                        }
                    }
                }
            }
        }
        double e = 0;
        for (int i = 0; i < c.q().length; i++) {
            double[] fi = wrap(c.frac()[i]);
            double phi = 0;
            for (int x = -cells; x <= cells; x++) {
                for (int y = -cells; y <= cells; y++) {
                    for (int z = -cells; z <= cells; z++) {
                        for (int p = 0; p < pos.size(); p++) {
                            double dx = pos.get(p)[0] + x - fi[0];
                            double dy = pos.get(p)[1] + y - fi[1];
                            double dz = pos.get(p)[2] + z - fi[2];
                            double r2 = dx * dx + dy * dy + dz * dz;
                            if (r2 > 1e-18) {
                                phi += wq.get(p) / (c.a() * Math.sqrt(r2));
                            }
                        }
                    }
                }
            }
            e += 0.5 * c.q()[i] * phi * K;
        }
        return e;
    }

    private static double[] wrap(double[] f) {
        double[] w = new double[3];
        for (int k = 0; k < 3; k++) {
            w[k] = f[k] - Math.floor(f[k] + 1e-12);
            w[k] = Math.abs(w[k]) < 1e-12 ? 0 : w[k];
        }
        return w;
    }

    @Test
    void energyDoesNotDependOnTheSplittingParameter() {
        Crystal c = fluorite(5.46);
        Lattice l = c.lattice();
        double a0 = Math.sqrt(Math.PI) / Math.cbrt(l.volume());
        double ref = EwaldMatrix.of(l, c.frac(), a0).energyEv(c.q());
        for (double f : new double[] {0.5, 0.8, 1.5, 2.0}) {
            assertThat(EwaldMatrix.of(l, c.frac(), a0 * f).energyEv(c.q())).isCloseTo(ref, within(1e-9 * Math.abs(ref)));
        }
    }

    /**
     * A single unit charge in a simple cubic cell of side L with a neutralising background has the energy
     * -alpha_M e^2 / (2 L), alpha_M = 2.837297 (Makov &amp; Payne, Phys. Rev. B 51, 4014 (1995)): checks the
     * background term, which vanishes for neutral cells.
     */
    @Test
    void chargedCellBackgroundGivesTheMakovPayneConstant() {
        double l = 7.3;
        double e = EwaldMatrix.of(Lattice.fromParameters(l, l, l, 90, 90, 90), new double[][] {{0.1, 0.2, 0.3}})
                .energyEv(new double[] {1});
        assertThat(-e * 2 * l / K).isCloseTo(2.837297, within(2e-6));
    }

    /** A skewed triclinic cell and its 2x1x1 supercell: twice the energy (cut-offs exact for any cell shape). */
    @Test
    void triclinicSupercellHasTwiceTheEnergy() {
        Lattice l = Lattice.fromParameters(4.1, 5.3, 6.2, 71, 104, 62);
        double[][] f = {{0.1, 0.2, 0.3}, {0.6, 0.5, 0.9}, {0.3, 0.8, 0.4}};
        double[] q = {2, -1.5, -0.5};
        double e1 = EwaldMatrix.of(l, f).energyEv(q);
        Lattice l2 = Lattice.fromMatrix(new double[][] {
            {2 * l.component(0, 0), 2 * l.component(0, 1), 2 * l.component(0, 2)}, l.vector(1), l.vector(2)});
        double[][] f2 = new double[6][];
        double[] q2 = new double[6];
        for (int i = 0; i < 3; i++) {
            f2[i] = new double[] {f[i][0] / 2, f[i][1], f[i][2]};
            f2[i + 3] = new double[] {(f[i][0] + 1) / 2, f[i][1], f[i][2]};
            q2[i] = q[i];
            q2[i + 3] = q[i];
        }
        assertThat(EwaldMatrix.of(l2, f2).energyEv(q2)).isCloseTo(2 * e1, within(1e-9 * Math.abs(e1)));
    }
}
