package org.ionhop.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the space group of a structure from its atoms, with a distance tolerance, as spglib does (Togo &amp; Tanaka,
 * arXiv:1808.01590 (2018)); written for ionhop, using only the operation table {@link SpaceGroupTable}.
 *
 * <ol>
 *   <li><b>Lattice translations.</b> Atoms are grouped by species and occupancy. Every vector from one atom of the
 *       rarest group to another atom of it is a candidate; those that map every atom onto an atom of its group
 *       within the tolerance are the lattice translations of the cell (more than one when the cell is not
 *       primitive). They give the primitive cell.</li>
 *   <li><b>Reduced cell.</b> Delaunay (Selling) reduction of the primitive basis (International Tables Vol. A,
 *       Sect. 3.1.3; the tolerance-aware comparisons follow Grosse-Kunstleve, Sauter &amp; Adams, Acta Cryst. A60,
 *       1 (2004)), then the three shortest of the seven Delaunay vectors.</li>
 *   <li><b>Lattice point group.</b> In a Delaunay-reduced basis every lattice symmetry maps the basis onto vectors
 *       with coefficients -1, 0, 1, so the integer matrices with such columns that keep lengths and scalar products
 *       (within the tolerance) are all candidates.</li>
 *   <li><b>Space-group operations.</b> For each candidate rotation, a translation that maps the atoms onto
 *       themselves (from the rarest group again), refined to the mean of all matched displacements. The rotations
 *       kept must form a group; otherwise the search is repeated with a smaller tolerance.</li>
 *   <li><b>Conventional cell.</b> From the crystal system of the rotations: the rotation axes (cubic,
 *       orthorhombic), the principal axis with the shortest perpendicular lattice vector and its image under the
 *       rotation (tetragonal, trigonal, hexagonal; both obverse and reverse for rhombohedral lattices), the two-fold
 *       axis with the two shortest perpendicular vectors (monoclinic), or the reduced cell (triclinic). Perpendicular
 *       vectors are found exactly, as the lattice vectors that the rotation's cyclic sum annihilates.</li>
 *   <li><b>Identification.</b> In the conventional basis the rotations and the centring vectors must equal those
 *       of one of the 530 Hall settings, and an origin shift o must bring every translation onto the setting's:
 *       (W - 1) o = t_Hall - t (mod the lattice and centring), solved from three independent rows over their
 *       integer ambiguities and checked on all operations within the tolerance.</li>
 * </ol>
 * The symmetry-distinct sites are the orbits of the sites under the operations found.
 */
public final class SpaceGroupFinder {
    /**
     * Default tolerance (Å): atoms mapped within this distance count as the same. Between spglib's usual 0.01 Å and
     * the 0.1 Å of Materials Project's symmetry field; 0.05 Å is also the CIF merge tolerance, and absorbs
     * coordinates printed with three decimals and noise of ~0.01 Å.
     */
    public static final double DEFAULT_TOLERANCE_A = 0.05;

    /**
     * Tolerance on cell angles when testing a rotation against the metric (degrees), pymatgen's default: the atoms,
     * not the metric, decide, so a cell sheared by a relaxation (LiFePO4 with alpha = 90.5°) keeps its group when
     * the fractional coordinates map within the distance tolerance.
     */
    public static final double ANGLE_TOLERANCE_DEG = 5.0;

    /**
     * Largest cell searched by {@code info} and the report (the library call has no limit): the translation
     * search is quadratic in the number of primitive cells of a supercell (0.1-7 s for 28-1792 sites of LiFePO4
     * on a loaded 2-core machine).
     */
    public static final int MAX_SITES_FOR_SUMMARY = 2000;

    private static final int MAX_RETRIES = 8;

    private SpaceGroupFinder() {
    }

    /** The space group with the default tolerance. */
    public static Optional<SymmetryDataset> find(Structure s) {
        return find(s, DEFAULT_TOLERANCE_A);
    }

