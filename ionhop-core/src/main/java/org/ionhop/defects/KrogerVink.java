package org.ionhop.defects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point defect in Kröger-Vink notation: what occupies the site (an element symbol or {@code V} for a vacancy),
 * which site it occupies (an element symbol of the host lattice, or {@code i} for an interstitial site), and its
 * effective charge relative to the perfect lattice, in units of e (Kröger and Vink, Solid State Phys. 3, 307 (1956)).
 *
 * <p>Written forms accepted by {@link #parse}: {@code V_Li'} (charge -1), {@code V_Li''} (-2), {@code Li_i^.} or
 * {@code Li_i•} (+1), {@code V_S^..} (+2), {@code Al_Li^..}, {@code Li_Li^x} (0), and the electronic carriers
 * {@code e'} (conduction electron) and {@code h^.} (hole). A caret before the charge marks is optional; {@code •}
 * and {@code .} both mean +1, {@code '} and {@code ′} both mean -1, {@code x} and {@code ×} mean neutral.
 * {@link #toString()} prints the canonical ASCII form: primes without a caret, dots and x after a caret.
 *
 * @param species what sits on the site: an element symbol, {@code V} (vacancy), {@code e} or {@code h}
 * @param site    the host site: an element symbol, {@code i} (interstitial), or empty for e and h
 * @param charge  effective charge in e
 */
public record KrogerVink(String species, String site, int charge) {

    private static final Pattern FORM = Pattern.compile(
            "^([A-Z][a-z]?|V|e|h)(?:_\\{?([A-Z][a-z]?|i)\\}?)?\\^?\\{?([.•'′x×]*)\\}?$");

    /** Validates the parts. */
    public KrogerVink {
        if (species == null || species.isEmpty()) {
            throw new IllegalArgumentException("a Kröger-Vink species needs an occupant (element, V, e or h)");
        }
        site = site == null ? "" : site;
        boolean electronic = isElectronicSymbol(species);
        if (electronic != site.isEmpty()) {
            throw new IllegalArgumentException(electronic
                    ? "electrons and holes carry no site, found site " + site
                    : "defect " + species + " needs a site (element or i)");
        }
        if (species.equals("e") && charge != -1 || species.equals("h") && charge != 1) {
            throw new IllegalArgumentException("an electron has charge -1 and a hole +1, found " + charge);
        }
    }

    /** The conduction electron e'. */
    public static final KrogerVink ELECTRON = new KrogerVink("e", "", -1);
    /** The hole h^. */
    public static final KrogerVink HOLE = new KrogerVink("h", "", 1);

    /**
     * Parses a Kröger-Vink symbol.
     *
     * @throws IllegalArgumentException naming what was expected and what was found
     */
    public static KrogerVink parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a Kröger-Vink symbol such as V_Li', Li_i^. or V_S^.., found '"
                    + text + "'");
        }
        String marks = m.group(3);
        int plus = 0;
        int minus = 0;
        int neutral = 0;
        for (char c : marks.toCharArray()) {
            switch (c) {
                case '.', '•' -> plus++;
                case '\'', '′' -> minus++;
                default -> neutral++;
            }
        }
        if ((plus > 0 ? 1 : 0) + (minus > 0 ? 1 : 0) + (neutral > 0 ? 1 : 0) > 1 || neutral > 1) {
            throw new IllegalArgumentException("mixed charge marks in Kröger-Vink symbol '" + text + "'");
        }
        String species = m.group(1);
        String site = m.group(2) == null ? "" : m.group(2);
        if (!isElectronicSymbol(species) && marks.isEmpty()) {
            throw new IllegalArgumentException("Kröger-Vink symbol '" + text
                    + "' has no charge mark (' for -1, . for +1, x for neutral)");
        }
        try {
            return new KrogerVink(species, site, plus - minus);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Kröger-Vink symbol '" + text + "': " + e.getMessage(), e);
        }
    }

    private static boolean isElectronicSymbol(String species) {
        return species.equals("e") || species.equals("h");
    }

    /** Whether this is a conduction electron or a hole. */
    public boolean isElectronic() {
        return isElectronicSymbol(species);
    }

    /** Whether this is a vacancy. */
    public boolean isVacancy() {
        return species.equals("V");
    }

    /** Whether this sits on an interstitial site. */
    public boolean isInterstitial() {
        return site.equals("i");
    }

    /** The canonical ASCII form, e.g. {@code V_Li'}, {@code Li_i^.}, {@code V_S^..}, {@code Li_Li^x}, {@code e'}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(species);
        if (!site.isEmpty()) {
            b.append('_').append(site);
        }
        if (charge < 0) {
            b.append("'".repeat(-charge));
        } else if (charge > 0) {
            b.append('^').append(".".repeat(charge));
        } else {
            b.append("^x");
        }
        return b.toString();
    }
}
