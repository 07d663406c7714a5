package org.ionhop.disorder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ionhop.structure.Lattice;
import org.ionhop.structure.SpaceGroup;
import org.ionhop.structure.SpaceGroupTable;
import org.ionhop.structure.SymmetryOperation;

/**
 * Counts the symmetry-distinct orderings of a small variant by enumeration. The operations are the parent's
 * space-group operations (from the bundled table, by the symbol or number the file gave) combined with the
 * supercell's translations, each turned into a permutation of the positions; an operation is kept only if it maps
 * every position onto a position of the same sublattice within 0.05 Å (so a supercell matrix that breaks a
 * symmetry, or a file whose symbol does not fit its sites, loses those operations instead of giving wrong counts).
 * Every configuration with the exact counts is generated (multiset permutations per sublattice, odometer over
 * sublattices) and counted when it is the lexicographically smallest of its images: the number of orbits.
 */
final class SymmetryEnumeration {
    /** Largest enumeration work (configurations x operations x disordered positions). */
    static final double MAX_WORK = 5e8;
    private static final double TOLERANCE_A = 0.05;

    private SymmetryEnumeration() {
    }

    static SymmetryCount count(Variant v, long limit) {
        double lnW = v.lnConfigurations();
        double w = Math.exp(lnW);
        List<Variant.Sublattice> dis = v.sublattices().stream().filter(Variant.Sublattice::disordered).toList();
        if (dis.isEmpty()) {
            return new SymmetryCount(true, 1, 1, 1, "no disordered sublattice: one configuration");
        }
        if (limit == 0 || w > limit) {
            return new SymmetryCount(false, w, -1, 0, String.format(java.util.Locale.ROOT,
                    "not enumerated: %.3g configurations exceed the limit %d", w, limit));
        }
        List<int[]> perms = permutations(v);
        // disordered positions in a fixed order; an operation permutes them within each sublattice
        int n = 0;
        for (Variant.Sublattice s : dis) {
            n += s.contents().size();
        }
        if (w * perms.size() * n > MAX_WORK) {
            return new SymmetryCount(false, w, -1, perms.size(), String.format(java.util.Locale.ROOT,
                    "not enumerated: %.3g configurations x %d operations is too much work", w, perms.size()));
        }
        int[] pos = new int[n];
        int[] slot = new int[v.positions()];
        Arrays.fill(slot, -1);
        int k = 0;
        for (Variant.Sublattice s : dis) {
            for (int p : s.positions()) {
                slot[p] = k;
                pos[k++] = p;
            }
        }
        int[][] ops = new int[perms.size()][n];
        for (int g = 0; g < perms.size(); g++) {
            for (int i = 0; i < n; i++) {
                ops[g][i] = slot[perms.get(g)[pos[i]]];
            }
        }
        // species codes per sublattice, sorted: the first multiset permutation
        int[][] codes = new int[dis.size()][];
        Map<Variant.Species, Integer> code = new HashMap<>();
        for (int s = 0; s < dis.size(); s++) {
            List<Variant.Species> c = dis.get(s).contents();
            codes[s] = new int[c.size()];
            for (int i = 0; i < c.size(); i++) {
                codes[s][i] = code.computeIfAbsent(c.get(i), x -> code.size());
            }
            Arrays.sort(codes[s]);
        }
        int[][] state = new int[dis.size()][];
        for (int s = 0; s < dis.size(); s++) {
            state[s] = codes[s].clone();
        }
        long distinct = 0;
        long total = 0;
        int[] config = new int[n];
        int[] image = new int[n];
        while (true) {
            int o = 0;
            for (int[] st : state) {
                System.arraycopy(st, 0, config, o, st.length);
                o += st.length;
            }
            total++;
            if (canonical(config, ops, image)) {
                distinct++;
            }
            int s = dis.size() - 1;
            while (s >= 0 && !nextPermutation(state[s])) {
                state[s] = codes[s].clone();
                s--;
            }
            if (s < 0) {
                break;
            }
        }
        return new SymmetryCount(true, total, distinct, perms.size(), "enumerated " + total + " configurations under "
                + perms.size() + " operations (space group " + (v.parent().spaceGroup().isEmpty() ? "P1"
                : v.parent().spaceGroup()) + " with the supercell translations)");
    }

    private static boolean canonical(int[] c, int[][] ops, int[] image) {
        for (int[] g : ops) {
            for (int i = 0; i < c.length; i++) {
                image[g[i]] = c[i];
            }
            for (int i = 0; i < c.length; i++) {
                if (image[i] != c[i]) {
                    if (image[i] < c[i]) {
                        return false;
                    }
                    break;
                }
            }
        }
        return true;
    }

    /** Next lexicographic permutation of a multiset in place; false after the last. */
    static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }

    /** The operations as permutations of the positions (identity first), each mapping sublattices onto themselves. */
    static List<int[]> permutations(Variant v) {
        List<SymmetryOperation> ops = parentOperations(v);
        List<int[]> trans = Supercells.translations(v.supercell());
        double[][] inv = Supercells.inverse(v.supercell());
        int[] subOf = new int[v.positions()];
        for (int s = 0; s < v.sublattices().size(); s++) {
            for (int p : v.sublattices().get(s).positions()) {
                subOf[p] = s;
            }
        }
        Lattice l = v.lattice();
        Set<String> seen = new LinkedHashSet<>();
        List<int[]> out = new ArrayList<>();
        for (SymmetryOperation op : ops) {
            for (int[] t : trans) {
                int[] perm = new int[v.positions()];
                boolean ok = true;
                boolean[] hit = new boolean[v.positions()];
                for (int p = 0; p < v.positions() && ok; p++) {
                    double[] fp = toParent(v.frac().get(p), v.supercell());
                    double[] g = op.apply(fp);
                    double[] fs = Supercells.times(new double[] {g[0] + t[0], g[1] + t[1], g[2] + t[2]}, inv);
                    int q = nearest(v, l, fs);
                    if (q < 0 || subOf[q] != subOf[p] || hit[q]) {
                        ok = false;
                    } else {
                        perm[p] = q;
                        hit[q] = true;
                    }
                }
                if (ok && seen.add(Arrays.toString(perm))) {
                    out.add(perm);
                }
            }
        }
        return out;
    }

    private static double[] toParent(double[] fs, List<Integer> m) {
        double[] f = new double[3];
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < 3; r++) {
                f[c] += fs[r] * m.get(3 * r + c);
            }
        }
        return f;
    }

    private static int nearest(Variant v, Lattice l, double[] f) {
        for (int q = 0; q < v.positions(); q++) {
            if (l.minimumImageDistance(v.frac().get(q), f) < TOLERANCE_A) {
                return q;
            }
        }
        return -1;
    }

    /** The parent's operations from the table by its space-group symbol or number; identity alone when unknown. */
    private static List<SymmetryOperation> parentOperations(Variant v) {
        String name = v.parent().spaceGroup().strip();
        if (name.isEmpty()) {
            return List.of(SymmetryOperation.IDENTITY);
        }
        SpaceGroupTable table = SpaceGroupTable.get();
        Optional<SpaceGroup> g = table.bySymbol(name);
        if (g.isEmpty() && name.matches("\\d+")) {
            g = table.byNumber(Integer.parseInt(name));
        }
        List<SymmetryOperation> ops = new ArrayList<>();
        ops.add(SymmetryOperation.IDENTITY);
        g.ifPresent(sg -> ops.addAll(sg.operations()));
        return ops;
    }
}
