package org.ionhop.impedance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.hipparchus.complex.Complex;

/**
 * An equivalent circuit parsed from a string in impedance.py's syntax: elements joined in series by {@code -},
 * parallel branches as {@code p(A,B,...)}, each branch itself a series chain; for example
 * {@code R0-p(R1,CPE1)-p(R2,CPE2)-CPE3}. Element names start with their type ({@link ElementType}) and must
 * be unique. The parameter vector lists the elements' parameters in the order the elements appear.
 */
public final class Circuit {
    private final String text;
    private final CircuitNode root;
    private final List<CircuitElement> elements;
    private final int parameterCount;

    Circuit(String text, CircuitNode root, List<CircuitElement> elements) {
        this.text = text;
        this.root = root;
        this.elements = Collections.unmodifiableList(new ArrayList<>(elements));
        int n = 0;
        for (CircuitElement e : elements) {
            n += e.type().parameterCount();
        }
        this.parameterCount = n;
    }

    /**
     * Parses a circuit string.
     *
     * @throws IllegalArgumentException with the position of the problem when the string is not a circuit
     */
    public static Circuit parse(String text) {
        return CircuitParser.parse(text);
    }

    /** The string it was parsed from (whitespace removed). */
    public String text() {
        return text;
    }

    /** The tree. */
    public CircuitNode root() {
        return root;
    }

    /** The elements in order of appearance. */
    public List<CircuitElement> elements() {
        return elements;
    }

    /** The element with this name, or null. */
    public CircuitElement element(String name) {
        for (CircuitElement e : elements) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** Length of the parameter vector. */
    public int parameterCount() {
        return parameterCount;
    }

    /** Parameter names in vector order ("R0", "CPE1_Q", "CPE1_n", ...). */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(parameterCount);
        for (CircuitElement e : elements) {
            for (int k = 0; k < e.type().parameterCount(); k++) {
                names.add(e.parameterName(k));
            }
        }
        return names;
    }

    /** Index of a named parameter, or -1. */
    public int parameterIndex(String name) {
        return parameterNames().indexOf(name);
    }

    /** Unit of parameter i. */
    public String parameterUnit(int i) {
        for (CircuitElement e : elements) {
            int k = i - e.offset();
            if (k >= 0 && k < e.type().parameterCount()) {
                return e.type().unit(k);
            }
        }
        throw new IndexOutOfBoundsException(i);
    }

    /** Impedance in Ohm at frequency f (Hz). */
    public Complex impedance(double frequencyHz, double[] p) {
        checkLength(p);
        return root.impedance(2 * Math.PI * frequencyHz, p);
    }

    /** The model spectrum at the given frequencies. */
    public Spectrum simulate(double[] frequencyHz, double[] p) {
        checkLength(p);
        double[] re = new double[frequencyHz.length];
        double[] im = new double[frequencyHz.length];
        for (int i = 0; i < frequencyHz.length; i++) {
            Complex z = root.impedance(2 * Math.PI * frequencyHz[i], p);
            re[i] = z.getReal();
            im[i] = z.getImaginary();
        }
        return new Spectrum("circuit " + text, frequencyHz, re, im, Double.NaN);
    }

    private void checkLength(double[] p) {
        if (p.length != parameterCount) {
            throw new IllegalArgumentException("circuit " + text + " has " + parameterCount + " parameters, got "
                    + p.length);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
