package org.ionhop.impedance;

import org.hipparchus.complex.Complex;

/**
 * The circuit elements, each with its parameters (name suffixes, units, default bounds) and its impedance at
 * angular frequency omega (rad/s). To add an element, add a constant: the parser, the fit, the guesses and the
 * output pick it up from here. Conventions follow impedance.py (Murbach et al., J. Open Source Softw. 5 (2020)
 * 2349) so that fitted values compare one to one.
 *
 * <ul>
 * <li>R: Z = R.</li>
 * <li>C: Z = 1 / (j omega C).</li>
 * <li>L: Z = j omega L.</li>
 * <li>CPE: Z = 1 / (Q (j omega)^n), Q in F s^(n-1), 0 &lt; n &lt;= 1.</li>
 * <li>W (semi-infinite Warburg): Z = A_W (1 - j) / sqrt(omega), A_W in Ohm s^-1/2.</li>
 * <li>Wo (finite length, reflective/open boundary): Z = R_W coth(sqrt(j omega tau)) / sqrt(j omega tau).</li>
 * <li>Ws (finite length, transmissive/short boundary): Z = R_W tanh(sqrt(j omega tau)) / sqrt(j omega tau).</li>
 * </ul>
 * Finite-length forms: Barsoukov and Macdonald, Impedance Spectroscopy, 2nd ed. (Wiley 2005), section 2.2.
 */
public enum ElementType {
    /** Resistor. */
    R("R", new String[] {""}, new String[] {"Ohm"}, new double[] {0}, new double[] {Double.POSITIVE_INFINITY}) {
        @Override
        Complex impedance(double omega, double[] p, int o) {
            return new Complex(p[o], 0);
        }
    },
    /** Ideal capacitor. */
    C("C", new String[] {""}, new String[] {"F"}, new double[] {0}, new double[] {Double.POSITIVE_INFINITY}) {
        @Override
        Complex impedance(double omega, double[] p, int o) {
            return new Complex(0, -1 / (omega * p[o]));
        }
    },
    /** Inductor. */
    L("L", new String[] {""}, new String[] {"H"}, new double[] {0}, new double[] {Double.POSITIVE_INFINITY}) {
        @Override
        Complex impedance(double omega, double[] p, int o) {
            return new Complex(0, omega * p[o]);
        }
    },
    /** Constant-phase element. */
    CPE("CPE", new String[] {"_Q", "_n"}, new String[] {"F s^(n-1)", "1"}, new double[] {0, 0},
            new double[] {Double.POSITIVE_INFINITY, 1}) {
        @Override
        Complex impedance(double omega, double[] p, int o) {
            double q = p[o];
            double n = p[o + 1];
            // (j omega)^n = omega^n (cos(n pi/2) + j sin(n pi/2))
            double mag = 1 / (q * Math.pow(omega, n));
            double ph = -n * Math.PI / 2;
            return new Complex(mag * Math.cos(ph), mag * Math.sin(ph));
        }
    },
    /** Semi-infinite Warburg. */
    W("W", new String[] {""}, new String[] {"Ohm s^-1/2"}, new double[] {0}, new double[] {Double.POSITIVE_INFINITY}) {
        @Override
        Complex impedance(double omega, double[] p, int o) {
            double a = p[o] / Math.sqrt(omega);
            return new Complex(a, -a);
        }
    },
    /** Finite-length Warburg, open (reflective) boundary. */
    WO("Wo", new String[] {"_R", "_tau"}, new String[] {"Ohm", "s"}, new double[] {0, 0},
            new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}) {
        @Override
        Complex impedance(double omega, double[] p, int o) {
            Complex x = new Complex(0, omega * p[o + 1]).sqrt();
            return x.tanh().multiply(x).reciprocal().multiply(p[o]);
        }
    },
    /** Finite-length Warburg, short (transmissive) boundary. */
    WS("Ws", new String[] {"_R", "_tau"}, new String[] {"Ohm", "s"}, new double[] {0, 0},
            new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}) {
        @Override
        Complex impedance(double omega, double[] p, int o) {
            Complex x = new Complex(0, omega * p[o + 1]).sqrt();
            return x.tanh().divide(x).multiply(p[o]);
        }
    };

    private final String prefix;
    private final String[] suffixes;
    private final String[] units;
    private final double[] lower;
    private final double[] upper;

    ElementType(String prefix, String[] suffixes, String[] units, double[] lower, double[] upper) {
        this.prefix = prefix;
        this.suffixes = suffixes;
        this.units = units;
        this.lower = lower;
        this.upper = upper;
    }

    /** Impedance in Ohm at angular frequency omega (rad/s), parameters starting at p[o]. */
    abstract Complex impedance(double omega, double[] p, int o);

    /** The name prefix in circuit strings ("CPE", "Wo"). */
    public String prefix() {
        return prefix;
    }

    /** Number of parameters. */
    public int parameterCount() {
        return suffixes.length;
    }

    /** Suffix appended to the element name to name parameter k ("" for one-parameter elements). */
    public String suffix(int k) {
        return suffixes[k];
    }

    /** Unit of parameter k. */
    public String unit(int k) {
        return units[k];
    }

    /** Physical lower bound of parameter k (exclusive for 0). */
    public double lowerBound(int k) {
        return lower[k];
    }

    /** Physical upper bound of parameter k. */
    public double upperBound(int k) {
        return upper[k];
    }

    /**
     * The element type whose prefix starts this name (longest prefix first, so "Wo1" is Wo, not W), or null.
     * "Q" is accepted as an alias of CPE (EISFitpython, ZView).
     */
    public static ElementType ofName(String name) {
        ElementType best = null;
        for (ElementType t : values()) {
            if (name.startsWith(t.prefix) && (best == null || t.prefix.length() > best.prefix.length())) {
                best = t;
            }
        }
        if (best == null && name.startsWith("Q")) {
            return CPE;
        }
        return best;
    }
}
