package org.ionhop.impedance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Arc labels by order and by capacitance magnitude (Irvine, Sinclair and West, Adv. Mater. 2 (1990) 132: bulk
 * ~1e-12 F, grain boundary 1e-11 to 1e-8 F, electrode processes from ~1e-7 F up).
 */
class ArcAssignmentTest {
    private static final double[] F = Synthetic.frequencies(1e7, 0.01, 5);

    /** An exact fit of ideal RC blocks: C_eff = C (Brug's formula with n = 1), so the labels depend on C alone. */
    private static List<Arc> arcs(String circuit, double... p) {
        Circuit c = Circuit.parse(circuit);
        int n = p.length;
        CircuitFitResult r = new CircuitFitResult(c, c.simulate(F, p), p, new double[n], new double[n][n],
                new boolean[n], Weighting.MODULUS, 0, 2 * F.length - n, 0, 1);
        return ArcAssignment.assign(r, ArcAssignment.Order.CAPACITANCE);
    }

    private static List<String> labels(List<Arc> arcs) {
        return arcs.stream().map(Arc::label).toList();
    }

    @Test
    void aMillifaradArcIsTheElectrodeNotTheGrainBoundary() {
        List<Arc> a = arcs("p(R1,C1)-p(R2,C2)", 1e5, 5e-12, 2e3, 3e-4);
        assertThat(labels(a)).containsExactly("bulk", "electrode");
        assertThat(a.get(1).capacitanceF()).isEqualTo(3e-4);
    }

    @Test
    void aLoneMillifaradArcIsNoBulk() {
        List<Arc> a = arcs("R0-p(R1,C1)", 60, 50, 3e-4);
        assertThat(labels(a)).containsExactly("electrode");
    }

    @Test
    void picofaradArcsAreOrderedBulkThenGrainBoundary() {
        // the reference pellet: 6-7 pF and 17-19 pF, a factor of 3 (docs/impedance.md); bands overlap, order decides
        assertThat(labels(arcs("p(R1,C1)-p(R2,C2)", 1e6, 1.8e-11, 1.5e5, 7e-12)))
                .containsExactly("bulk", "grain_boundary");
        // a single nF arc of a dummy cell stays "bulk" (below the electrode band)
        assertThat(labels(arcs("R0-p(R1,C1)", 1500, 4600, 2e-8))).containsExactly("bulk");
    }

    @Test
    void threeArcsAcrossTheBands() {
        assertThat(labels(arcs("p(R1,C1)-p(R2,C2)-p(R3,C3)", 1e5, 5e-12, 1e6, 3e-9, 1e4, 3e-4)))
                .containsExactly("bulk", "grain_boundary", "electrode");
        // two interface-scale arcs: the second is not called bulk or grain boundary either
        assertThat(labels(arcs("p(R1,C1)-p(R2,C2)-p(R3,C3)", 1e5, 5e-12, 1e3, 2e-6, 1e4, 3e-4)))
                .containsExactly("bulk", "electrode", "arc3");
    }
}
