package org.ionhop.structure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chemical elements H to Lr with standard atomic weights (IUPAC 2021 abridged values, amu;
 * for elements without stable isotopes the mass number of the longest-lived isotope).
 */
public enum Element {
    H(1.008), He(4.0026), Li(6.94), Be(9.0122), B(10.81), C(12.011), N(14.007), O(15.999), F(18.998), Ne(20.180),
    Na(22.990), Mg(24.305), Al(26.982), Si(28.085), P(30.974), S(32.06), Cl(35.45), Ar(39.95), K(39.098), Ca(40.078),
    Sc(44.956), Ti(47.867), V(50.942), Cr(51.996), Mn(54.938), Fe(55.845), Co(58.933), Ni(58.693), Cu(63.546), Zn(65.38),
    Ga(69.723), Ge(72.630), As(74.922), Se(78.971), Br(79.904), Kr(83.798), Rb(85.468), Sr(87.62), Y(88.906), Zr(91.224),
    Nb(92.906), Mo(95.95), Tc(98.0), Ru(101.07), Rh(102.91), Pd(106.42), Ag(107.87), Cd(112.41), In(114.82), Sn(118.71),
    Sb(121.76), Te(127.60), I(126.90), Xe(131.29), Cs(132.91), Ba(137.33), La(138.91), Ce(140.12), Pr(140.91), Nd(144.24),
    Pm(145.0), Sm(150.36), Eu(151.96), Gd(157.25), Tb(158.93), Dy(162.50), Ho(164.93), Er(167.26), Tm(168.93), Yb(173.05),
    Lu(174.97), Hf(178.49), Ta(180.95), W(183.84), Re(186.21), Os(190.23), Ir(192.22), Pt(195.08), Au(196.97), Hg(200.59),
    Tl(204.38), Pb(207.2), Bi(208.98), Po(209.0), At(210.0), Rn(222.0), Fr(223.0), Ra(226.0), Ac(227.0), Th(232.04),
    Pa(231.04), U(238.03), Np(237.0), Pu(244.0), Am(243.0), Cm(247.0), Bk(247.0), Cf(251.0), Es(252.0), Fm(257.0),
    Md(258.0), No(259.0), Lr(262.0);

    private static final Map<String, Element> BY_SYMBOL = new HashMap<>();

    static {
        for (Element e : values()) {
            BY_SYMBOL.put(e.name().toLowerCase(Locale.ROOT), e);
        }
        // Isotope symbols used in MD inputs.
        BY_SYMBOL.put("d", H);
        BY_SYMBOL.put("t", H);
    }

    /**
     * Pauling electronegativities by atomic number (CRC Handbook of Chemistry and Physics, 97th ed., 9-103;
     * He, Ne, Ar have none and are set to 4.5 so that they sort last). Used to order formulas as chemists write
     * them (cations first).
     */
    private static final double[] PAULING = {
        2.20, 4.5, 0.98, 1.57, 2.04, 2.55, 3.04, 3.44, 3.98, 4.5,
        0.93, 1.31, 1.61, 1.90, 2.19, 2.58, 3.16, 4.5, 0.82, 1.00,
        1.36, 1.54, 1.63, 1.66, 1.55, 1.83, 1.88, 1.91, 1.90, 1.65,
        1.81, 2.01, 2.18, 2.55, 2.96, 3.00, 0.82, 0.95, 1.22, 1.33,
        1.6, 2.16, 1.9, 2.2, 2.28, 2.20, 1.93, 1.69, 1.78, 1.96,
        2.05, 2.1, 2.66, 2.6, 0.79, 0.89, 1.10, 1.12, 1.13, 1.14,
        1.13, 1.17, 1.2, 1.2, 1.1, 1.22, 1.23, 1.24, 1.25, 1.1,
        1.27, 1.3, 1.5, 2.36, 1.9, 2.2, 2.20, 2.28, 2.54, 2.00,
        1.62, 2.33, 2.02, 2.0, 2.2, 2.2, 0.7, 0.9, 1.1, 1.3,
        1.5, 1.38, 1.36, 1.28, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3,
        1.3, 1.3, 1.3};

    private final double massAmu;

    Element(double massAmu) {
        this.massAmu = massAmu;
    }

    /** Standard atomic weight in amu. */
    public double massAmu() {
        return massAmu;
    }

    /** Pauling electronegativity (4.5 for He, Ne, Ar, which have none). */
    public double electronegativity() {
        return PAULING[ordinal()];
    }

    /** Atomic number Z. */
    public int atomicNumber() {
        return ordinal() + 1;
    }

    /** The symbol as written in the periodic table ("Li"). */
    public String symbol() {
        return name();
    }

    /** Element by atomic number (1-based). */
    public static Element ofAtomicNumber(int z) {
        if (z < 1 || z > values().length) {
            throw new IllegalArgumentException("no element with atomic number " + z);
        }
        return values()[z - 1];
    }

    /** Looks up a symbol, case-insensitively ("LI", "li", "Li"). */
    public static Optional<Element> fromSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_SYMBOL.get(symbol.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Finds the element at the start of a label such as "Li1", "Li1+", "O2-", "Fe3+" or "LI_2":
     * a two-letter symbol is preferred where it exists (so "Sn1" is tin, not sulfur), as CIF labels do.
     */
    public static Optional<Element> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String s = label.trim();
        if (s.length() >= 2 && Character.isLetter(s.charAt(0)) && Character.isLetter(s.charAt(1))) {
            Optional<Element> two = fromSymbol(s.substring(0, 2));
            // A label like "OH1" or "CO" would be ambiguous; the canonical capitalisation decides.
            if (two.isPresent() && (Character.isLowerCase(s.charAt(1)) || s.length() == 2
                    || !Character.isLetter(s.charAt(2)) && fromSymbol(s.substring(0, 1)).isEmpty())) {
                return two;
            }
        }
        if (!s.isEmpty() && Character.isLetter(s.charAt(0))) {
            return fromSymbol(s.substring(0, 1));
        }
        return Optional.empty();
    }
}
