package org.ionhop.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ionhop.io.InvalidSettingException;

/**
 * The mobile ion of a structure when the user names none. Candidates are the usual carriers of solid electrolytes:
 * the monovalent Li, Na, K, Rb, Cs, Ag, Cu and the divalent Mg, Ca, Sr, Ba. Rule: the monovalent candidate if the
 * structure holds exactly one; otherwise, with no monovalent candidate, the divalent one if it holds exactly one;
 * otherwise (none, or two of the same class, e.g. Li and Na, or Li and Cu) the choice is refused and the user asked
 * for the ion. Monovalent ions go first because a divalent ion next to one (Ca in a Li conductor) is almost always a
 * dopant or part of the framework.
 */
public final class MobileIon {
    /** Monovalent candidates, in the order they are listed in messages. */
    static final List<Element> MONOVALENT = List.of(Element.Li, Element.Na, Element.K, Element.Rb, Element.Cs,
            Element.Ag, Element.Cu);
    /** Divalent candidates. */
    static final List<Element> DIVALENT = List.of(Element.Mg, Element.Ca, Element.Sr, Element.Ba);

    private MobileIon() {
    }

    /**
     * The ion chosen and why.
     *
     * @param ion    the mobile ion
     * @param reason one sentence for outputs
     */
    public record Choice(Element ion, String reason) {
    }

    /**
     * Chooses the mobile ion of a structure (class comment).
     *
     * @throws InvalidSettingException (setting {@code ion}) when the structure holds no candidate or several of the
     *                                 same class
     */
    public static Choice choose(Structure s) {
        Map<Element, Double> comp = s.composition();
        List<Element> mono = new ArrayList<>();
        List<Element> di = new ArrayList<>();
        for (Element e : MONOVALENT) {
            if (comp.getOrDefault(e, 0.0) > 0) {
                mono.add(e);
            }
        }
        for (Element e : DIVALENT) {
            if (comp.getOrDefault(e, 0.0) > 0) {
                di.add(e);
            }
        }
        if (mono.size() == 1) {
            return new Choice(mono.get(0), "the only alkali/Ag/Cu element in " + s.reducedFormula()
                    + (di.isEmpty() ? "" : " (monovalent ions before " + names(di) + ")"));
        }
        if (mono.isEmpty() && di.size() == 1) {
            return new Choice(di.get(0), "the only alkaline-earth element in " + s.reducedFormula()
                    + " (no alkali/Ag/Cu)");
        }
        if (mono.isEmpty() && di.isEmpty()) {
            throw new InvalidSettingException("ion", "expected the mobile ion: " + s.reducedFormula() + " holds no "
                    + "alkali, alkaline-earth, Ag or Cu");
        }
        List<Element> tie = mono.isEmpty() ? di : mono;
        throw new InvalidSettingException("ion", "expected the mobile ion: " + s.reducedFormula() + " holds "
                + names(tie) + ", choose one");
    }

    private static String names(List<Element> es) {
        return String.join(" and ", es.stream().map(Element::symbol).toList());
    }
}
