package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.OxidationSource;
import org.ionhop.structure.OxidationStateGuesser;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * The one route to oxidation states, used by every front end ({@code info}, {@code bvse}, the report, the screen) so
 * that they never disagree: the user's states when given (elements missing from them keep the file's states or are
 * guessed), else the file's states, else a bond-valence-sum guess, else the usual-states guess of
 * {@link OxidationStateGuesser}; when none of these assigns every site, the structure is returned as it is with the
 * reason ({@link Assignment#problem()}).
 *
 * <p>The bond-valence-sum guess fixes the anions at their usual charges (O, S, Se, Te -2; N -3; F, Cl, Br, I -1),
 * and for the cations tries every combination of the charges the softBV table knows, scoring each by sum over sites
 * of occupancy (BVS - q)^2, with the bond valence s = exp((R0 - R)/b) of the table's cation-anion pair (Brown, "The
 * Chemical Bond in Inorganic Chemistry", 2002); the best combination that is charge neutral to within 5 % of the
 * anion charge is taken. It fails without anions or without softBV parameters for a cation; the usual-states guess
 * (composition only) is then tried.
 */
public final class OxidationStates {
    /** The settings-record component that holds user oxidation states, named in messages. */
    static final String SETTING = "oxidationStates";
    private static final Map<Element, Integer> ANIONS = Map.of(Element.O, -2, Element.S, -2, Element.Se, -2,
            Element.Te, -2, Element.N, -3, Element.F, -1, Element.Cl, -1, Element.Br, -1, Element.I, -1);
    private static final double BVS_RADIUS_A = 4.5;
    private static final int MAX_COMBINATIONS = 200_000;

    private OxidationStates() {
    }

    /**
     * The outcome of the route.
     *
     * @param structure the structure with the states found (and their {@link OxidationSource}); the input structure
     *                  (with the user's states, if any) when not every site could be assigned
     * @param problem   why not every site has a state, or null when every site has one
     */
    public record Assignment(Structure structure, String problem) {
        /** Whether every site has an oxidation state. */
        public boolean complete() {
            return problem == null;
        }

        /**
         * The structure with every state assigned.
         *
         * @throws InvalidSettingException naming {@code oxidationStates} when the route found none
         */
        public Structure require() {
            if (problem != null) {
                throw new InvalidSettingException(SETTING, problem);
            }
            return structure;
        }
    }

    /** The route with the bundled softBV table and no user states (what {@code info} shows). */
    public static Assignment assign(Structure s) {
        return assign(s, Map.of(), SoftBvParameters.bundled());
    }

    /** The route with the bundled softBV table. */
    public static Assignment assign(Structure s, Map<Element, Integer> user) {
        return assign(s, user, SoftBvParameters.bundled());
    }

    /**
     * The route (see the class comment).
     *
     * @param s      the structure as read
     * @param user   states set by the user (empty or null for none)
     * @param params bond-valence parameters of the guess
     */
    public static Assignment assign(Structure s, Map<Element, Integer> user, SoftBvParameters params) {
        if (user != null && !user.isEmpty()) {
            Map<Element, Double> q = new LinkedHashMap<>();
            user.forEach((e, v) -> q.put(e, (double) v));
            Structure withUser = s.withOxidationStates(q, OxidationSource.USER);
            if (withUser.hasOxidationStates()) {
                return new Assignment(withUser, null);
            }
            Guess g = bvsGuess(withUser, params);
            if (g.problem() != null) {
                return new Assignment(withUser, g.problem());
            }
            Structure guessed = g.structure();
            return new Assignment(new Structure(guessed.lattice(), guessed.sites(), s.source(), s.spaceGroup(),
                    s.symmetryOpsUsed(), OxidationSource.USER), null);
        }
        if (s.hasOxidationStates()) {
            return new Assignment(s, null);
        }
        Guess g = bvsGuess(s, params);
        if (g.problem() == null) {
            return new Assignment(g.structure(), null);
        }
        return OxidationStateGuesser.guess(s).map(u -> new Assignment(u, null))
                .orElseGet(() -> new Assignment(s, g.problem()));
    }

    /**
     * Parses oxidation states written as {@code "Li=1,Fe=2,P=+5,O=-2"} (blank for none), in the order given.
     *
     * @throws InvalidSettingException naming {@code oxidationStates} for a malformed pair, an unknown element or a
     *                                 charge that is not an integer
     */
    public static Map<Element, Integer> parse(String spec) {
        Map<Element, Integer> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=");
            if (kv.length != 2) {
                throw new InvalidSettingException(SETTING, "expected El=q pairs separated by commas, found \""
                        + part.trim() + "\"");
            }
            Element e = Element.fromSymbol(kv[0].trim()).orElseThrow(() -> new InvalidSettingException(SETTING,
                    "unknown element \"" + kv[0].trim() + "\""));
            try {
                out.put(e, Integer.parseInt(kv[1].trim().replace("+", "")));
            } catch (NumberFormatException ex) {
                throw new InvalidSettingException(SETTING, "expected an integer charge for " + e.symbol()
                        + ", found \"" + kv[1].trim() + "\"");
            }
        }
        return out;
    }

    /**
     * The structure with oxidation states on every site, by the route with the given table.
     *
     * @throws InvalidSettingException naming {@code oxidationStates} when no consistent assignment is found
     */
    public static Structure resolve(Structure s, Map<Element, Integer> user, SoftBvParameters params) {
        return assign(s, user, params).require();
    }

    /** A bond-valence-sum guess, or why there is none. */
    private record Guess(Structure structure, String problem) {
        static Guess failed(String problem) {
            return new Guess(null, problem);
        }
    }

    /** Bond-valence-sum guess for the elements without a state (see the class comment). */
    private static Guess bvsGuess(Structure s, SoftBvParameters params) {
        Map<Element, Double> fixed = new EnumMap<>(Element.class);
        List<Element> cations = new ArrayList<>();
        for (Site site : s.sites()) {
            if (site.hasOxidationState()) {
                fixed.put(site.element(), site.oxidationState());
            }
        }
        for (Element e : s.composition().keySet()) {
            if (fixed.containsKey(e)) {
                continue;
            }
            if (ANIONS.containsKey(e)) {
                fixed.put(e, (double) ANIONS.get(e));
            } else {
                cations.add(e);
            }
        }
        List<Site> anionSites = s.sites().stream().filter(x -> fixed.getOrDefault(x.element(), 0.0) < 0).toList();
        if (anionSites.isEmpty()) {
            return Guess.failed("cannot guess oxidation states of " + s.source()
                    + ": no anions (O, S, Se, Te, N, F, Cl, Br, I); give them as El=q pairs");
        }
        double charge = 0;
        for (Site site : s.sites()) {
            if (fixed.containsKey(site.element())) {
                charge += site.occupancy() * fixed.get(site.element());
            }
        }
        List<int[]> options = new ArrayList<>();
        long combos = 1;
        for (Element e : cations) {
            TreeSet<Integer> states = new TreeSet<>();
            for (Site a : anionSites) {
                for (int q : params.tabulatedStates(e)) {
                    if (q > 0 && params.pair(e, q, a.element(), (int) Math.round(fixed.get(a.element()))).isPresent()) {
                        states.add(q);
                    }
                }
            }
            if (states.isEmpty()) {
                return Guess.failed("cannot guess the oxidation state of " + e.symbol()
                        + ": no softBV bond-valence parameters with the anions present; give it as " + e.symbol()
                        + "=q");
            }
            options.add(states.stream().mapToInt(Integer::intValue).toArray());
            combos *= states.size();
        }
        if (combos > MAX_COMBINATIONS) {
            return Guess.failed("too many oxidation-state combinations to guess; give them as El=q pairs");
        }
        // per cation element and candidate charge: sum over its sites of occupancy (BVS - q)^2, and its total occupancy
        double[][] misfit = new double[cations.size()][];
        double[] count = new double[cations.size()];
        for (int c = 0; c < cations.size(); c++) {
            Element e = cations.get(c);
            misfit[c] = new double[options.get(c).length];
            for (Site site : s.sitesOf(e)) {
                count[c] += site.occupancy();
                for (int t = 0; t < options.get(c).length; t++) {
                    int q = options.get(c)[t];
                    double bvs = bondValenceSum(s.lattice(), site, e, q, anionSites, fixed, params);
                    misfit[c][t] += site.occupancy() * (bvs - q) * (bvs - q);
                }
            }
        }
        double anionCharge = 0;
        for (Site a : anionSites) {
            anionCharge += a.occupancy() * fixed.get(a.element());
        }
        int[] choice = new int[cations.size()];
        int[] best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (long k = 0; k < combos; k++) {
            long r = k;
            double q = charge;
            double score = 0;
            for (int c = 0; c < cations.size(); c++) {
                choice[c] = (int) (r % options.get(c).length);
                r /= options.get(c).length;
                q += count[c] * options.get(c)[choice[c]];
                score += misfit[c][choice[c]];
            }
            if (Math.abs(q) <= 0.05 * Math.abs(anionCharge) + 1e-9 && score < bestScore) {
                bestScore = score;
                best = choice.clone();
            }
        }
        if (best == null) {
            return Guess.failed("no charge-neutral set of oxidation states found for " + s.source()
                    + "; give them as El=q pairs");
        }
        Map<Element, Double> states = new EnumMap<>(fixed);
        for (int c = 0; c < cations.size(); c++) {
            states.put(cations.get(c), (double) options.get(c)[best[c]]);
        }
        return new Guess(s.withOxidationStates(states, OxidationSource.GUESSED), null);
    }

    /** Bond-valence sum of a cation site for a trial charge q, over anion images within 4.5 Å (occupancy-weighted). */
    static double bondValenceSum(Lattice lat, Site site, Element e, int q, List<Site> anions, Map<Element, Double> fixed,
                                 SoftBvParameters params) {
        double[] spacing = lat.planeSpacings();
        int[] reach = new int[3];
        for (int d = 0; d < 3; d++) {
            reach[d] = (int) Math.ceil(BVS_RADIUS_A / spacing[d]);
        }
        double sum = 0;
        double[] v = new double[3];
        for (Site a : anions) {
            var pair = params.pair(e, q, a.element(), (int) Math.round(fixed.get(a.element())));
            if (pair.isEmpty()) {
                continue;
            }
            double r0 = pair.get().r0();
            double b = pair.get().b();
            for (int i = -reach[0]; i <= reach[0]; i++) {
                for (int j = -reach[1]; j <= reach[1]; j++) {
                    for (int k = -reach[2]; k <= reach[2]; k++) {
                        lat.toCartesian(a.frac(0) + i - site.frac(0), a.frac(1) + j - site.frac(1),
                                a.frac(2) + k - site.frac(2), v);
                        double r = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                        if (r < BVS_RADIUS_A && r > 0.5) {
                            sum += a.occupancy() * Math.exp((r0 - r) / b);
                        }
                    }
                }
            }
        }
        return sum;
    }
}
