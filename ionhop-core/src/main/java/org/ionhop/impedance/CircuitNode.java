package org.ionhop.impedance;

import java.util.List;

import org.hipparchus.complex.Complex;

/** A node of a circuit tree: an element, a series chain, or parallel branches. */
public sealed interface CircuitNode {
    /** Impedance in Ohm at omega (rad/s) for the circuit's parameter vector p. */
    Complex impedance(double omega, double[] p);

    /** An element leaf. */
    record Leaf(CircuitElement element) implements CircuitNode {
        @Override
        public Complex impedance(double omega, double[] p) {
            return element.type().impedance(omega, p, element.offset());
        }
    }

    /** Elements in series: impedances add. */
    record Series(List<CircuitNode> parts) implements CircuitNode {
        /** Copies the list. */
        public Series {
            parts = List.copyOf(parts);
        }

        @Override
        public Complex impedance(double omega, double[] p) {
            double re = 0;
            double im = 0;
            for (CircuitNode n : parts) {
                Complex z = n.impedance(omega, p);
                re += z.getReal();
                im += z.getImaginary();
            }
            return new Complex(re, im);
        }
    }

    /** Branches in parallel: admittances add. */
    record Parallel(List<CircuitNode> branches) implements CircuitNode {
        /** Copies the list. */
        public Parallel {
            branches = List.copyOf(branches);
        }

        @Override
        public Complex impedance(double omega, double[] p) {
            double re = 0;
            double im = 0;
            for (CircuitNode n : branches) {
                Complex y = n.impedance(omega, p).reciprocal();
                re += y.getReal();
                im += y.getImaginary();
            }
            return new Complex(re, im).reciprocal();
        }
    }
}
