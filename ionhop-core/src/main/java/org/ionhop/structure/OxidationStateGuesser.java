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

    private static final String TABLE = String.join("; ",
            "H 1 -1; Li 1; Be 2; B 3; C 4 -4; N -3 5 3; O -2; F -1; Na 1; Mg 2; Al 3; Si 4 -4; P 5 3 -3",
            "S -2 6 4; Cl -1 7 5; K 1; Ca 2; Sc 3; Ti 4 3 2; V 5 4 3 2; Cr 3 6 2 4; Mn 2 3 4 7; Fe 3 2; Co 2 3",
            "Ni 2 3; Cu 2 1; Zn 2; Ga 3; Ge 4 2; As 5 3 -3; Se -2 4 6; Br -1 5; Rb 1; Sr 2; Y 3; Zr 4; Nb 5 4 3",
            "Mo 6 4 5 3; Tc 7 4; Ru 4 3; Rh 3; Pd 2 4; Ag 1; Cd 2; In 3 1; Sn 4 2; Sb 5 3 -3; Te -2 4 6",
            "I -1 5 7; Cs 1; Ba 2; La 3; Ce 3 4; Pr 3 4; Nd 3; Pm 3; Sm 3 2; Eu 3 2; Gd 3; Tb 3 4; Dy 3; Ho 3",
            "Er 3; Tm 3; Yb 3 2; Lu 3; Hf 4; Ta 5; W 6 4 5; Re 4 7; Os 4; Ir 4 3; Pt 2 4; Au 1 3; Hg 2 1; Tl 1 3",
            "Pb 2 4; Bi 3 5; Th 4; U 6 4 5");

    static {
        for (String entry : TABLE.split(";")) {
            String[] t = entry.trim().split(" ");
            int[] states = new int[t.length - 1];
            for (int i = 1; i < t.length; i++) {
                states[i - 1] = Integer.parseInt(t[i]);
            }
            STATES.put(Element.fromSymbol(t[0]).orElseThrow(), states);
        }
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
