package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LatticeTest {
    /** Strongly skewed cells: angles far from 90°, long/short edges, a sheared cell given by vectors. */
    static List<Lattice> skewedCells() {
        return List.of(
                Lattice.fromParameters(3.0, 4.0, 5.0, 90, 90, 90),
                Lattice.fromParameters(5.0, 5.2, 5.1, 40, 45, 50),
                Lattice.fromParameters(4.0, 9.0, 3.0, 130, 100, 115),
                Lattice.fromParameters(8.64068, 8.67265, 8.64068, 61.21317, 61.34420, 61.21317),
                Lattice.fromVectors(new double[] {4, 0, 0}, new double[] {3.7, 1.0, 0}, new double[] {3.5, 0.6, 0.8}),
                Lattice.fromVectors(new double[] {10, 0, 0}, new double[] {-9.2, 2, 0}, new double[] {4.1, -1.3, 1.5}));
    }

    @Test
    void minimumImageMatchesABruteForceSearchOverManyImages() {
        Random rnd = new Random(20261122);
        double[] out = new double[3];
        for (Lattice l : skewedCells()) {
            for (int t = 0; t < 300; t++) {
                double[] f1 = {rnd.nextDouble() * 3 - 1, rnd.nextDouble(), rnd.nextDouble() * 2};
                double[] f2 = {rnd.nextDouble(), rnd.nextDouble() * 4 - 2, rnd.nextDouble()};
                double d2 = l.minimumImageVector(f1, f2, out);
                double best = Double.MAX_VALUE;
                // Images up to ±8 cells: the shortest vector has fractional components below |d|/s_j + 1 (|d| the
                // wrapped difference, s_j the plane spacing), which is under 8 for all of these cells.
                for (int i = -8; i <= 8; i++) {
                    for (int j = -8; j <= 8; j++) {
                        for (int k = -8; k <= 8; k++) {
                            double[] c = l.toCartesian(new double[] {f2[0] - f1[0] + i, f2[1] - f1[1] + j,
                                    f2[2] - f1[2] + k});
                            best = Math.min(best, c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
                        }
                    }
                }
                assertThat(d2).as("%s", l).isCloseTo(best, within(1e-9));
                assertThat(out[0] * out[0] + out[1] * out[1] + out[2] * out[2]).isCloseTo(d2, within(1e-12));
                // The returned vector is f2 - f1 plus a lattice vector.
                double[] df = l.toFractional(out);
                for (int c = 0; c < 3; c++) {
                    double shift = df[c] - (f2[c] - f1[c]);
                    assertThat(shift).isCloseTo(Math.rint(shift), within(1e-9));
                }
            }
        }
    }

    @Test
    void reciprocalVectorsAreDualAndVolumesInverse() {
        for (Lattice l : skewedCells()) {
            Lattice r = l.reciprocal();
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    double dot = 0;
                    for (int k = 0; k < 3; k++) {
                        dot += l.component(i, k) * r.component(j, k);
                    }
                    assertThat(dot).isCloseTo(i == j ? 1 : 0, within(1e-12));
                }
            }
            assertThat(r.volume() * l.volume()).isCloseTo(1, within(1e-12));
            // Plane spacing d_j = 1/|b*_j|.
            double[] d = l.planeSpacings();
            for (int j = 0; j < 3; j++) {
                double[] bj = r.vector(j);
                assertThat(d[j]).isCloseTo(1 / Math.sqrt(bj[0] * bj[0] + bj[1] * bj[1] + bj[2] * bj[2]), within(1e-12));
            }
        }
    }

    @Test
    void volumeIsTheTripleProductAndTheParameterFormula() {
        for (Lattice l : skewedCells()) {
            double[] a = l.vector(0);
            double[] b = l.vector(1);
            double[] c = l.vector(2);
            double triple = a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
                    + a[2] * (b[0] * c[1] - b[1] * c[0]);
            assertThat(l.volume()).isCloseTo(Math.abs(triple), within(1e-10 * l.volume()));
            double[] p = l.parameters();
            assertThat(l.volume()).isCloseTo(RefDataStructuresTest.triclinicVolume(p[0], p[1], p[2], p[3], p[4], p[5]),
                    within(1e-9 * l.volume()));
        }
    }

    @Test
    void parametersRoundTripThroughTheStandardOrientation() {
        for (Lattice l : skewedCells()) {
            double[] p = l.parameters();
            Lattice back = Lattice.fromParameters(p[0], p[1], p[2], p[3], p[4], p[5]);
            assertThat(back.parameters()).containsExactly(p, within(1e-9));
            // Standard orientation: a along x, b in the xy plane.
            assertThat(back.component(0, 1)).isZero();
            assertThat(back.component(0, 2)).isZero();
            assertThat(back.component(1, 2)).isZero();
        }
        Lattice hex = Lattice.fromParameters(3.65069, 3.65069, 3.88864, 90, 90, 120);
        // Hexagonal cell volume sqrt(3)/2 a² c.
        assertThat(hex.volume()).isCloseTo(Math.sqrt(3) / 2 * 3.65069 * 3.65069 * 3.88864, within(1e-10));
    }

    @Test
    void fractionalAndCartesianAreInverse() {
        Random rnd = new Random(7);
        for (Lattice l : skewedCells()) {
            double[] f = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
            assertThat(l.toFractional(l.toCartesian(f))).containsExactly(f, within(1e-12));
        }
    }

    @Test
    void degenerateCellsAreRejected() {
        assertThatThrownBy(() -> Lattice.fromParameters(3, 3, 3, 90, 90, 180)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lattice.fromParameters(0, 3, 3, 90, 90, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lattice.fromVectors(new double[] {1, 0, 0}, new double[] {0, 1, 0},
                new double[] {1, 1, 0})).isInstanceOf(IllegalArgumentException.class);
    }
}
