package org.ionhop.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Guesses one formal oxidation state per element when a file gives none: the charge-neutral assignment built
 * from each element's usual states (Greenwood &amp; Earnshaw, Chemistry of the Elements, 2nd ed., 1997), preferring
 * the more usual ones (smallest sum of ranks in the per-element lists below). Mixed valence of one element (Fe2+
 * and Fe3+ on different sites) is not guessed. For ordered structures the cell must be exactly neutral; with partial
 * occupancies, whose refined values rarely balance exactly, a residual up to 1 % of the total absolute charge is
 * accepted.
 */
public final class OxidationStateGuesser {
    /** Candidate states per element, most usual first. Elements not listed are taken as 0 (noble gases). */
    private static final Map<Element, int[]> STATES = new EnumMap<>(Element.class);

    static {
        put("H", 1, -1);
        put("Li", 1);
        put("Be", 2);
        put("B", 3);
        put("C", 4, -4);
        put("N", -3, 5, 3);
        put("O", -2);
        put("F", -1);
        put("Na", 1);
        put("Mg", 2);
        put("Al", 3);
        put("Si", 4, -4);
        put("P", 5, 3, -3);
        put("S", -2, 6, 4);
        put("Cl", -1, 7, 5);
        put("K", 1);
        put("Ca", 2);
        put("Sc", 3);
        put("Ti", 4, 3, 2);
        put("V", 5, 4, 3, 2);
        put("Cr", 3, 6, 2, 4);
        put("Mn", 2, 3, 4, 7);
        put("Fe", 3, 2);
        put("Co", 2, 3);
        put("Ni", 2, 3);
        put("Cu", 2, 1);
        put("Zn", 2);
        put("Ga", 3);
        put("Ge", 4, 2);
        put("As", 5, 3, -3);
        put("Se", -2, 4, 6);
        put("Br", -1, 5);
        put("Rb", 1);
        put("Sr", 2);
        put("Y", 3);
        put("Zr", 4);
        put("Nb", 5, 4, 3);
        put("Mo", 6, 4, 5, 3);
        put("Tc", 7, 4);
        put("Ru", 4, 3);
        put("Rh", 3);
        put("Pd", 2, 4);
        put("Ag", 1);
        put("Cd", 2);
        put("In", 3, 1);
        put("Sn", 4, 2);
        put("Sb", 5, 3, -3);
        put("Te", -2, 4, 6);
        put("I", -1, 5, 7);
        put("Cs", 1);
        put("Ba", 2);
        put("La", 3);
        put("Ce", 3, 4);
        put("Pr", 3, 4);
        put("Nd", 3);
        put("Pm", 3);
        put("Sm", 3, 2);
        put("Eu", 3, 2);
        put("Gd", 3);
        put("Tb", 3, 4);
        put("Dy", 3);
        put("Ho", 3);
        put("Er", 3);
        put("Tm", 3);
        put("Yb", 3, 2);
        put("Lu", 3);
        put("Hf", 4);
        put("Ta", 5);
        put("W", 6, 4, 5);
        put("Re", 4, 7);
        put("Os", 4);
        put("Ir", 4, 3);
        put("Pt", 2, 4);
        put("Au", 1, 3);
        put("Hg", 2, 1);
        put("Tl", 1, 3);
        put("Pb", 2, 4);
        put("Bi", 3, 5);
        put("Th", 4);
        put("U", 6, 4, 5);
    }

    private static void put(String symbol, int... states) {
        STATES.put(Element.fromSymbol(symbol).orElseThrow(), states);
    }

    private OxidationStateGuesser() {
    }

    /** The structure with guessed oxidation states (source GUESSED), or empty when no assignment is neutral. */
    public static Optional<Structure> guess(Structure s) {
        boolean partial = !s.partialSites().isEmpty();
        return guess(s.composition(), partial).map(m -> s.withOxidationStates(m, OxidationSource.GUESSED));
    }

    /**
     * One state per element making the composition neutral, or empty.
     *
     * @param composition element counts (may be fractional)
     * @param approximate accept a residual of 1 % of the total absolute charge (partially occupied cells)
     */
    public static Optional<Map<Element, Double>> guess(Map<Element, Double> composition, boolean approximate) {
        List<Element> elements = new ArrayList<>(composition.keySet());
        int[][] candidates = new int[elements.size()][];
        for (int i = 0; i < elements.size(); i++) {
            candidates[i] = STATES.getOrDefault(elements.get(i), new int[] {0});
        }
        int[] choice = new int[elements.size()];
        int[] best = null;
        int bestRank = Integer.MAX_VALUE;
        while (true) {
            int rank = 0;
            double q = 0;
            double abs = 0;
            for (int i = 0; i < choice.length; i++) {
                int state = candidates[i][choice[i]];
                double n = composition.get(elements.get(i));
                rank += choice[i];
                q += state * n;
                abs += Math.abs(state) * n;
            }
            double tol = approximate ? 0.01 * abs : 1e-6;
            if (Math.abs(q) <= tol && rank < bestRank && abs > 0) {
                best = choice.clone();
                bestRank = rank;
            }
            if (!increment(choice, candidates)) {
                break;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Map<Element, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < best.length; i++) {
            out.put(elements.get(i), (double) candidates[i][best[i]]);
        }
        return Optional.of(out);
    }

    /** Odometer step over all combinations; false after the last. */
    private static boolean increment(int[] choice, int[][] candidates) {
        for (int i = 0; i < choice.length; i++) {
            if (++choice[i] < candidates[i].length) {
                return true;
            }
            choice[i] = 0;
        }
        return false;
    }
}
