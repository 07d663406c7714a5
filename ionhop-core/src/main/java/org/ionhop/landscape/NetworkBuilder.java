package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.grid.PeriodicGrid;
import org.ionhop.grid.PeriodicUnionFind;
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
        double ref = Arrays.stream(siteE).min().orElse(grid.min());
        List<NetworkSite> sites = new ArrayList<>();
        for (int s = 0; s < ns; s++) {
            double[] f = refined.get(s);
            sites.add(new NetworkSite(new double[] {Site.wrap(f[0]), Site.wrap(f[1]), Site.wrap(f[2])},
                    siteE[s] - ref, ""));
        }
        return assemble(lat, best, refined, sites, ref, ion, charge, source);
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
                                  List<NetworkSite> sites, double ref, String ion, double charge, String source) {
        List<Map.Entry<List<Integer>, double[]>> entries = new ArrayList<>(best.entrySet());
        entries.sort(Comparator.comparingDouble((Map.Entry<List<Integer>, double[]> en) -> en.getValue()[0])
                .thenComparing(en -> en.getKey().toString()));
        List<NetworkHop> hops = new ArrayList<>();
        List<double[]> saddles = new ArrayList<>();
        for (Map.Entry<List<Integer>, double[]> en : entries) {
            List<Integer> k = en.getKey();
            int from = k.get(0);
            int to = k.get(1);
            int[] im = {k.get(2), k.get(3), k.get(4)};
            double[] sf = {en.getValue()[1], en.getValue()[2], en.getValue()[3]};
            for (int c = 0; c < 3; c++) {
                im[c] += cellOf(refined.get(to)[c]) - cellOf(refined.get(from)[c]);
                sf[c] -= cellOf(refined.get(from)[c]);
            }
            hops.add(new NetworkHop(from, to, im, Math.max(en.getValue()[0] - ref,
                    Math.max(sites.get(from).energyEv(), sites.get(to).energyEv())), ""));
            saddles.add(sf);
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
