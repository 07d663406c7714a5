package org.ionhop.disorder;

import java.util.Optional;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * Which sites of a structure an operation acts on, written as text:
 *
 * <ul>
 *   <li>{@code Cl1}: the sites with that CIF label (exact, case-sensitive);</li>
 *   <li>{@code S}: every site of the element, when no label equals the text;</li>
 *   <li>{@code S[P=0]}: sites of the element with exactly that many atoms of the bracketed element within the bond
 *       cut-off {@value #BOND_CUTOFF_A} Å, for files without meaningful labels (POSCAR, XDATCAR): in Li6PS5Cl,
 *       {@code S[P=0]} is the free sulfide (Wyckoff 4d), {@code S[P=1]} the sulfur of the PS4 groups (16e). Only
 *       atoms of the bracketed element count; the cut-off lies between the P-S bond (2.05 Å, up to 2.3 Å in a
 *       500 K MD frame) and the shortest non-bonded P-S distance (above 3.5 Å).</li>
 * </ul>
 *
 * @param text     the selector as written
 * @param label    the label or element text (before any bracket)
 * @param element  the element when the selector names one (always for bracketed selectors), else empty
 * @param neighbor the bracketed neighbour element, or null
 * @param count    the bracketed neighbour count (-1 without bracket)
 */
public record SiteSelector(String text, String label, Element element, Element neighbor, int count) {
    /** Bond cut-off of the neighbour-count form, in Å. */
    public static final double BOND_CUTOFF_A = 2.6;

    /**
     * Parses a selector.
     *
     * @param setting the setting name for error messages
     * @param text    the selector
     */
    public static SiteSelector parse(String setting, String text) {
        String t = text == null ? "" : text.strip();
        InvalidSettingException.require(!t.isEmpty(), setting, "expected a site label, an element or ELEMENT[X=n], got "
                + "nothing");
        int open = t.indexOf('[');
        if (open < 0) {
            return new SiteSelector(t, t, Element.fromSymbol(t).orElse(null), null, -1);
        }
        InvalidSettingException.require(t.endsWith("]") && t.indexOf('=', open) > open, setting,
                "expected ELEMENT[X=n] such as S[P=0], got '" + t + "'");
        String el = t.substring(0, open);
        String[] kv = t.substring(open + 1, t.length() - 1).split("=");
        Optional<Element> e = Element.fromSymbol(el);
        Optional<Element> x = kv.length == 2 ? Element.fromSymbol(kv[0].strip()) : Optional.empty();
        InvalidSettingException.require(e.isPresent() && x.isPresent(), setting,
                "expected ELEMENT[X=n] with element symbols, such as S[P=0], got '" + t + "'");
        int n;
        try {
            n = Integer.parseInt(kv[1].strip());
        } catch (NumberFormatException ex) {
            throw new InvalidSettingException(setting, "expected a whole neighbour count in '" + t + "'");
        }
        InvalidSettingException.require(n >= 0, setting, "expected a neighbour count >= 0 in '" + t + "'");
        return new SiteSelector(t, el, e.get(), x.get(), n);
    }

    /** Whether a label of the structure equals the selector (then it selects by label, not by element). */
    private boolean labelPresent(Structure s) {
        return neighbor == null && s.sites().stream().anyMatch(x -> x.label().equals(label));
    }

    /**
     * Which sites of the structure are selected.
     *
     * @param s       the structure
     * @param setting the setting name for the error when nothing matches
     */
    public boolean[] select(Structure s, String setting) {
        boolean byLabel = labelPresent(s);
        boolean[] out = new boolean[s.numSites()];
        int hits = 0;
        for (int i = 0; i < out.length; i++) {
            Site site = s.sites().get(i);
            boolean ok = byLabel ? site.label().equals(label) : element != null && site.element() == element;
            if (ok && neighbor != null) {
                ok = neighbours(s, i) == count;
            }
            out[i] = ok;
            hits += ok ? 1 : 0;
        }
        if (hits == 0) {
            throw new InvalidSettingException(setting, "expected sites matching '" + text + "' (a label, an element or "
                    + "ELEMENT[X=n]), found none in " + s.reducedFormula());
        }
        return out;
    }

    private int neighbours(Structure s, int i) {
        double[] f = s.sites().get(i).frac();
        int n = 0;
        for (Site o : s.sites()) {
            if (o.element() == neighbor && s.lattice().minimumImageDistance(f, o.frac()) < BOND_CUTOFF_A) {
                n++;
            }
        }
        return n;
    }
}
