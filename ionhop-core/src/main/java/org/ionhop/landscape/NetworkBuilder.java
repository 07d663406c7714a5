package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.grid.PeriodicGrid;
import org.ionhop.grid.PeriodicUnionFind;
import org.ionhop.io.ProgressListener;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;

/**
 * Turns the basins of a landscape into a site network. Shallow basins are merged first (topological
 * simplification by persistence, the "elder rule"): passes are visited in ascending energy and two groups
 * are merged when the pass lies less than {@code mergeEnergyEv} above the higher of their minima and their
 * minima are within {@link #MAX_MERGE_SPAN_A}, or when their minima are closer than {@code mergeDistanceA}.
 * Each group becomes a site at its lowest minimum, refined off the grid by a local minimisation of the model;
 * the lowest pass between two groups (for each periodic image) becomes a hop with its saddle energy.
 */
final class NetworkBuilder {
    /**
     * A shallow basin merges only into a group whose site is closer than this (Å): without the bound, plateaus
     * of many shallow minima would merge into one extended "site" whose hops span the cell.
     */
    static final double MAX_MERGE_SPAN_A = 2.0;

    private NetworkBuilder() {
    }

    /** The network and, per hop, the saddle position (fractional, in the frame where the from-site is in cell 0). */
    record Built(SiteNetwork network, List<double[]> saddleFrac, double referenceEv) {
    }

    /** Groups of merged basins: a periodic union-find over the minima and the lowest minimum of each root. */
    private record Groups(PeriodicUnionFind uf, int[] rep) {
    }

    /**
     * Sites before refinement: per union-find root its site index; per site the position (wrapped), the
     * cell shift taken off by wrapping, and the representative minimum.
     */
    private record Seeds(Map<Integer, Integer> siteOfRoot, List<double[]> pos, List<int[]> shift, List<Integer> rep) {
    }

    /**
     * Builds the network; with a null model the sites stay at their grid minima (model landscapes in tests).
     */
    static Built build(PeriodicGrid grid, Basins basins, BvseModel model, double mergeEnergyEv, double mergeDistanceA,
                       double maxEnergyEv, String ion, double charge, String source) {
        return build(grid, basins, model, mergeEnergyEv, mergeDistanceA, maxEnergyEv, ion, charge, source, null);
    }

