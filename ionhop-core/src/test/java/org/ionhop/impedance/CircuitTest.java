package org.ionhop.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

/** Parsing and element impedances, each against an analytic limit or a second element. */
class CircuitTest {
    @Test
    void parsesImpedancePySyntax() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)-CPE3");
        assertThat(c.parameterNames()).containsExactly("R0", "R1", "CPE1_Q", "CPE1_n", "R2", "CPE2_Q", "CPE2_n",
                "CPE3_Q", "CPE3_n");
        assertThat(c.elements()).extracting(CircuitElement::type).containsExactly(ElementType.R, ElementType.R,
                ElementType.CPE, ElementType.R, ElementType.CPE, ElementType.CPE);
        assertThat(Circuit.parse(" R0 - p(R1-Wo1, C1) ").parameterNames()).containsExactly("R0", "R1", "Wo1_R",
                "Wo1_tau", "C1");
        assertThat(ElementType.ofName("Wo1")).isEqualTo(ElementType.WO);
        assertThat(ElementType.ofName("Ws2")).isEqualTo(ElementType.WS);
        assertThat(ElementType.ofName("W1")).isEqualTo(ElementType.W);
        assertThat(ElementType.ofName("Q1")).isEqualTo(ElementType.CPE);
    }

    @Test
    void badStringsSayWhere() {
        for (String bad : List.of("R0-p(R1)", "R0-X1", "R0-R0", "R0-p(R1,C1", "R0--R1", "", "R0)")) {
            assertThatThrownBy(() -> Circuit.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad.isEmpty() ? "empty" : "position");
        }
    }

    @Test
    void parallelRcIsTheDebyeArc() {
        double r = 1e5;
        double cap = 1e-11;
        Circuit c = Circuit.parse("p(R1,C1)");
        for (double f : new double[] {1, 1e3, 1.6e5, 1e7}) {
            Complex z = c.impedance(f, new double[] {r, cap});
            Complex expect = new Complex(r).divide(new Complex(1, 2 * Math.PI * f * r * cap));
            assertThat(z.getReal()).isCloseTo(expect.getReal(), within(1e-9 * r));
            assertThat(z.getImaginary()).isCloseTo(expect.getImaginary(), within(1e-9 * r));
        }
    }

    @Test
    void cpeWithUnitExponentIsACapacitorAndResistorsCombine() {
        Circuit cpe = Circuit.parse("CPE1");
        Circuit cap = Circuit.parse("C1");
        Complex a = cpe.impedance(123.0, new double[] {2e-6, 1.0});
        Complex b = cap.impedance(123.0, new double[] {2e-6});
        assertThat(a.getReal()).isCloseTo(0, within(1e-9 * b.norm()));
        assertThat(a.getImaginary()).isCloseTo(b.getImaginary(), within(1e-12 * b.norm()));
        // CPE phase is -n pi/2 at every frequency
        Complex z = cpe.impedance(5.0, new double[] {1e-6, 0.6});
        assertThat(z.getArgument()).isCloseTo(-0.6 * Math.PI / 2, within(1e-12));
        Complex par = Circuit.parse("p(R1,R2)-R3").impedance(1, new double[] {3, 6, 1});
        assertThat(par.getReal()).isCloseTo(3.0, within(1e-12));
        Complex l = Circuit.parse("L1").impedance(10, new double[] {1e-3});
        assertThat(l.getImaginary()).isCloseTo(2 * Math.PI * 10 * 1e-3, within(1e-15));
    }

    @Test
    void finiteWarburgsReachTheirLimits() {
        double r = 50;
        double tau = 2;
        double[] p = {r, tau};
        // low frequency: open -> R/3 + R/(j omega tau) (a capacitor tau/R), short -> R
        double fLow = 1e-6 / (2 * Math.PI * tau);
        double w = 2 * Math.PI * fLow;
        Complex open = Circuit.parse("Wo1").impedance(fLow, p);
        assertThat(open.getReal()).isCloseTo(r / 3, within(1e-6 * r));
        assertThat(open.getImaginary()).isCloseTo(-r / (w * tau), within(1e-6 * r / (w * tau)));
        Complex shortW = Circuit.parse("Ws1").impedance(fLow, p);
        assertThat(shortW.getReal()).isCloseTo(r, within(1e-6 * r));
        // high frequency: both -> semi-infinite Warburg with A_W = R / sqrt(2 tau)
        double fHigh = 1e4;
        Complex inf = Circuit.parse("W1").impedance(fHigh, new double[] {r / Math.sqrt(2 * tau)});
        for (String s : List.of("Wo1", "Ws1")) {
            Complex z = Circuit.parse(s).impedance(fHigh, p);
            assertThat(z.getReal()).isCloseTo(inf.getReal(), within(1e-9 * inf.norm()));
            assertThat(z.getImaginary()).isCloseTo(inf.getImaginary(), within(1e-9 * inf.norm()));
        }
    }

    @Test
    void wrongParameterCountIsRejected() {
        assertThatThrownBy(() -> Circuit.parse("R0-C1").impedance(1, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 parameters");
    }
}