    /**
     * The space group of the structure's atoms within {@code toleranceA}; empty when the operations found at every
     * tolerance tried (down to 0.8^8 of it) do not form a group that matches a Hall setting.
     */
    public static Optional<SymmetryDataset> find(Structure s, double toleranceA) {
        if (!(toleranceA > 0) || s.numSites() == 0) {
            throw new IllegalArgumentException("tolerance must be positive and the structure non-empty");
        }
        double tol = toleranceA;
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            Optional<SymmetryDataset> d = new Search(s, tol, toleranceA).run();
            if (d.isPresent()) {
                return d;
            }
            tol *= 0.8;
        }
        return Optional.empty();
    }

    /** One search at one tolerance. */
    private static final class Search {
        private final Structure s;
        private final Lattice lat;
        private final double tol;
        private final double reportedTol;
        private final int n;
        private final double[][] f;
        private final int[] cls;
        private final CellList cells;
        private final List<Integer> anchors = new ArrayList<>();

        Search(Structure s, double tol, double reportedTol) {
            this.s = s;
            this.lat = s.lattice();
            this.tol = tol;
            this.reportedTol = reportedTol;
            this.n = s.numSites();
            this.f = new double[n][];
            this.cls = new int[n];
            Map<String, Integer> ids = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Site site = s.sites().get(i);
                f[i] = site.frac();
                String key = site.element().symbol() + "/" + Math.round(site.occupancy() * 1000);
                cls[i] = ids.computeIfAbsent(key, k -> ids.size());
            }
            int[] count = new int[ids.size()];
            for (int c : cls) {
                count[c]++;
            }
            int rare = 0;
            for (int c = 1; c < count.length; c++) {
                if (count[c] < count[rare]) {
                    rare = c;
                }
            }
            for (int i = 0; i < n; i++) {
                if (cls[i] == rare) {
                    anchors.add(i);
                }
            }
            this.cells = CellList.of(s, Math.max(tol, 1.0));
        }

        Optional<SymmetryDataset> run() {
            List<double[]> pure = pureTranslations();
            int nt = pure.size();
            double[][] prim = primitiveBasis(pure);
            if (prim == null) {
                return Optional.empty();
            }
            double[][] b = delaunay(prim);
            double[][] bInv = Mat.inverse(b);
            List<int[][]> lattice = latticeRotations(b);
            List<int[][]> rots = new ArrayList<>();
            List<double[]> trans = new ArrayList<>();
            for (int[][] w : lattice) {
                double[][] wIn = Mat.mul(Mat.mul(b, Mat.toDouble(w)), bInv);
                double[] t = translationFor(wIn);
                if (t != null) {
                    rots.add(w);
                    trans.add(Mat.apply(bInv, t));
                }
            }
            if (!isGroup(rots)) {
                return Optional.empty();
            }
            Optional<Match> m = identify(b, rots, trans);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            int[] orbits = orbits(b, bInv, rots, trans, pure);
            SpaceGroup std = SpaceGroupTable.get().byNumber(m.get().g.number()).orElse(m.get().g);
            return Optional.of(new SymmetryDataset(std.number(), std.hermannMauguin(), std.international(),
                    m.get().g.hallNumber(), m.get().g.label(), reportedTol, rots.size(), nt, orbits));
        }

        /** Whether the operation x -&gt; W x + t (input fractional coordinates) maps every atom onto its kind. */
        private double[] mapsWithResidual(double[][] w, double[] t, double radius) {
            double[] sum = new double[3];
            double[] cart = new double[3];
            for (int i = 0; i < n; i++) {
                double[] y = Mat.apply(w, f[i]);
                lat.toCartesian(y[0] + t[0], y[1] + t[1], y[2] + t[2], cart);
                double[] best = {Double.POSITIVE_INFINITY, 0, 0, 0};
                int ci = cls[i];
                cells.forEachWithin(cart[0], cart[1], cart[2], radius, (p, na, nb, nc, dx, dy, dz, d2) -> {
                    if (cls[p] == ci && d2 < best[0]) {
                        best[0] = d2;
                        best[1] = dx;
                        best[2] = dy;
                        best[3] = dz;
                    }
                });
                if (best[0] == Double.POSITIVE_INFINITY) {
                    return null;
                }
                sum[0] += best[1];
                sum[1] += best[2];
                sum[2] += best[3];
            }
            return lat.toFractional(new double[] {sum[0] / n, sum[1] / n, sum[2] / n});
        }

        private double[] translationFor(double[][] w) {
            int a = anchors.get(0);
            double[] wa = Mat.apply(w, f[a]);
            for (int j : anchors) {
                double[] t = refined(w, new double[] {f[j][0] - wa[0], f[j][1] - wa[1], f[j][2] - wa[2]});
                if (t != null) {
                    return t;
                }
            }
            return null;
        }

        /**
         * The translation from one atom pair carries that pair's displacement: map with twice the tolerance, move t
         * by the mean displacement of all matches, then require every atom within the tolerance.
         */
        private double[] refined(double[][] w, double[] t0) {
            double[] r = mapsWithResidual(w, t0, 2 * tol);
            if (r == null) {
                return null;
            }
            double[] t = {t0[0] + r[0], t0[1] + r[1], t0[2] + r[2]};
            double[] r2 = mapsWithResidual(w, t, tol);
            return r2 == null ? null : new double[] {t[0] + r2[0], t[1] + r2[1], t[2] + r2[2]};
        }

        private List<double[]> pureTranslations() {
            double[][] id = Mat.toDouble(Mat.identity());
            List<double[]> out = new ArrayList<>();
            int a = anchors.get(0);
            for (int j : anchors) {
                double[] t = refined(id, new double[] {f[j][0] - f[a][0], f[j][1] - f[a][1], f[j][2] - f[a][2]});
                if (t != null) {
                    out.add(new double[] {Site.wrap(t[0]), Site.wrap(t[1]), Site.wrap(t[2])});
                }
            }
            // They form a group of order N, so each is a multiple of 1/N: snap away the noise.
            int nt = out.size();
            List<double[]> snapped = new ArrayList<>();
            for (double[] t : out) {
                double[] v = new double[3];
                for (int k = 0; k < 3; k++) {
                    v[k] = Site.wrap(Math.rint(t[k] * nt) / nt);
                }
                if (snapped.stream().noneMatch(u -> Arrays.equals(u, v))) {
                    snapped.add(v);
                }
            }
            return snapped;
        }

        /** Columns: a basis of the lattice generated by the cell vectors and the pure translations. */
        private static double[][] primitiveBasis(List<double[]> pure) {
            int nt = pure.size();
            if (nt == 1) {
                return Mat.toDouble(Mat.identity());
            }
            List<double[]> cand = new ArrayList<>();
            for (double[] t : pure) {
                if (t[0] != 0 || t[1] != 0 || t[2] != 0) {
                    cand.add(new double[] {centre(t[0]), centre(t[1]), centre(t[2])});
                }
            }
            // The successive minima of a 3D lattice form a basis, so the shortest translations suffice (a supercell
            // of many primitive cells would otherwise make the triple search cubic in their number).
            cand.sort((x, y) -> Double.compare(x[0] * x[0] + x[1] * x[1] + x[2] * x[2],
                    y[0] * y[0] + y[1] * y[1] + y[2] * y[2]));
            if (cand.size() > 40) {
                cand.subList(40, cand.size()).clear();
            }
            cand.add(new double[] {1, 0, 0});
            cand.add(new double[] {0, 1, 0});
            cand.add(new double[] {0, 0, 1});
            for (int i = 0; i < cand.size(); i++) {
                for (int j = i + 1; j < cand.size(); j++) {
                    for (int k = j + 1; k < cand.size(); k++) {
                        double[][] m = Mat.columns(cand.get(i), cand.get(j), cand.get(k));
                        double det = Mat.det(m);
                        if (Math.abs(Math.abs(det) - 1.0 / nt) < 1e-6) {
                            return det > 0 ? m : Mat.columns(cand.get(i), cand.get(k), cand.get(j));
                        }
                    }
                }
            }
            return null;
        }

        private static double centre(double x) {
            return x > 0.5 + 1e-9 ? x - 1 : x;
        }

        /** Delaunay reduction of the basis (columns, input fractional coordinates). */
        private double[][] delaunay(double[][] basis) {
            double[][] v = new double[4][];
            for (int k = 0; k < 3; k++) {
                v[k] = Mat.column(basis, k);
            }
            v[3] = new double[] {-(v[0][0] + v[1][0] + v[2][0]), -(v[0][1] + v[1][1] + v[2][1]),
                -(v[0][2] + v[1][2] + v[2][2])};
            double scale = Math.cbrt(Math.abs(lat.volume() * Mat.det(basis)));
            double eps = 1e-5 * scale * scale;
            for (int iter = 0; iter < 1000; iter++) {
                boolean changed = false;
                outer:
                for (int i = 0; i < 4; i++) {
                    for (int j = i + 1; j < 4; j++) {
                        if (dot(v[i], v[j]) > eps) {
                            for (int k = 0; k < 4; k++) {
                                if (k != i && k != j) {
                                    v[k] = Mat.add(v[k], v[i]);
                                }
                            }
                            v[i] = Mat.scale(v[i], -1);
                            changed = true;
                            break outer;
                        }
                    }
                }
                if (!changed) {
                    break;
                }
            }
            List<double[]> seven = new ArrayList<>(List.of(v[0], v[1], v[2], v[3], Mat.add(v[0], v[1]),
                    Mat.add(v[1], v[2]), Mat.add(v[2], v[0])));
            seven.sort((x, y) -> Double.compare(dot(x, x), dot(y, y)));
            double vol = Math.abs(Mat.det(basis));
            for (int i = 0; i < 7; i++) {
                for (int j = i + 1; j < 7; j++) {
                    for (int k = j + 1; k < 7; k++) {
                        double[][] m = Mat.columns(seven.get(i), seven.get(j), seven.get(k));
                        double det = Mat.det(m);
                        if (Math.abs(Math.abs(det) - vol) < 1e-6 * vol) {
                            return det > 0 ? m : Mat.columns(seven.get(i), seven.get(k), seven.get(j));
                        }
                    }
                }
            }
            return basis;
        }

        /** Cartesian scalar product of two vectors given in input fractional coordinates. */
        private double dot(double[] x, double[] y) {
            double[] cx = lat.toCartesian(x);
            double[] cy = lat.toCartesian(y);
            return cx[0] * cy[0] + cx[1] * cy[1] + cx[2] * cy[2];
        }

        /** Integer matrices (reduced basis) with columns of -1, 0, 1 that keep the metric within the tolerance. */
        private List<int[][]> latticeRotations(double[][] b) {
            double[][] g = new double[3][3];
            double[] len = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    g[i][j] = dot(Mat.column(b, i), Mat.column(b, j));
                }
                len[i] = Math.sqrt(g[i][i]);
            }
            List<int[]> vecs = new ArrayList<>();
            List<Double> lens = new ArrayList<>();
            for (int x = -1; x <= 1; x++) {
                for (int y = -1; y <= 1; y++) {
                    for (int z = -1; z <= 1; z++) {
                        if (x != 0 || y != 0 || z != 0) {
                            int[] v = {x, y, z};
                            vecs.add(v);
                            lens.add(Math.sqrt(metric(g, v, v)));
                        }
                    }
                }
            }
            List<List<Integer>> byAxis = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                List<Integer> l = new ArrayList<>();
                for (int i = 0; i < vecs.size(); i++) {
                    if (Math.abs(lens.get(i) - len[k]) < tol) {
                        l.add(i);
                    }
                }
                byAxis.add(l);
            }
            List<int[][]> out = new ArrayList<>();
            for (int i : byAxis.get(0)) {
                int[] u = vecs.get(i);
                for (int j : byAxis.get(1)) {
                    int[] v = vecs.get(j);
                    if (!sameAngle(g, u, v, 0, 1)) {
                        continue;
                    }
                    for (int k : byAxis.get(2)) {
                        int[] w = vecs.get(k);
                        if (!sameAngle(g, u, w, 0, 2) || !sameAngle(g, v, w, 1, 2)) {
                            continue;
                        }
                        int[][] m = {{u[0], v[0], w[0]}, {u[1], v[1], w[1]}, {u[2], v[2], w[2]}};
                        int det = Mat.det(m);
                        if (det == 1 || det == -1) {
                            out.add(m);
                        }
                    }
                }
            }
            return out;
        }

        /** Whether the angle between u and v is within {@link #ANGLE_TOLERANCE_DEG} of that between b_i and b_j. */
        private static boolean sameAngle(double[][] g, int[] u, int[] v, int i, int j) {
            double cuv = metric(g, u, v) / Math.sqrt(metric(g, u, u) * metric(g, v, v));
            double cij = g[i][j] / Math.sqrt(g[i][i] * g[j][j]);
            double a1 = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cuv))));
            double a2 = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cij))));
            return Math.abs(a1 - a2) < ANGLE_TOLERANCE_DEG;
        }

        static double metric(double[][] g, int[] u, int[] v) {
            double s = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    s += u[i] * g[i][j] * v[j];
                }
            }
            return s;
        }

        private static boolean isGroup(List<int[][]> rots) {
            Set<String> keys = new HashSet<>();
            for (int[][] r : rots) {
                keys.add(Mat.key(r));
            }
            if (!keys.contains(Mat.key(Mat.identity()))) {
                return false;
            }
            for (int[][] a : rots) {
                for (int[][] b : rots) {
                    if (!keys.contains(Mat.key(Mat.mul(a, b)))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Union of the sites related by the operations (and the pure translations). */
        private int[] orbits(double[][] b, double[][] bInv, List<int[][]> rots, List<double[]> trans,
                             List<double[]> pure) {
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            // Orbits are the connected components under a generating set: each rotation with its translation, and
            // each lattice translation of the cell with the identity.
            List<double[][]> ws = new ArrayList<>();
            List<double[]> ts = new ArrayList<>();
            for (int o = 0; o < rots.size(); o++) {
                ws.add(Mat.mul(Mat.mul(b, Mat.toDouble(rots.get(o))), bInv));
                ts.add(Mat.apply(b, trans.get(o)));
            }
            for (double[] c : pure) {
                ws.add(Mat.toDouble(Mat.identity()));
                ts.add(c);
            }
            double[] cart = new double[3];
            for (int o = 0; o < ws.size(); o++) {
                double[][] w = ws.get(o);
                double[] t = ts.get(o);
                for (int i = 0; i < n; i++) {
                    double[] y = Mat.apply(w, f[i]);
                    lat.toCartesian(y[0] + t[0], y[1] + t[1], y[2] + t[2], cart);
                    int ci = cls[i];
                    int fi = i;
                    cells.forEachWithin(cart[0], cart[1], cart[2], tol, (p, na, nb, nc, dx, dy, dz, d2) -> {
                        if (cls[p] == ci) {
                            union(parent, fi, p);
                        }
                    });
                }
            }
            int[] out = new int[n];
            Map<Integer, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                out[i] = index.computeIfAbsent(find(parent, i), k -> index.size());
            }
            return out;
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private static void union(int[] parent, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        private record Match(SpaceGroup g) {
        }

        /** The Hall setting of the operations under the conventional basis of their crystal system. */
        private Optional<Match> identify(double[][] b, List<int[][]> rots, List<double[]> trans) {
            double[][] g = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    g[i][j] = dot(Mat.column(b, i), Mat.column(b, j));
                }
            }
            for (int[][] m : Conventional.candidates(rots, g)) {
                Optional<Match> hit = match(b, m, rots, trans);
                if (hit.isPresent()) {
                    return hit;
                }
            }
            return Optional.empty();
        }

        private Optional<Match> match(double[][] b, int[][] m, List<int[][]> rots, List<double[]> trans) {
            int det = Math.abs(Mat.det(m));
            if (det < 1 || det > 4) {
                return Optional.empty();
            }
            double[][] md = Mat.toDouble(m);
            double[][] mInv = Mat.inverse(md);
            List<int[][]> wc = new ArrayList<>();
            List<double[]> tc = new ArrayList<>();
            Set<String> rotKeys = new HashSet<>();
            for (int o = 0; o < rots.size(); o++) {
                double[][] x = Mat.mul(Mat.mul(mInv, Mat.toDouble(rots.get(o))), md);
                int[][] xi = new int[3][3];
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        xi[i][j] = (int) Math.rint(x[i][j]);
                        if (Math.abs(x[i][j] - xi[i][j]) > 1e-6) {
                            return Optional.empty();
                        }
                    }
                }
                wc.add(xi);
                tc.add(Mat.apply(mInv, trans.get(o)));
                rotKeys.add(Mat.key(xi));
            }
            Set<String> centringKeys = new HashSet<>();
            List<double[]> centring = new ArrayList<>();
            for (int x = 0; x < 4; x++) {
                for (int y = 0; y < 4; y++) {
                    for (int z = 0; z < 4; z++) {
                        double[] c = Mat.apply(mInv, new double[] {x, y, z});
                        int[] c24 = new int[3];
                        for (int k = 0; k < 3; k++) {
                            double v = c[k] * 24;
                            c24[k] = Math.floorMod((int) Math.rint(v), 24);
                            if (Math.abs(v - Math.rint(v)) > 1e-6) {
                                return Optional.empty();
                            }
                        }
                        if (centringKeys.add(Mat.key(c24))) {
                            centring.add(new double[] {c24[0] / 24.0, c24[1] / 24.0, c24[2] / 24.0});
                        }
                    }
                }
            }
            if (centring.size() != det) {
                return Optional.empty();
            }
            // Cartesian metric of the conventional cell, for the translation check.
            double[][] conv = Mat.mul(b, md);
            SpaceGroup best = null;
            for (TableEntry e : TableEntry.all()) {
                if (e.rotations.size() != rotKeys.size() || !e.rotations.keySet().equals(rotKeys)
                        || !e.centring.equals(centringKeys)) {
                    continue;
                }
                if (originShift(wc, tc, e, centring, conv) != null) {
                    if (e.g.standard()) {
                        return Optional.of(new Match(e.g));
                    }
                    if (best == null) {
                        best = e.g;
                    }
                }
            }
            return Optional.ofNullable(best).map(Match::new);
        }

        /** An origin shift that brings every translation onto the setting's, or null. */
        private double[] originShift(List<int[][]> wc, List<double[]> tc, TableEntry e, List<double[]> centring,
                                     double[][] conv) {
            int ops = wc.size();
            double[][] d = new double[ops][];
            for (int o = 0; o < ops; o++) {
                double[] tg = e.rotations.get(Mat.key(wc.get(o)));
                d[o] = new double[] {tg[0] - tc.get(o)[0], tg[1] - tc.get(o)[1], tg[2] - tc.get(o)[2]};
            }
            // Three independent rows of (W - 1), completed by unit rows (o_k = 0) where the system is singular.
            List<int[]> rows = new ArrayList<>();
            List<int[]> from = new ArrayList<>();
            for (int o = 0; o < ops && rows.size() < 3; o++) {
                for (int i = 0; i < 3 && rows.size() < 3; i++) {
                    int[] r = {wc.get(o)[i][0] - (i == 0 ? 1 : 0), wc.get(o)[i][1] - (i == 1 ? 1 : 0),
                        wc.get(o)[i][2] - (i == 2 ? 1 : 0)};
                    if (independent(rows, r)) {
                        rows.add(r);
                        from.add(new int[] {o, i});
                    }
                }
            }
            for (int k = 0; k < 3 && rows.size() < 3; k++) {
                int[] r = new int[3];
                r[k] = 1;
                if (independent(rows, r)) {
                    rows.add(r);
                    from.add(new int[] {-1, k});
                }
            }
            double[][] a = new double[3][];
            for (int i = 0; i < 3; i++) {
                a[i] = new double[] {rows.get(i)[0], rows.get(i)[1], rows.get(i)[2]};
            }
            double[][] aInv = Mat.inverse(a);
            int[][] range = new int[3][2];
            for (int i = 0; i < 3; i++) {
                int lo = 0;
                int hi = 0;
                for (int v : rows.get(i)) {
                    lo += Math.min(v, 0);
                    hi += Math.max(v, 0);
                }
                range[i][0] = lo - 1;
                range[i][1] = hi + 1;
            }
            int nc = centring.size();
            for (int c0 = 0; c0 < nc; c0++) {
                for (int c1 = 0; c1 < nc; c1++) {
                    for (int c2 = 0; c2 < nc; c2++) {
                        int[] cs = {c0, c1, c2};
                        double[] rhs0 = new double[3];
                        for (int i = 0; i < 3; i++) {
                            int o = from.get(i)[0];
                            rhs0[i] = o < 0 ? 0 : d[o][from.get(i)[1]] + centring.get(cs[i])[from.get(i)[1]];
                        }
                        for (int n0 = range[0][0]; n0 <= range[0][1]; n0++) {
                            for (int n1 = range[1][0]; n1 <= range[1][1]; n1++) {
                                for (int n2 = range[2][0]; n2 <= range[2][1]; n2++) {
                                    int[] nn = {n0, n1, n2};
                                    double[] rhs = new double[3];
                                    for (int i = 0; i < 3; i++) {
                                        rhs[i] = rhs0[i] + (from.get(i)[0] < 0 ? 0 : nn[i]);
                                    }
                                    double[] o = Mat.apply(aInv, rhs);
                                    if (fits(o, wc, d, centring, conv)) {
                                        return o;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return null;
        }

        private boolean fits(double[] o, List<int[][]> wc, double[][] d, List<double[]> centring, double[][] conv) {
            double limit = 3 * tol + 1e-9;
            for (int k = 0; k < wc.size(); k++) {
                int[][] w = wc.get(k);
                boolean ok = false;
                for (double[] c : centring) {
                    double[] r = new double[3];
                    for (int i = 0; i < 3; i++) {
                        double x = w[i][0] * o[0] + w[i][1] * o[1] + w[i][2] * o[2] - o[i] - d[k][i] - c[i];
                        r[i] = x - Math.rint(x);
                    }
                    double[] cart = lat.toCartesian(Mat.apply(conv, r));
                    if (Math.sqrt(cart[0] * cart[0] + cart[1] * cart[1] + cart[2] * cart[2]) < limit) {
                        ok = true;
                        break;
                    }
                }
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        private static boolean independent(List<int[]> rows, int[] r) {
            if (r[0] == 0 && r[1] == 0 && r[2] == 0) {
                return false;
            }
            if (rows.isEmpty()) {
                return true;
            }
            if (rows.size() == 1) {
                int[] c = Mat.cross(rows.get(0), r);
                return c[0] != 0 || c[1] != 0 || c[2] != 0;
            }
            return Mat.det(new int[][] {rows.get(0), rows.get(1), r}) != 0;
        }
    }

    /** Conventional bases (columns: integer vectors in the reduced primitive basis) from the crystal system. */
    private static final class Conventional {
        private Conventional() {
        }

        static List<int[][]> candidates(List<int[][]> rots, double[][] g) {
            List<int[][]> proper2 = new ArrayList<>();
            List<int[][]> proper3 = new ArrayList<>();
            List<int[][]> proper4 = new ArrayList<>();
            List<int[][]> proper6 = new ArrayList<>();
            for (int[][] w : rots) {
                int det = Mat.det(w);
                int[][] p = det == 1 ? w : Mat.scale(w, -1);
                switch (p[0][0] + p[1][1] + p[2][2]) {
                    case -1 -> proper2.add(p);
                    case 0 -> proper3.add(p);
                    case 1 -> proper4.add(p);
                    case 2 -> proper6.add(p);
                    default -> { }
                }
            }
            List<int[][]> out = new ArrayList<>();
            if (proper3.size() >= 8) {
                List<int[]> axes = distinctAxes(proper4.isEmpty() ? proper2 : proper4);
                List<int[]> cubic = new ArrayList<>();
                for (int[] ax : axes) {
                    // In 23 and m-3 every two-fold lies on a cube axis; in the others the four-folds do.
                    cubic.add(ax);
                }
                if (cubic.size() >= 3) {
                    out.add(rightHanded(cubic.get(0), cubic.get(1), cubic.get(2)));
                }
                return out;
            }
            if (!proper6.isEmpty() || !proper3.isEmpty()) {
                int[][] r3 = proper3.isEmpty() ? Mat.mul(proper6.get(0), proper6.get(0)) : proper3.get(0);
                int[] c = axis(r3);
                int[] a = shortestPerpendicular(r3, 3, null, g);
                int[] bv = Mat.apply(r3, a);
                out.add(rightHanded(a, bv, c));
                out.add(rightHanded(Mat.neg(a), Mat.neg(bv), c));
                return out;
            }
            if (!proper4.isEmpty()) {
                int[][] r4 = proper4.get(0);
                int[] c = axis(r4);
                int[] a = shortestPerpendicular(r4, 4, null, g);
                out.add(rightHanded(a, Mat.apply(r4, a), c));
                return out;
            }
            List<int[]> axes2 = distinctAxes(proper2);
            if (axes2.size() >= 3) {
                out.add(rightHanded(axes2.get(0), axes2.get(1), axes2.get(2)));
                return out;
            }
            if (axes2.size() == 1) {
                int[][] r2 = proper2.get(0);
                int[] bAxis = axis(r2);
                int[] a = shortestPerpendicular(r2, 2, null, g);
                int[] c = shortestPerpendicular(r2, 2, a, g);
                out.add(rightHanded(a, bAxis, c));
                out.add(rightHanded(c, bAxis, a));
                int[] ac = Mat.add(a, c);
                int[] amc = new int[] {a[0] - c[0], a[1] - c[1], a[2] - c[2]};
                out.add(rightHanded(a, bAxis, ac));
                out.add(rightHanded(ac, bAxis, c));
                out.add(rightHanded(a, bAxis, amc));
                out.add(rightHanded(amc, bAxis, c));
                return out;
            }
            out.add(Mat.identity());
            return out;
        }

        /** Columns a, b, c, with c reversed when the triple is left-handed. */
        private static int[][] rightHanded(int[] a, int[] b, int[] c) {
            int[][] m = {{a[0], b[0], c[0]}, {a[1], b[1], c[1]}, {a[2], b[2], c[2]}};
            if (Mat.det(m) < 0) {
                for (int i = 0; i < 3; i++) {
                    m[i][2] = -m[i][2];
                }
            }
            return m;
        }

        private static List<int[]> distinctAxes(List<int[][]> rs) {
            List<int[]> out = new ArrayList<>();
            for (int[][] r : rs) {
                int[] ax = axis(r);
                boolean seen = false;
                for (int[] u : out) {
                    int[] c = Mat.cross(u, ax);
                    if (c[0] == 0 && c[1] == 0 && c[2] == 0) {
                        seen = true;
                        break;
                    }
                }
                if (!seen) {
                    out.add(ax);
                }
            }
            return out;
        }

        /** The primitive integer vector along the axis of a proper rotation (null space of R - 1). */
        static int[] axis(int[][] r) {
            int[][] m = new int[3][];
            for (int i = 0; i < 3; i++) {
                m[i] = new int[] {r[i][0] - (i == 0 ? 1 : 0), r[i][1] - (i == 1 ? 1 : 0), r[i][2] - (i == 2 ? 1 : 0)};
            }
            int[] v = Mat.cross(m[0], m[1]);
            if (v[0] == 0 && v[1] == 0 && v[2] == 0) {
                v = Mat.cross(m[0], m[2]);
            }
            if (v[0] == 0 && v[1] == 0 && v[2] == 0) {
                v = Mat.cross(m[1], m[2]);
            }
            int g = gcd(gcd(Math.abs(v[0]), Math.abs(v[1])), Math.abs(v[2]));
            return g == 0 ? v : new int[] {v[0] / g, v[1] / g, v[2] / g};
        }

        /**
         * The shortest lattice vector perpendicular to the axis of r (order k): those the cyclic sum
         * 1 + r + ... + r^(k-1) annihilates; not parallel to {@code notAlong} when that is given. Lengths from the
         * metric g of the reduced basis; among equally long vectors (within 1e-6 relative) the first found.
         */
        private static int[] shortestPerpendicular(int[][] r, int k, int[] notAlong, double[][] g) {
            int[] best = null;
            double bestNorm = Double.POSITIVE_INFINITY;
            for (int x = -3; x <= 3; x++) {
                for (int y = -3; y <= 3; y++) {
                    for (int z = -3; z <= 3; z++) {
                        int[] v = {x, y, z};
                        if (x == 0 && y == 0 && z == 0) {
                            continue;
                        }
                        int[] sum = v.clone();
                        int[] p = v;
                        for (int j = 1; j < k; j++) {
                            p = Mat.apply(r, p);
                            sum = Mat.add(sum, p);
                        }
                        if (sum[0] != 0 || sum[1] != 0 || sum[2] != 0) {
                            continue;
                        }
                        if (notAlong != null) {
                            int[] c = Mat.cross(notAlong, v);
                            if (c[0] == 0 && c[1] == 0 && c[2] == 0) {
                                continue;
                            }
                        }
                        double norm = Search.metric(g, v, v);
                        if (norm < bestNorm * (1 - 1e-6)) {
                            bestNorm = norm;
                            best = v;
                        }
                    }
                }
            }
            return best;
        }

        private static int gcd(int a, int b) {
            return b == 0 ? a : gcd(b, a % b);
        }
    }

    /** A Hall setting's rotations (with one translation each, fractional) and centring vectors (in 1/24). */
    private static final class TableEntry {
        final SpaceGroup g;
        final Map<String, double[]> rotations = new LinkedHashMap<>();
        final Set<String> centring = new HashSet<>();

        private TableEntry(SpaceGroup g) {
            this.g = g;
            for (SymmetryOperation op : g.operations()) {
                int[][] r = new int[3][3];
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        r[i][j] = op.r(i, j);
                    }
                }
                rotations.putIfAbsent(Mat.key(r),
                        new double[] {op.translation(0), op.translation(1), op.translation(2)});
                if (op.isIdentity() || Arrays.deepEquals(r, Mat.identity())) {
                    centring.add(Mat.key(op.translation24()));
                }
            }
        }

        private static final class Holder {
            static final List<TableEntry> ALL = SpaceGroupTable.get().settings().stream().map(TableEntry::new)
                    .toList();
        }

        static List<TableEntry> all() {
            return Holder.ALL;
        }
    }

    /** Small dense matrix helpers (3 x 3). */
    private static final class Mat {
        private Mat() {
        }

        /**
         * A map key of an integer matrix or vector, one char per entry: equal exactly when the entries are (they are
         * small integers). Much cheaper than {@code Arrays.deepToString}, which was most of the cost of building the
         * table of 530 settings at start-up (issue 18, section 0).
         */
        static String key(int[][] m) {
            char[] c = new char[9];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    c[3 * i + j] = (char) (m[i][j] + 0x4000);
                }
            }
            return new String(c);
        }

        static String key(int[] v) {
            char[] c = new char[v.length];
            for (int i = 0; i < v.length; i++) {
                c[i] = (char) (v[i] + 0x4000);
            }
            return new String(c);
        }

        static int[][] identity() {
            return new int[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        }

        static double[][] toDouble(int[][] m) {
            double[][] d = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    d[i][j] = m[i][j];
                }
            }
            return d;
        }

        static double[][] columns(double[] a, double[] b, double[] c) {
            return new double[][] {{a[0], b[0], c[0]}, {a[1], b[1], c[1]}, {a[2], b[2], c[2]}};
        }

        static double[] column(double[][] m, int k) {
            return new double[] {m[0][k], m[1][k], m[2][k]};
        }

        static double[][] mul(double[][] a, double[][] b) {
            double[][] c = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
                }
            }
            return c;
        }

        static int[][] mul(int[][] a, int[][] b) {
            int[][] c = new int[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
                }
            }
            return c;
        }

        static int[][] scale(int[][] a, int s) {
            int[][] c = new int[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    c[i][j] = s * a[i][j];
                }
            }
            return c;
        }

        static double[] apply(double[][] m, double[] v) {
            return new double[] {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
                m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2], m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
        }

        static int[] apply(int[][] m, int[] v) {
            return new int[] {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
                m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2], m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
        }

        static double[] add(double[] a, double[] b) {
            return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
        }

        static int[] add(int[] a, int[] b) {
            return new int[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
        }

        static int[] neg(int[] a) {
            return new int[] {-a[0], -a[1], -a[2]};
        }

        static double[] scale(double[] a, double s) {
            return new double[] {a[0] * s, a[1] * s, a[2] * s};
        }

        static int[] cross(int[] a, int[] b) {
            return new int[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        }

        static double det(double[][] m) {
            return Matrix3.determinant(m);
        }

        static int det(int[][] m) {
            return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                    + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        }

        static double[][] inverse(double[][] m) {
            return Matrix3.inverse(m);
        }
    }
}
