package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;

/**
 * Turns the basins of a landscape into a site network. Shallow basins are merged first (topological
 * simplification by persistence, the "elder rule"): passes are visited in ascending energy and two groups
 * are merged when the pass lies less than {@code mergeEnergyEv} above the higher of their minima, or when
 * their minima are closer than {@code mergeDistanceA}. Each group becomes a site at its lowest minimum,
 * refined off the grid by a local minimisation of the model; the lowest pass between two groups (for each
 * periodic image) becomes a hop with its saddle energy.
 */
final class NetworkBuilder {
    private NetworkBuilder() {
    }

    /** The network and, per hop, the saddle position (fractional, in the frame where the from-site is in cell 0). */
    record Built(SiteNetwork network, List<double[]> saddleFrac, double referenceEv) {
    }

    /**
     * Builds the network; with a null model the sites stay at their grid minima (model landscapes in tests).
     */
    static Built build(EnergyGrid grid, Basins basins, BvseModel model, double mergeEnergyEv, double mergeDistanceA,
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
            boolean merge = p.energyEv() - Math.max(emin[repA], emin[repB]) < mergeEnergyEv
                    || repDistance(lat, uf, repA, repB, p, fmin, oa, ob) < mergeDistanceA;
            if (merge) {
                int r = uf.union(p.a(), p.b(), p.image()[0], p.image()[1], p.image()[2]);
                rep[r] = emin[repA] <= emin[repB] ? repA : repB;
            }
        }
        // sites: one per group whose lowest minimum is below the energy limit
        Map<Integer, Integer> siteOfRoot = new HashMap<>();
        List<double[]> sitePos = new ArrayList<>();
        List<int[]> siteShift = new ArrayList<>();
        List<Integer> siteRep = new ArrayList<>();
        Integer[] roots = new Integer[nm];
        int nr = 0;
        for (int m = 0; m < nm; m++) {
            if (uf.find(m, null) == m) {
                roots[nr++] = m;
            }
        }
        Integer[] sortedRoots = Arrays.copyOf(roots, nr);
        Arrays.sort(sortedRoots, Comparator.comparingDouble(r -> emin[rep[r]]));
        int[] o = new int[3];
        for (int r : sortedRoots) {
            int m = rep[r];
            if (emin[m] > maxEnergyEv) {
                continue;
            }
            uf.find(m, o);
            double[] s = new double[3];
            int[] w = new int[3];
            for (int c = 0; c < 3; c++) {
                s[c] = fmin[m][c] + o[c];
                w[c] = (int) Math.floor(s[c]);
                s[c] -= w[c];
            }
            siteOfRoot.put(r, sitePos.size());
            sitePos.add(s);
            siteShift.add(w);
            siteRep.add(m);
        }
        // hops: lowest pass per (site, site, image)
        Map<List<Integer>, double[]> best = new HashMap<>(); // key -> {energy, saddle xyz}
        for (Basins.Pass p : passes) {
            int ra = uf.find(p.a(), oa);
            int rb = uf.find(p.b(), ob);
            Integer sa = siteOfRoot.get(ra);
            Integer sb = siteOfRoot.get(rb);
            if (sa == null || sb == null) {
                continue;
            }
            int[] wa = siteShift.get(sa);
            int[] wb = siteShift.get(sb);
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
        // refine the sites off the grid; energies relative to the lowest refined site
        double[] siteE = new double[sitePos.size()];
        List<double[]> refined = new ArrayList<>();
        double spacing = Math.max(lat.a() / grid.na(), Math.max(lat.b() / grid.nb(), lat.c() / grid.nc()));
        for (int s = 0; s < sitePos.size(); s++) {
            double eGrid = emin[siteRep.get(s)];
            double[] r = model == null ? sitePos.get(s) : SiteRefiner.refine(model, sitePos.get(s), spacing);
            double e = model == null ? eGrid : model.energyAtFrac(r[0], r[1], r[2]);
            if (e > eGrid) { // keep the grid point if the refinement did not improve it
                r = sitePos.get(s);
                e = eGrid;
            }
            refined.add(r);
            siteE[s] = e;
        }
        double ref = Arrays.stream(siteE).min().orElse(grid.min());
        List<NetworkSite> sites = new ArrayList<>();
        for (int s = 0; s < refined.size(); s++) {
            double[] f = refined.get(s);
            sites.add(new NetworkSite(new double[] {Site.wrap(f[0]), Site.wrap(f[1]), Site.wrap(f[2])},
                    siteE[s] - ref, ""));
        }
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
            // a refined site may cross a cell face: keep the hop vector, fix the image
            for (int c = 0; c < 3; c++) {
                im[c] += (int) Math.floor(refined.get(to)[c]) - (int) Math.floor(refined.get(from)[c]);
            }
            double[] sf = {en.getValue()[1], en.getValue()[2], en.getValue()[3]};
            for (int c = 0; c < 3; c++) {
                sf[c] -= Math.floor(refined.get(from)[c]);
            }
            hops.add(new NetworkHop(from, to, im, Math.max(en.getValue()[0] - ref,
                    Math.max(sites.get(from).energyEv(), sites.get(to).energyEv())), ""));
            saddles.add(sf);
        }
        SiteNetwork net = new SiteNetwork(lat, ion, charge, sites, hops, source);
        return new Built(net, saddles, ref);
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