    /**
     * {@link #build(PeriodicGrid, Basins, BvseModel, double, double, double, String, double, String)} reporting the
     * refinement of the saddles (hops done / hops) to {@code progress} (may be null).
     */
    static Built build(PeriodicGrid grid, Basins basins, BvseModel model, double mergeEnergyEv, double mergeDistanceA,
                       double maxEnergyEv, String ion, double charge, String source, ProgressListener progress) {
        Lattice lat = grid.lattice();
        int nm = basins.minima.length;
        double[] emin = new double[nm];
        double[][] fmin = new double[nm][];
        for (int m = 0; m < nm; m++) {
            emin[m] = grid.values()[basins.minima[m]];
            fmin[m] = grid.frac(basins.minima[m]);
        }
        List<Basins.Pass> passes = new ArrayList<>(basins.passes);
        passes.sort(Comparator.comparingDouble(Basins.Pass::energyEv));
        Groups groups = merge(lat, passes, emin, fmin, mergeEnergyEv, mergeDistanceA);
        Seeds seeds = seeds(groups, emin, fmin, maxEnergyEv);
        Map<List<Integer>, double[]> best = lowestPasses(passes, groups, seeds);
        // refine the sites off the grid; energies relative to the lowest refined site
        int ns = seeds.pos().size();
        double[] siteE = new double[ns];
        List<double[]> refined = new ArrayList<>();
        double spacing = Math.max(lat.a() / grid.na(), Math.max(lat.b() / grid.nb(), lat.c() / grid.nc()));
        for (int s = 0; s < ns; s++) {
            double eGrid = emin[seeds.rep().get(s)];
            double[] start = seeds.pos().get(s);
            double[] r = model == null ? start : SiteRefiner.refine(model, start, spacing);
            double e = model == null ? eGrid : model.energyAtFrac(r[0], r[1], r[2]);
            if (e > eGrid) { // keep the grid point if the refinement did not improve it
                r = start;
                e = eGrid;
            }
            refined.add(r);
            siteE[s] = e;
        }
        if (model != null) {
            Merged m = mergeClose(lat, best, refined, siteE, mergeDistanceA);
            best = m.best();
            refined = m.refined();
            siteE = m.energies();
            ns = siteE.length;
        }
        double ref = Arrays.stream(siteE).min().orElse(grid.min());
        List<NetworkSite> sites = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            double[] f = refined.get(s);
            sites.add(new NetworkSite(new double[] {Site.wrap(f[0]), Site.wrap(f[1]), Site.wrap(f[2])},
                    siteE[s] - ref, ""));
        }
        return assemble(lat, best, refined, sites, ref, ion, charge, source, model, spacing, progress);
    }

    /** Sites and hops after merging refined sites that lie too close together. */
    private record Merged(Map<List<Integer>, double[]> best, List<double[]> refined, double[] energies) {
    }

    /**
     * Merges refined sites closer than {@code minDistanceA} (periodic images included): on a coarse grid a
     * spurious ridge can split one basin of the model into two grid basins whose minima are more than the merging
     * distance apart on the grid but refine to nearly the same point (LiFePO4 at 0.25 Å: two sites 0.135 Å apart).
     * Each group keeps its lowest site; hops are moved to it with their images, hops inside a group are dropped,
     * and of parallel hops the lowest saddle is kept, so every path of the network survives (connectivity is
     * conserved; only the hop inside a merged pair, whose length is below the merging distance, disappears).
     */
    private static Merged mergeClose(Lattice lat, Map<List<Integer>, double[]> best, List<double[]> refined,
                                     double[] siteE, double minDistanceA) {
        int ns = siteE.length;
        PeriodicUnionFind uf = new PeriodicUnionFind(ns);
        double[] d = new double[3];
        double[] v = new double[3];
        for (int a = 0; a < ns; a++) {
            for (int b = a + 1; b < ns; b++) {
                for (int x = -1; x <= 1; x++) {
                    for (int y = -1; y <= 1; y++) {
                        for (int z = -1; z <= 1; z++) {
                            d[0] = refined.get(b)[0] + x - refined.get(a)[0];
                            d[1] = refined.get(b)[1] + y - refined.get(a)[1];
                            d[2] = refined.get(b)[2] + z - refined.get(a)[2];
                            lat.toCartesian(d[0], d[1], d[2], v);
                            if (v[0] * v[0] + v[1] * v[1] + v[2] * v[2] < minDistanceA * minDistanceA
                                    && uf.find(a, null) != uf.find(b, null)) {
                                uf.union(a, b, x, y, z);
                            }
                        }
                    }
                }
            }
        }
        // per root the lowest member and its offset; members in ascending energy keep their order
        int[] keep = new int[ns];
        java.util.Arrays.fill(keep, -1);
        int[] o = new int[3];
        for (int s = 0; s < ns; s++) {
            int r = uf.find(s, o);
            if (keep[r] < 0 || siteE[s] < siteE[keep[r]]) {
                keep[r] = s;
            }
        }
        int[] newIndex = new int[ns];
        java.util.Arrays.fill(newIndex, -1);
        List<double[]> outPos = new ArrayList<>();
        List<Double> outE = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            if (keep[uf.find(s, null)] == s) {
                newIndex[s] = outPos.size();
                outPos.add(refined.get(s));
                outE.add(siteE[s]);
            }
        }
        if (outPos.size() == ns) {
            return new Merged(best, refined, siteE);
        }
        Map<List<Integer>, double[]> out = new HashMap<>();
        int[] oa = new int[3];
        int[] ob = new int[3];
        int[] oka = new int[3];
        int[] okb = new int[3];
        for (Map.Entry<List<Integer>, double[]> en : best.entrySet()) {
            List<Integer> k = en.getKey();
            int a = k.get(0);
            int b = k.get(1);
            int ka = keep[uf.find(a, oa)];
            int kb = keep[uf.find(b, ob)];
            uf.find(ka, oka);
            uf.find(kb, okb);
            // member x at cell c is the group frame's cell c - o_x, where the kept site sits at cell c - o_x + o_k
            int[] im = new int[3];
            double[] val = en.getValue().clone();
            for (int c = 0; c < 3; c++) {
                im[c] = k.get(2 + c) - ob[c] + okb[c] + oa[c] - oka[c];
                val[1 + c] -= oka[c] - oa[c];
            }
            int from = newIndex[ka];
            int to = newIndex[kb];
            if (from == to && im[0] == 0 && im[1] == 0 && im[2] == 0) {
                continue;
            }
            if (from > to || (from == to && (im[0] < 0 || (im[0] == 0 && (im[1] < 0 || (im[1] == 0 && im[2] < 0)))))) {
                int t = from;
                from = to;
                to = t;
                for (int c = 0; c < 3; c++) {
                    val[1 + c] -= im[c];
                    im[c] = -im[c];
                }
            }
            List<Integer> key = List.of(from, to, im[0], im[1], im[2]);
            double[] old = out.get(key);
            if (old == null || val[0] < old[0]) {
                out.put(key, val);
            }
        }
        return new Merged(out, outPos, outE.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Persistence merging of shallow basins (see the class comment). */
    private static Groups merge(Lattice lat, List<Basins.Pass> passes, double[] emin, double[][] fmin,
                                double mergeEnergyEv, double mergeDistanceA) {
        int nm = emin.length;
        PeriodicUnionFind uf = new PeriodicUnionFind(nm);
        int[] rep = new int[nm];
        for (int m = 0; m < nm; m++) {
            rep[m] = m;
        }
        int[] oa = new int[3];
        int[] ob = new int[3];
        for (Basins.Pass p : passes) {
            int ra = uf.find(p.a(), oa);
            int rb = uf.find(p.b(), ob);
            if (ra == rb) {
                continue;
            }
            int repA = rep[ra];
            int repB = rep[rb];
            double dist = repDistance(lat, uf, repA, repB, p, fmin, oa, ob);
            boolean shallow = p.energyEv() - Math.max(emin[repA], emin[repB]) < mergeEnergyEv;
            if (dist < mergeDistanceA || (shallow && dist < MAX_MERGE_SPAN_A)) {
                int r = uf.union(p.a(), p.b(), p.image()[0], p.image()[1], p.image()[2]);
                rep[r] = emin[repA] <= emin[repB] ? repA : repB;
            }
        }
        return new Groups(uf, rep);
    }

    /** One site per group whose lowest minimum is below the energy limit, in ascending energy. */
    private static Seeds seeds(Groups g, double[] emin, double[][] fmin, double maxEnergyEv) {
        int nm = emin.length;
        List<Integer> roots = new ArrayList<>();
        for (int m = 0; m < nm; m++) {
            if (g.uf().find(m, null) == m) {
                roots.add(m);
            }
        }
        roots.sort(Comparator.comparingDouble(r -> emin[g.rep()[r]]));
        Seeds out = new Seeds(new HashMap<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int[] o = new int[3];
        for (int r : roots) {
            int m = g.rep()[r];
            if (emin[m] > maxEnergyEv) {
                continue;
            }
            g.uf().find(m, o);
            double[] s = new double[3];
            int[] w = new int[3];
            for (int c = 0; c < 3; c++) {
                s[c] = fmin[m][c] + o[c];
                w[c] = cellOf(s[c]);
                s[c] -= w[c];
            }
            out.siteOfRoot().put(r, out.pos().size());
            out.pos().add(s);
            out.shift().add(w);
            out.rep().add(m);
        }
        return out;
    }

    /**
     * The lowest pass per (site, site, image), canonical direction (from &lt; to, or a positive image for a
     * self-hop): key {from, to, image} to {energy, saddle fractional position in the from-site's frame}.
     */
    private static Map<List<Integer>, double[]> lowestPasses(List<Basins.Pass> passes, Groups g, Seeds seeds) {
        Map<List<Integer>, double[]> best = new HashMap<>();
        int[] oa = new int[3];
        int[] ob = new int[3];
        for (Basins.Pass p : passes) {
            Integer sa = seeds.siteOfRoot().get(g.uf().find(p.a(), oa));
            Integer sb = seeds.siteOfRoot().get(g.uf().find(p.b(), ob));
            if (sa == null || sb == null) {
                continue;
            }
            int[] wa = seeds.shift().get(sa);
            int[] wb = seeds.shift().get(sb);
            int[] im = new int[3];
            double[] sf = p.saddleFrac().clone();
            for (int c = 0; c < 3; c++) {
                im[c] = (wb[c] + p.image()[c] - ob[c]) - (wa[c] - oa[c]);
                sf[c] -= wa[c] - oa[c];
            }
            int from = sa;
            int to = sb;
            if (from == to && im[0] == 0 && im[1] == 0 && im[2] == 0) {
                continue;
            }
            if (from > to || (from == to && (im[0] < 0 || (im[0] == 0 && (im[1] < 0 || (im[1] == 0 && im[2] < 0)))))) {
                from = sb;
                to = sa;
                for (int c = 0; c < 3; c++) {
                    sf[c] -= im[c];
                    im[c] = -im[c];
                }
            }
            List<Integer> key = List.of(from, to, im[0], im[1], im[2]);
            double[] old = best.get(key);
            if (old == null || p.energyEv() < old[0]) {
                best.put(key, new double[] {p.energyEv(), sf[0], sf[1], sf[2]});
            }
        }
        return best;
    }

    /** The hops in ascending saddle energy, with images corrected for sites the refinement moved across a face. */
    private static Built assemble(Lattice lat, Map<List<Integer>, double[]> best, List<double[]> refined,
                                  List<NetworkSite> sites, double ref, String ion, double charge, String source,
                                  BvseModel model, double spacingA, ProgressListener progress) {
        List<Map.Entry<List<Integer>, double[]>> entries = new ArrayList<>(best.entrySet());
        entries.sort(Comparator.comparing(en -> en.getKey().toString()));
        int nh = entries.size();
        int[][] ends = new int[nh][];
        int[][] images = new int[nh][];
        double[] energy = new double[nh];
        double[][] saddle = new double[nh][];
        for (int h = 0; h < nh; h++) {
            Map.Entry<List<Integer>, double[]> en = entries.get(h);
            List<Integer> k = en.getKey();
            int from = k.get(0);
            int to = k.get(1);
            int[] im = {k.get(2), k.get(3), k.get(4)};
            double[] sf = {en.getValue()[1], en.getValue()[2], en.getValue()[3]};
            for (int c = 0; c < 3; c++) {
                im[c] += cellOf(refined.get(to)[c]) - cellOf(refined.get(from)[c]);
                sf[c] -= cellOf(refined.get(from)[c]);
            }
            ends[h] = new int[] {from, to};
            images[h] = im;
            energy[h] = en.getValue()[0];
            saddle[h] = sf;
        }
        if (model != null) {
            // the saddles off the coarse grid (SaddleRefiner), hops independent of each other
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            java.util.stream.IntStream.range(0, nh).parallel().forEach(h -> {
                double[] to = sites.get(ends[h][1]).frac().clone();
                for (int c = 0; c < 3; c++) {
                    to[c] += images[h][c];
                }
                SaddleRefiner.Refined r = SaddleRefiner.refine(model, saddle[h], sites.get(ends[h][0]).frac(), to,
                        spacingA);
                energy[h] = r.energyEv();
                saddle[h] = r.frac();
                int d = done.incrementAndGet();
                if (progress != null) {
                    progress.progress(d, nh);
                }
            });
        }
        Integer[] order = new Integer[nh];
        for (int h = 0; h < nh; h++) {
            order[h] = h;
        }
        // ascending saddle energy, ties in key order (the entries are sorted by key)
        Arrays.sort(order, Comparator.comparingDouble((Integer h) -> energy[h]).thenComparingInt(h -> h));
        List<NetworkHop> hops = new ArrayList<>();
        List<double[]> saddles = new ArrayList<>();
        for (int h : order) {
            int from = ends[h][0];
            int to = ends[h][1];
            hops.add(new NetworkHop(from, to, images[h], Math.max(energy[h] - ref,
                    Math.max(sites.get(from).energyEv(), sites.get(to).energyEv())), ""));
            saddles.add(saddle[h]);
        }
        return new Built(new SiteNetwork(lat, ion, charge, sites, hops, source), saddles, ref);
    }

    /**
     * The cell of a fractional coordinate, consistent with {@link Site#wrap}: f = wrap(f) + cellOf(f) exactly
     * up to rounding (wrap maps values within 1e-10 below an integer to 0, which floor would not).
     */
    static int cellOf(double f) {
        return (int) Math.round(f - Site.wrap(f));
    }

    /** Distance between the representative minima of two groups joined through pass p (Å). */
    private static double repDistance(Lattice lat, PeriodicUnionFind uf, int repA, int repB, Basins.Pass p,
                                      double[][] fmin, int[] oa, int[] ob) {
        int[] or = new int[3];
        int[] os = new int[3];
        uf.find(repA, or);
        uf.find(repB, os);
        // in pass frame: a@0; rep A at fmin + or - oa; b@image; rep B at fmin + os - ob + image
        double[] d = new double[3];
        for (int c = 0; c < 3; c++) {
            double pa = fmin[repA][c] + or[c] - oa[c];
            double pb = fmin[repB][c] + os[c] - ob[c] + p.image()[c];
            d[c] = pb - pa;
        }
        double[] v = lat.toCartesian(d);
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }
}
