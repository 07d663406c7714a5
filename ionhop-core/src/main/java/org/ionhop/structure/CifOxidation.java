package org.ionhop.structure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Oxidation states of a CIF: from {@code _atom_type_oxidation_number}, else from type symbols such as {@code Li1+},
 * {@code O2-} (or sign first, {@code Li+1}, {@code O-2}). A file where every state is 0 (pymatgen writes {@code Li0+} for undecorated species) is taken to
 * carry none.
 */
final class CifOxidation {
    private static final Pattern CHARGE = Pattern.compile("^([A-Za-z]+)(\\d*(?:\\.\\d+)?)([+-])$");
    /** Sign before the magnitude, {@code Li+1}, {@code O-2}, as GSAS-II and VESTA write type symbols. */
    private static final Pattern SIGN_FIRST = Pattern.compile("^([A-Za-z]+)([+-])(\\d+(?:\\.\\d+)?)$");

    private final Map<String, Double> byType;
    private final Map<Element, Double> byElement;

    private CifOxidation(Map<String, Double> byType) {
        this.byType = byType;
        this.byElement = uniqueStatePerElement(byType);
    }

    /** The {@code _atom_type} table of a block. */
    static CifOxidation of(CifValues v) {
        Map<String, Double> out = new HashMap<>();
        List<CifBlock.Value> symbols = v.block.column("_atom_type_symbol");
        List<CifBlock.Value> numbers = v.block.column("_atom_type_oxidation_number");
        for (int i = 0; i < Math.min(symbols.size(), numbers.size()); i++) {
            if (!numbers.get(i).isMissing()) {
                out.put(symbols.get(i).text(), v.parseNumber(numbers.get(i),
                        "the oxidation number (_atom_type_oxidation_number)"));
            }
        }
        return new CifOxidation(out);
    }

    /**
     * The state of a site with the given type symbol (or label, when there is no type symbol) and element: the
     * table's entry for the symbol, else the charge the symbol spells, else the element's only state in the table,
     * else NaN. The sign-first form ({@code Li+1}) is read from type symbols only: a label such as {@code Cu-1}
     * names a site, not a charge.
     */
    double stateOf(String symbol, boolean typeSymbol, Element e) {
        double q = fromSymbol(symbol, typeSymbol);
        return Double.isNaN(q) ? byElement.getOrDefault(e, Double.NaN) : q;
    }

    private double fromSymbol(String symbol, boolean typeSymbol) {
        if (symbol == null) {
            return Double.NaN;
        }
        Double q = byType.get(symbol);
        if (q != null) {
            return q;
        }
        Matcher m = CHARGE.matcher(symbol);
        if (m.matches()) {
            double mag = m.group(2).isEmpty() ? 1 : Double.parseDouble(m.group(2));
            return "-".equals(m.group(3)) ? -mag : mag;
        }
        m = SIGN_FIRST.matcher(symbol);
        if (typeSymbol && m.matches()) {
            double mag = Double.parseDouble(m.group(3));
            return "-".equals(m.group(2)) ? -mag : mag;
        }
        return Double.NaN;
    }

    /**
     * Elements with exactly one state in the {@code _atom_type} table: sites whose type symbol or label does not
     * name a table entry (e.g. label "Li1" with table entry "Li+") take that state.
     */
    private static Map<Element, Double> uniqueStatePerElement(Map<String, Double> table) {
        Map<Element, Double> out = new HashMap<>();
        Set<Element> ambiguous = new HashSet<>();
        table.forEach((symbol, q) -> Element.fromLabel(symbol).ifPresent(e -> {
            Double old = out.put(e, q);
            if (old != null && !old.equals(q)) {
                ambiguous.add(e);
            }
        }));
        ambiguous.forEach(out::remove);
        return out;
    }

    /** The sites without states when every state is 0 (an undecorated pymatgen file), else as they are. */
    static List<Site> withoutAllZeroStates(List<Site> sites) {
        boolean allZero = sites.stream().allMatch(s -> s.hasOxidationState() && s.oxidationState() == 0);
        return allZero ? sites.stream().map(s -> s.withOxidationState(Double.NaN)).toList() : sites;
    }
}
