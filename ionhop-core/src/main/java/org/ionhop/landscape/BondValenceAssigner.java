package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.OxidationSource;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * Per-site oxidation states by maximum likelihood over bond-valence sums, subject to charge neutrality.
 *
 * <p>Bond-valence model (Brown, "The Chemical Bond in Inorganic Chemistry", Oxford 2002): the valence of a bond of
 * length R is s = exp((R0 - R) / b), and the sum of s over the bonds of an ion (its bond-valence sum, BVS) is close
 * to the magnitude of its formal charge. The idea of reading oxidation states off the BVS by maximum likelihood under
 * charge neutrality is that of the open bond-valence analysers (e.g. the BVAnalyzer of pymatgen, after O'Keeffe and
 * Brese); the model below is our own:
 * <ol>
 *   <li><b>Sites.</b> Positions with the same label and element are the symmetry images of one crystallographic site
 *       and get one state. A site's weight is its number of images times its occupancy.</li>
 *   <li><b>Role.</b> A site is an anion when its element is more electronegative (Pauling) than every one of its
 *       nearest neighbours of other elements (those within 1.2 times the nearest such distance) and the element has
 *       an anionic state; else a cation. So H bonded to O is H+ (Li2OHBr) and H bonded to Al or B
 *       is H- (LiAlH4, LiBH4); P bonded to S is a cation (Li4P2S6), P surrounded by Li and Ge an anion (Li3P,
 *       Li8GeP4). No fixed anion list.</li>
 *   <li><b>Candidates.</b> The element's usual states (prior 1) and rarer ones (prior 0.1), own table after
 *       Greenwood &amp; Earnshaw. Homonuclear bonds (two atoms of one p-block element closer than 1.2 times twice the
 *       covalent radius of Cordero et al., Dalton Trans. (2008) 2832) shift the states by one per bond: P-P in
 *       P2S6 4- gives P4+, O-O in O2 2- gives O-, S-S gives S-. A cation site may also be mixed valence: two
 *       adjacent usual states in equal shares (B site of Fe3O4), with prior 0.01 per site.</li>
 *   <li><b>Likelihood.</b> Per atom, log L = -(BVS(q) - |q|)^2 / (2 sigma^2) + ln prior, sigma = 0.1 + 0.1 |q|
 *       (bond-valence sums scatter by about 5-10 % of the valence), with the BVS over counter-ions within
 *       {@value #BVS_RADIUS_A} Å and bvparm2020 parameters for the trial state ({@link BondValenceTable}).</li>
 *   <li><b>Neutrality.</b> Exact two-best dynamic programme over sites on the total charge (milli-e bins): the
 *       highest-likelihood assignment whose charge, with occupancies, is within 1e-3 e of zero for an ordered cell
 *       and within 2 % of the anion charge when sites are partly occupied (rounded occupancies); the residual and the
 *       runner-up are reported.</li>
 * </ol>
 */
final class BondValenceAssigner {
    static final double BVS_RADIUS_A = 4.5;
    private static final double RARE = Math.log(0.1);
    private static final double MIXED = Math.log(0.01);
    private static final int MAX_KEYS = 40_000;
    private static final double MAX_Z = 4;

    private static final Map<Element, int[][]> STATES = new EnumMap<>(Element.class);
    private static final Map<Element, Integer> ANION_STATE = new EnumMap<>(Element.class);
    private static final Map<Element, Double> COVALENT_RADIUS_A = new EnumMap<>(Element.class);

    static {
        // cation states: usual | rare (own table after Greenwood & Earnshaw, Chemistry of the Elements, 1997)
        String table = String.join(";", "H 1", "Li 1", "Be 2", "B 3", "C 4|2", "N 5 3", "Na 1", "Mg 2", "Al 3", "Si 4",
                "P 5|3", "S 6|4", "Cl 7|5", "K 1", "Ca 2", "Sc 3", "Ti 4 3|2", "V 5 4 3|2", "Cr 3 6|2 4 5",
                "Mn 2 3 4|7 6 5", "Fe 2 3|4", "Co 2 3|4", "Ni 2|3 4", "Cu 1 2|3", "Zn 2", "Ga 3", "Ge 4|2", "As 5 3",
                "Se 4 6", "Br 5|7", "Rb 1", "Sr 2", "Y 3", "Zr 4", "Nb 5|4 3", "Mo 6|4 5 3", "Tc 7 4", "Ru 4 3", "Rh 3",
                "Pd 2 4", "Ag 1", "Cd 2", "In 3|1", "Sn 4 2", "Sb 5 3", "Te 4 6", "I 5|7", "Cs 1", "Ba 2", "La 3",
                "Ce 3 4", "Pr 3|4", "Nd 3", "Pm 3", "Sm 3|2", "Eu 3 2", "Gd 3", "Tb 3|4", "Dy 3", "Ho 3", "Er 3", "Tm 3",
                "Yb 3|2", "Lu 3", "Hf 4", "Ta 5", "W 6|4 5", "Re 7|4 6", "Os 4", "Ir 4 3", "Pt 2 4", "Au 1 3", "Hg 2 1",
                "Tl 1 3", "Pb 2 4", "Bi 3|5", "Th 4", "U 6 4|5");
        for (String entry : table.split(";")) {
            String[] halves = entry.split("\\|");
            String[] usual = halves[0].trim().split(" ");
            Element e = Element.fromSymbol(usual[0]).orElseThrow();
            int[] u = new int[usual.length - 1];
            for (int i = 1; i < usual.length; i++) {
                u[i - 1] = Integer.parseInt(usual[i]);
            }
            int[] r = new int[0];
            if (halves.length > 1) {
                String[] rare = halves[1].trim().split(" ");
                r = new int[rare.length];
                for (int i = 0; i < rare.length; i++) {
                    r[i] = Integer.parseInt(rare[i]);
                }
            }
            STATES.put(e, new int[][] {u, r});
        }
        // anionic states: -(8 - group) of the p-block and H-
        String anions = "H -1; C -4; N -3; O -2; F -1; Si -4; P -3; S -2; Cl -1; Ge -4; As -3; Se -2; Br -1; Sn -4;"
                + " Sb -3; Te -2; I -1; Bi -3";
        for (String entry : anions.split(";")) {
            String[] t = entry.trim().split(" ");
            ANION_STATE.put(Element.fromSymbol(t[0]).orElseThrow(), Integer.parseInt(t[1]));
        }
        // single-bond covalent radii (Cordero et al., Dalton Trans. (2008) 2832), for homonuclear bonds
        String radii = "H .31; B .84; C .76; N .71; O .66; F .57; Si 1.11; P 1.07; S 1.05; Cl 1.02; Ge 1.20; As 1.19;"
                + " Se 1.20; Br 1.20; Sn 1.39; Sb 1.39; Te 1.38; I 1.39; Bi 1.48";
        for (String entry : radii.split(";")) {
            String[] t = entry.trim().split(" ");
            COVALENT_RADIUS_A.put(Element.fromSymbol(t[0]).orElseThrow(), Double.parseDouble(t[1]));
        }
    }

    private BondValenceAssigner() {
    }

    /** The outcome: the structure with states and the report, or why there is none. */
    record Result(Structure structure, OxidationReport report, String problem) {
    }

    /** One neighbour of a site: the other site's index, distance (Å). */
    private record Neighbour(int site, double r) {
    }

    /** One candidate state of a site: charge per atom (half-integer when mixed), log-likelihood per atom, prior. */
    private record Candidate(double q, int low, boolean mixed, double logL, double bvs) {
    }

    /** One crystallographic site: its positions, weight, role, neighbours of its first position. */
    private static final class Group {
        final String label;
        final Element element;
        final List<Integer> members = new ArrayList<>();
        double weight;
        boolean anion;
        boolean fixed;
        double fixedState = Double.NaN;
        List<Neighbour> neighbours;
        int homonuclear;
        List<Candidate> candidates = new ArrayList<>();

        Group(String label, Element element) {
            this.label = label;
            this.element = element;
        }
    }

    /** A partial assignment in the dynamic programme: score, choice of one group, link to the previous groups. */
    private record Node(double score, int choice, Node parent) {
    }

    /**
     * Assigns the sites without a state.
     *
     * @param s     the structure (sites with states keep them)
     * @param table the bond-valence table
     * @param fixedSource where the states already present came from (file or user)
     */
    static Result assign(Structure s, BondValenceTable table, OxidationReport.Source fixedSource) {
        List<Site> sites = s.sites();
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            String key = site.element().symbol() + "|" + site.label() + "|" + (site.hasOxidationState()
                    ? site.oxidationState() : "?");
            Group g = byKey.computeIfAbsent(key, k -> new Group(site.label(), site.element()));
            g.members.add(i);
            g.weight += site.occupancy();
            if (site.hasOxidationState()) {
                g.fixed = true;
                g.fixedState = site.oxidationState();
            }
        }
        Lattice lat = s.lattice();
        for (Group g : byKey.values()) {
            g.neighbours = neighbours(lat, sites, g.members.get(0));
        }
        List<Group> groups = mergeEquivalent(new ArrayList<>(byKey.values()), sites);
        String organic = organicUnit(lat, sites, groups);
        if (organic != null) {
            return new Result(null, null, "cannot guess the oxidation states of " + s.source() + ": it contains the "
                    + "molecular unit " + organic + " (an organic ion), whose formal charges bond-valence sums do not "
                    + "define; give them as El=q pairs");
        }
        Map<Integer, Group> groupOfSite = new HashMap<>();
        for (Group g : groups) {
            for (int m : g.members) {
                groupOfSite.put(m, g);
            }
            assignRole(g, sites);
            g.homonuclear = homonuclearBonds(g, sites);
        }
        boolean anyAnion = groups.stream().anyMatch(g -> g.anion);
        if (!anyAnion) {
            return new Result(null, null, "cannot guess oxidation states of " + s.source()
                    + ": no anions (no site is more electronegative than its neighbours); give them as El=q pairs");
        }
        // candidates: cations first, so that anion sums can use the cations' usual states
        for (Group g : groups) {
            if (!g.anion && !g.fixed) {
                g.candidates = plausible(cationCandidates(g, sites, groupOfSite, table));
                if (g.candidates.isEmpty()) {
                    return new Result(null, null, "cannot guess the oxidation state of " + g.element.symbol()
                            + " (site " + g.label + "): no usual cationic state known; give it as " + g.element.symbol()
                            + "=q");
                }
            }
        }
        for (Group g : groups) {
            if (g.anion && !g.fixed) {
                g.candidates = plausible(anionCandidates(g, sites, groupOfSite, table));
            }
        }
        boolean partial = sites.stream().anyMatch(Site::isPartial);
        double fixedCharge = 0;
        double anionCharge = 0;
        List<Group> free = new ArrayList<>();
        for (Group g : groups) {
            if (g.fixed) {
                fixedCharge += g.weight * g.fixedState;
                if (g.fixedState < 0) {
                    anionCharge -= g.weight * g.fixedState;
                }
            } else {
                free.add(g);
                if (g.anion) {
                    anionCharge -= g.weight * g.candidates.get(0).q();
                }
            }
        }
        double tol = partial ? Math.max(1e-3, 0.02 * anionCharge) : 1e-3;
        // two-best dynamic programme over the free groups on the total charge in milli-e
        Map<Long, Node[]> layer = new HashMap<>();
        layer.put(Math.round(fixedCharge * 1000), new Node[] {new Node(0, -1, null), null});
        for (Group g : free) {
            Map<Long, Node[]> next = new HashMap<>();
            for (Map.Entry<Long, Node[]> e : layer.entrySet()) {
                for (Node prev : e.getValue()) {
                    if (prev == null) {
                        continue;
                    }
                    for (int c = 0; c < g.candidates.size(); c++) {
                        Candidate cand = g.candidates.get(c);
                        double add = cand.mixed() ? g.weight * cand.logL() + MIXED : g.weight * cand.logL();
                        long key = e.getKey() + Math.round(g.weight * cand.q() * 1000);
                        offer(next.computeIfAbsent(key, k -> new Node[2]), new Node(prev.score() + add, c, prev));
                    }
                }
            }
            layer = prune(next);
        }
        Node best = null;
        Node second = null;
        long bestKey = 0;
        for (Map.Entry<Long, Node[]> e : layer.entrySet()) {
            if (Math.abs(e.getKey() / 1000.0) > tol + 1e-9) {
                continue;
            }
            for (Node n : e.getValue()) {
                if (n == null) {
                    continue;
                }
                if (best == null || n.score() > best.score() + 1e-12
                        || (Math.abs(n.score() - best.score()) <= 1e-12 && Math.abs(e.getKey()) < Math.abs(bestKey))) {
                    second = best;
                    best = n;
                    bestKey = e.getKey();
                } else if (second == null || n.score() > second.score()) {
                    second = n;
                }
            }
        }
        if (best == null) {
            return new Result(null, null, "no charge-neutral set of oxidation states found for " + s.source()
                    + "; give them as El=q pairs");
        }
        int[] choice = unwind(best, free.size());
        int[] alt = second == null ? null : unwind(second, free.size());
        return build(s, groups, free, choice, alt, best.score(), second == null ? Double.NaN : second.score(),
                fixedSource);
    }

    /**
     * Merges sites of one element without states whose environments agree (sorted neighbour elements and distances
     * within 3.5 Å, to 0.02 Å, and equal occupancy): the images of one site in a file written in P1 (each atom with
     * its own label) then share one state, as the symmetry images of a labelled site do.
     */
    private static List<Group> mergeEquivalent(List<Group> groups, List<Site> sites) {
        Map<String, Group> byPrint = new LinkedHashMap<>();
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            if (g.fixed) {
                out.add(g);
                continue;
            }
            List<String> env = new ArrayList<>();
            for (Neighbour n : g.neighbours) {
                if (n.r() < 3.5) {
                    Site b = sites.get(n.site());
                    env.add(String.format(Locale.ROOT, "%s%.0f@%.2f", b.element().symbol(), 100 * b.occupancy(),
                            Math.rint(n.r() / 0.02) * 0.02));
                }
            }
            env.sort(null);
            String print = g.element.symbol() + "|" + Math.round(1000 * sites.get(g.members.get(0)).occupancy()) + "|"
                    + String.join(",", env);
            Group into = byPrint.get(print);
            if (into == null) {
                byPrint.put(print, g);
                out.add(g);
            } else {
                into.members.addAll(g.members);
                into.weight += g.weight;
            }
        }
        return out;
    }

    /**
     * Drops candidates whose bond-valence sum is more than {@value #MAX_Z} standard deviations from the state (a P3+
     * with a BVS of 5 is not a state but a charge-balancing artefact), keeping at least the most likely one.
     */
    private static List<Candidate> plausible(List<Candidate> all) {
        Candidate best = null;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            if (best == null || c.logL() > best.logL()) {
                best = c;
            }
            double z = Double.isNaN(c.bvs()) ? 0 : Math.abs(c.bvs() - Math.abs(c.q())) / sigma(c.q());
            if (z <= MAX_Z) {
                out.add(c);
            }
        }
        if (out.isEmpty() && best != null) {
            out.add(best);
        }
        return out;
    }

    private static void offer(Node[] slot, Node n) {
        if (slot[0] == null || n.score() > slot[0].score()) {
            slot[1] = slot[0];
            slot[0] = n;
        } else if (slot[1] == null || n.score() > slot[1].score()) {
            slot[1] = n;
        }
    }

    /** Keeps the {@value #MAX_KEYS} charge bins with the best scores (a beam; exact below that size). */
    private static Map<Long, Node[]> prune(Map<Long, Node[]> next) {
        if (next.size() <= MAX_KEYS) {
            return next;
        }
        List<Map.Entry<Long, Node[]>> entries = new ArrayList<>(next.entrySet());
        entries.sort((a, b) -> Double.compare(b.getValue()[0].score(), a.getValue()[0].score()));
        Map<Long, Node[]> out = new HashMap<>();
        for (int i = 0; i < MAX_KEYS; i++) {
            out.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        return out;
    }

    private static int[] unwind(Node n, int size) {
        int[] out = new int[size];
        Node cur = n;
        for (int i = size - 1; i >= 0; i--) {
            out[i] = cur.choice();
            cur = cur.parent();
        }
        return out;
    }

    private static Result build(Structure s, List<Group> groups, List<Group> free, int[] choice, int[] alt,
                                double score, double altScore, OxidationReport.Source fixedSource) {
        Map<Group, Candidate> chosen = new HashMap<>();
        for (int i = 0; i < free.size(); i++) {
            chosen.put(free.get(i), free.get(i).candidates.get(choice[i]));
        }
        List<Site> sites = s.sites();
        Site[] assigned = new Site[sites.size()];
        List<Site> extra = new ArrayList<>();
        List<OxidationReport.SiteState> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double residual = 0;
        for (Group g : groups) {
            Candidate c = chosen.get(g);
            for (int m : g.members) {
                Site site = sites.get(m);
                if (c == null) {
                    assigned[m] = site;
                } else if (c.mixed()) {
                    // a mixed-valence site: both states on the position, each with half the occupancy (mean field)
                    assigned[m] = new Site(site.element(), site.label(), site.frac(), site.occupancy() / 2, c.low());
                    extra.add(new Site(site.element(), site.label(), site.frac(), site.occupancy() / 2, c.low() + 1));
                } else {
                    assigned[m] = site.withOxidationState(c.q());
                }
            }
            double q = c == null ? g.fixedState : c.q();
            residual += g.weight * q;
            rows.add(new OxidationReport.SiteState(g.label, g.element, g.members.size(), q,
                    c == null ? fixedSource : OxidationReport.Source.BOND_VALENCE, c == null ? Double.NaN : c.bvs()));
            if (c != null && c.mixed()) {
                notes.add(String.format(Locale.ROOT, "site %s is mixed valence: %s%+d and %s%+d in equal shares "
                        + "(bond-valence sum %.2f)", g.label, g.element.symbol(), c.low(), g.element.symbol(),
                        c.low() + 1, c.bvs()));
            }
        }
        List<Site> out = new ArrayList<>(List.of(assigned));
        out.addAll(extra);
        StringBuilder diff = new StringBuilder();
        if (alt != null) {
            for (int i = 0; i < free.size(); i++) {
                if (alt[i] != choice[i]) {
                    Group g = free.get(i);
                    if (diff.length() > 0) {
                        diff.append(", ");
                    }
                    diff.append(String.format(Locale.ROOT, "%s %s -> %s", g.label,
                            stateText(g.candidates.get(choice[i])), stateText(g.candidates.get(alt[i]))));
                }
            }
        }
        if (Math.abs(residual) >= 5e-4) {
            notes.add(String.format(Locale.ROOT, "the cell is not exactly neutral with these states and the "
                    + "occupancies: residual charge %+.3f e", residual));
        }
        Structure st = new Structure(s.lattice(), out, s.source(), s.spaceGroup(), s.symmetryOpsUsed(),
                fixedSource == OxidationReport.Source.USER ? OxidationSource.USER : OxidationSource.GUESSED,
                s.warnings()); // the reader's warnings (merging, formula check) stay with the structure
        notes.addAll(molecularUnits(st));
        return new Result(st, new OxidationReport(rows, residual, score, altScore, diff.toString(), notes), null);
    }

    private static String stateText(Candidate c) {
        return c.mixed() ? String.format(Locale.ROOT, "%+d/%+d", c.low(), c.low() + 1)
                : String.format(Locale.ROOT, "%+d", (int) c.q());
    }

    /** Neighbours of site i (all periodic images within the BVS radius, above 0.5 Å: not a mixed partner). */
    private static List<Neighbour> neighbours(Lattice lat, List<Site> sites, int i) {
        double[] spacing = lat.planeSpacings();
        int[] reach = new int[3];
        for (int d = 0; d < 3; d++) {
            reach[d] = (int) Math.ceil(BVS_RADIUS_A / spacing[d]);
        }
        Site a = sites.get(i);
        List<Neighbour> out = new ArrayList<>();
        double[] v = new double[3];
        for (int j = 0; j < sites.size(); j++) {
            Site b = sites.get(j);
            for (int x = -reach[0]; x <= reach[0]; x++) {
                for (int y = -reach[1]; y <= reach[1]; y++) {
                    for (int z = -reach[2]; z <= reach[2]; z++) {
                        lat.toCartesian(b.frac(0) + x - a.frac(0), b.frac(1) + y - a.frac(1), b.frac(2) + z - a.frac(2),
                                v);
                        double r = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                        if (r < BVS_RADIUS_A && r > 0.5) {
                            out.add(new Neighbour(j, r));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void assignRole(Group g, List<Site> sites) {
        if (g.fixed) {
            g.anion = g.fixedState < 0;
            return;
        }
        boolean canAnion = ANION_STATE.containsKey(g.element);
        boolean canCation = STATES.containsKey(g.element);
        if (!canAnion || !canCation) {
            g.anion = canAnion;
            return;
        }
        double dmin = Double.POSITIVE_INFINITY;
        for (Neighbour n : g.neighbours) {
            if (sites.get(n.site()).element() != g.element) {
                dmin = Math.min(dmin, n.r());
            }
        }
        if (Double.isInfinite(dmin)) {
            g.anion = false;
            return;
        }
        double most = 0;
        for (Neighbour n : g.neighbours) {
            Site b = sites.get(n.site());
            if (b.element() != g.element && n.r() < 1.2 * dmin) {
                most = Math.max(most, b.element().electronegativity());
            }
        }
        g.anion = g.element.electronegativity() > most;
    }

    private static int homonuclearBonds(Group g, List<Site> sites) {
        Double rc = COVALENT_RADIUS_A.get(g.element);
        if (rc == null) {
            return 0;
        }
        double bonds = 0;
        for (Neighbour n : g.neighbours) {
            Site b = sites.get(n.site());
            if (b.element() == g.element && n.r() < 1.2 * 2 * rc) {
                bonds += b.occupancy();
            }
        }
        return (int) Math.round(bonds);
    }

    private static double sigma(double q) {
        return 0.1 + 0.1 * Math.abs(q);
    }

    private static double logL(double bvs, double q) {
        if (Double.isNaN(bvs)) {
            return 0;
        }
        double d = (bvs - Math.abs(q)) / sigma(q);
        return -0.5 * d * d;
    }

    private static List<Candidate> cationCandidates(Group g, List<Site> sites, Map<Integer, Group> groupOf,
                                                    BondValenceTable table) {
        int[][] st = STATES.get(g.element);
        Map<Integer, Double> prior = new TreeMap<>();
        if (st != null) {
            for (int q : st[0]) {
                prior.put(q, 0.0);
            }
            for (int q : st[1]) {
                prior.putIfAbsent(q, RARE);
            }
            if (g.homonuclear > 0) {
                for (int q : st[0]) {
                    if (q - g.homonuclear > 0) {
                        prior.put(q - g.homonuclear, 0.0);
                    }
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        Map<Integer, Double> bvsOf = new HashMap<>();
        for (Map.Entry<Integer, Double> e : prior.entrySet()) {
            int q = e.getKey();
            double bvs = cationBvs(g, q, sites, groupOf, table);
            bvsOf.put(q, bvs);
            out.add(new Candidate(q, q, false, logL(bvs, q) + e.getValue(), bvs));
        }
        if (st != null) {
            for (int q : st[0]) {
                if (prior.containsKey(q + 1) && prior.get(q + 1) == 0.0 && prior.get(q) == 0.0) {
                    double bvs = 0.5 * (bvsOf.get(q) + bvsOf.get(q + 1));
                    out.add(new Candidate(q + 0.5, q, true, logL(bvs, q + 0.5), bvs));
                }
            }
        }
        return out;
    }

    private static List<Candidate> anionCandidates(Group g, List<Site> sites, Map<Integer, Group> groupOf,
                                                   BondValenceTable table) {
        int usual = ANION_STATE.get(g.element);
        List<Candidate> out = new ArrayList<>();
        if (g.homonuclear > 0 && usual + g.homonuclear < 0) {
            int q = usual + g.homonuclear;
            double bvs = anionBvs(g, q, sites, groupOf, table);
            out.add(new Candidate(q, q, false, logL(bvs, q), bvs));
            double bvsU = anionBvs(g, usual, sites, groupOf, table);
            out.add(new Candidate(usual, usual, false, logL(bvsU, usual) + RARE, bvsU));
        } else {
            double bvs = anionBvs(g, usual, sites, groupOf, table);
            out.add(new Candidate(usual, usual, false, logL(bvs, usual), bvs));
        }
        return out;
    }

    /** BVS of a cation site for trial state q: bonds to the anion sites, NaN when no pair is tabulated. */
    private static double cationBvs(Group g, int q, List<Site> sites, Map<Integer, Group> groupOf,
                                    BondValenceTable table) {
        double sum = 0;
        boolean any = false;
        for (Neighbour n : g.neighbours) {
            Group other = groupOf.get(n.site());
            if (!other.anion || other.element == g.element) {
                continue;
            }
            int qa = other.fixed ? (int) Math.round(other.fixedState) : ANION_STATE.get(other.element);
            var m = table.lookup(g.element, q, other.element, qa);
            if (m.isPresent()) {
                any = true;
                sum += sites.get(n.site()).occupancy() * Math.exp((m.get().row().r0A() - n.r()) / m.get().row().bA());
            }
        }
        return any ? sum : Double.NaN;
    }

    /** BVS of an anion site for trial state qa, with each neighbouring cation in its most likely state. */
    private static double anionBvs(Group g, int qa, List<Site> sites, Map<Integer, Group> groupOf,
                                   BondValenceTable table) {
        double sum = 0;
        boolean any = false;
        for (Neighbour n : g.neighbours) {
            Group other = groupOf.get(n.site());
            if (other.anion || other.element == g.element) {
                continue;
            }
            int qc;
            if (other.fixed) {
                qc = (int) Math.round(other.fixedState);
            } else {
                Candidate top = null;
                for (Candidate c : other.candidates) {
                    if (!c.mixed() && (top == null || c.logL() > top.logL())) {
                        top = c;
                    }
                }
                if (top == null) {
                    continue;
                }
                qc = (int) top.q();
            }
            var m = table.lookup(other.element, qc, g.element, qa);
            if (m.isPresent()) {
                any = true;
                sum += sites.get(n.site()).occupancy() * Math.exp((m.get().row().r0A() - n.r()) / m.get().row().bA());
            }
        }
        return any ? sum : Double.NaN;
    }

    /** Covalently bonded groups with H or C: connected components of H-X below 1.3 Å and C-X below 1.65 Å. */
    private static List<List<Integer>> units(Lattice lat, List<Site> sites) {
        int n = sites.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        boolean[] inUnit = new boolean[n];
        for (int i = 0; i < n; i++) {
            Element a = sites.get(i).element();
            if (a != Element.H && a != Element.C) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                Element b = sites.get(j).element();
                double limit = a == Element.H || b == Element.H ? 1.3 : 1.65;
                if (b != Element.H && b != Element.C && b != Element.N && b != Element.O && b != Element.B) {
                    continue;
                }
                if (b == a && sites.get(i).isPartial() && sites.get(j).isPartial()) {
                    continue; // alternative positions of one disordered atom (H around O in Li2OHBr), not a bond
                }
                double r = lat.minimumImageDistance(sites.get(i).frac(), sites.get(j).frac());
                if (r > 0.5 && r < limit) {
                    inUnit[i] = true;
                    inUnit[j] = true;
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (inUnit[i]) {
                byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
            }
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    /** Hill formula of a unit, occupancy-weighted (the OH of Li2OHBr with H on eight 1/8 positions is "HO"). */
    private static String unitFormula(List<Site> sites, List<Integer> unit) {
        boolean carbon = unit.stream().anyMatch(i -> sites.get(i).element() == Element.C);
        // Hill order: C, H, then alphabetical when there is carbon; alphabetical otherwise
        Map<Element, Double> count = new TreeMap<>((x, y) -> hill(x, carbon).compareTo(hill(y, carbon)));
        for (int i : unit) {
            count.merge(sites.get(i).element(), sites.get(i).occupancy(), Double::sum);
        }
        StringBuilder sb = new StringBuilder();
        count.forEach((e, k) -> {
            sb.append(e.symbol());
            if (Math.abs(k - 1) > 0.01) {
                sb.append(Math.abs(k - Math.rint(k)) < 0.01 ? Long.toString(Math.round(k))
                        : String.format(Locale.ROOT, "%.2f", k));
            }
        });
        return sb.toString();
    }

    private static String hill(Element e, boolean carbon) {
        if (carbon && e == Element.C) {
            return "0";
        }
        if (carbon && e == Element.H) {
            return "1";
        }
        return e.symbol();
    }

    /** The first unit with a C-H bond among sites without states (an organic ion), or null. */
    private static String organicUnit(Lattice lat, List<Site> sites, List<Group> groups) {
        for (List<Integer> u : units(lat, sites)) {
            boolean c = false;
            boolean h = false;
            boolean unknown = false;
            for (int i : u) {
                c |= sites.get(i).element() == Element.C;
                h |= sites.get(i).element() == Element.H;
                unknown |= !sites.get(i).hasOxidationState();
            }
            if (c && h && unknown) {
                return unitFormula(sites, u);
            }
        }
        return null;
    }

    /** Notes naming the molecular units (BH4, NH2, OH, ...) with their charge. */
    private static List<String> molecularUnits(Structure s) {
        Map<String, Double> seen = new LinkedHashMap<>();
        for (List<Integer> u : units(s.lattice(), s.sites())) {
            if (u.size() < 2) {
                continue;
            }
            double q = 0;
            for (int i : u) {
                q += s.sites().get(i).occupancy() * s.sites().get(i).oxidationState();
            }
            seen.putIfAbsent(unitFormula(s.sites(), u), q);
        }
        List<String> out = new ArrayList<>();
        seen.forEach((f, q) -> out.add(String.format(Locale.ROOT, "molecular unit %s treated as one ion of charge "
                + "%+.0f (its atoms carry formal states)", f, q)));
        return out;
    }
}
