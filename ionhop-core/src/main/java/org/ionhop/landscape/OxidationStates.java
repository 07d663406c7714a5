package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * assigned), else the file's states, else the per-site maximum-likelihood assignment from bond-valence sums
 * ({@link BondValenceAssigner}, bvparm2020 parameters), else the usual-states guess of {@link OxidationStateGuesser};
 * when none of these assigns every site, the structure is returned as it is with the reason
 * ({@link Assignment#problem()}). Every outcome carries an {@link OxidationReport}: the source of each site's state,
 * the residual charge (a warning when the file's or the user's states leave the cell charged) and the runner-up.
 */
public final class OxidationStates {
    /** The settings-record component that holds user oxidation states, named in messages. */
    static final String SETTING = "oxidationStates";
    private static final double BVS_RADIUS_A = 4.5;

    private OxidationStates() {
    }

    /**
     * The outcome of the route.
     *
     * @param structure the structure with the states found (and their {@link OxidationSource}); the input structure
     *                  (with the user's states, if any) when not every site could be assigned
     * @param report    where the states came from and how sure they are (no sites when nothing was assigned)
     * @param problem   why not every site has a state, or null when every site has one
     */
    public record Assignment(Structure structure, OxidationReport report, String problem) {
        /** A null report is an empty one. */
        public Assignment {
            report = report == null ? OxidationReport.empty() : report;
        }

        /** An outcome without report. */
        public Assignment(Structure structure, String problem) {
            this(structure, null, problem);
        }

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

    /** The route with the bundled tables and no user states (what {@code info} shows). */
    public static Assignment assign(Structure s) {
        return assign(s, Map.of(), SoftBvParameters.bundled());
    }

    /** The route with the bundled tables. */
    public static Assignment assign(Structure s, Map<Element, Integer> user) {
        return assign(s, user, SoftBvParameters.bundled());
    }

    /**
     * The route (see the class comment).
     *
     * @param s      the structure as read
     * @param user   states set by the user (empty or null for none)
     * @param params softBV parameters (kept for the callers; the assignment itself uses bvparm2020)
     */
    public static Assignment assign(Structure s, Map<Element, Integer> user, SoftBvParameters params) {
        BondValenceTable table = BondValenceTable.bundled();
        if (user != null && !user.isEmpty()) {
            Map<Element, Double> q = new LinkedHashMap<>();
            user.forEach((e, v) -> q.put(e, (double) v));
            Structure withUser = s.withOxidationStates(q, OxidationSource.USER);
            if (withUser.hasOxidationStates()) {
                return new Assignment(withUser, fixedReport(withUser, OxidationReport.Source.USER, user.keySet()),
                        null);
            }
            BondValenceAssigner.Result g = BondValenceAssigner.assign(withUser, table, OxidationReport.Source.USER);
            if (g.problem() != null) {
                return new Assignment(withUser, g.problem());
            }
            return new Assignment(g.structure(), g.report(), null);
        }
        if (s.hasOxidationStates()) {
            return new Assignment(s, fixedReport(s, OxidationReport.Source.FILE, Set.of()), null);
        }
        BondValenceAssigner.Result g = BondValenceAssigner.assign(s, table, OxidationReport.Source.FILE);
        if (g.problem() == null) {
            return new Assignment(g.structure(), g.report(), null);
        }
        if (g.problem().contains("molecular unit")) {
            return new Assignment(s, g.problem());
        }
        return OxidationStateGuesser.guess(s)
                .map(u -> new Assignment(u, fixedReport(u, OxidationReport.Source.COMPOSITION, Set.of()), null))
                .orElseGet(() -> new Assignment(s, g.problem()));
    }

    /**
     * The report of states not assigned here (file, user, composition guess): one row per site, the residual charge
     * and a warning when the cell is not neutral (beyond 2 % of the anion charge with partial occupancies, 1e-3 e
     * otherwise).
     */
    static OxidationReport fixedReport(Structure s, OxidationReport.Source source, Set<Element> userElements) {
        Map<String, double[]> rows = new LinkedHashMap<>();   // element|q -> {count, q}
        Map<String, Site> first = new LinkedHashMap<>();
        double residual = 0;
        double anion = 0;
        for (Site site : s.sites()) {
            // one row per element and state: files written in P1 label every atom apart
            String key = site.element().symbol() + "|" + site.oxidationState();
            rows.computeIfAbsent(key, k -> new double[] {0, site.oxidationState()})[0]++;
            first.putIfAbsent(key, site);
            residual += site.occupancy() * site.oxidationState();
            anion += site.oxidationState() < 0 ? -site.occupancy() * site.oxidationState() : 0;
        }
        List<OxidationReport.SiteState> out = new ArrayList<>();
        rows.forEach((k, v) -> {
            Site site = first.get(k);
            OxidationReport.Source src = source == OxidationReport.Source.USER
                    && !userElements.contains(site.element()) ? OxidationReport.Source.FILE : source;
            out.add(new OxidationReport.SiteState(site.label(), site.element(), (int) v[0], v[1], src, Double.NaN));
        });
        List<String> notes = new ArrayList<>();
        double tol = s.partialSites().isEmpty() ? 1e-3 : Math.max(1e-3, 0.02 * anion);
        if (Math.abs(residual) > tol) {
            notes.add(String.format(Locale.ROOT, "the %s oxidation states leave the cell charged: residual charge "
                    + "%+.3f e", source == OxidationReport.Source.USER ? "user's" : source.text(), residual));
        } else if (Math.abs(residual) >= 5e-4) {
            notes.add(String.format(Locale.ROOT, "the cell is not exactly neutral with these states and the "
                    + "occupancies: residual charge %+.3f e", residual));
        }
        return new OxidationReport(out, residual, Double.NaN, Double.NaN, "", notes);
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

    /** Bond valence sum of a cation site for a trial charge q, over anion images within 4.5 Å (occupancy-weighted). */
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
