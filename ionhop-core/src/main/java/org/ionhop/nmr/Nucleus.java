package org.ionhop.nmr;

import java.util.Locale;

import org.ionhop.units.Constants;

/**
 * NMR nuclei of mobile ions with their gyromagnetic ratios gamma in rad s^-1 T^-1 (1H CODATA 2018; the others
 * from Harris et al., IUPAC NMR nomenclature, Pure Appl. Chem. 73 (2001) 1795, Table 1).
 */
public enum Nucleus {
    /** Proton. */
    H1("1H", Constants.GYROMAGNETIC_RATIO_1H_RAD_PER_S_T),
    /** Lithium-6. */
    LI6("6Li", 3.9371709e7),
    /** Lithium-7. */
    LI7("7Li", Constants.GYROMAGNETIC_RATIO_7LI_RAD_PER_S_T),
    /** Fluorine-19. */
    F19("19F", 25.18148e7),
    /** Sodium-23. */
    NA23("23Na", 7.0808493e7),
    /** Phosphorus-31. */
    P31("31P", 10.8394e7);

    private final String label;
    private final double gamma;

    Nucleus(String label, double gamma) {
        this.label = label;
        this.gamma = gamma;
    }

    /** gamma in rad s^-1 T^-1. */
    public double gammaRadPerSPerT() {
        return gamma;
    }

    /** "7Li". */
    public String label() {
        return label;
    }

    /** Parses "7Li", "li7", "Li-7" (case-insensitive). */
    public static Nucleus parse(String s) {
        String t = s.replace("-", "").toLowerCase(Locale.ROOT);
        for (Nucleus n : values()) {
            String a = n.label.toLowerCase(Locale.ROOT);
            String b = n.name().toLowerCase(Locale.ROOT);
            if (t.equals(a) || t.equals(b)) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown nucleus '" + s + "'; known: 1H, 6Li, 7Li, 19F, 23Na, 31P");
    }
}
