package org.ionhop.kmc;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;

/**
 * A site network compiled to primitive arrays for the kinetic Monte Carlo: every undirected hop becomes two
 * directed hops stored per source site (compressed rows), with the hop vector in Å, the index of the reverse
 * hop, the static barrier E_KRA and the hop type. Independent of temperature and occupancy.
 */
public final class KmcSystem {
    final SiteNetwork network;
    final int nSites;
    final int dimension;
    final double volumeA3;
    /** Directed hops of site s are hopStart[s] .. hopStart[s+1]-1. */
    final int[] hopStart;
    final int[] hopTarget;
    final int[] hopReverse;
    /** Number of bonds joining the two ends of the hop (periodic images of one pair); 0 for a self-image hop. */
    final int[] hopMultiplicity;
    final double[] hopVector;
    final double[] hopKraEv;
    final int[] hopType;
    final String[] hopTypeNames;
    final double[] siteEnergyEv;
    final int[] siteType;
    final String[] siteTypeNames;
    /** +1/-1 sublattice of a bipartite hop graph, or null if the graph is not bipartite. */
    final int[] sublattice;
    final boolean hasSelfHops;
    /**
     * Index of the connected part of the hop graph (periodic images included) each site belongs to, numbered in
     * order of the lowest site; hops never change the number of ions on a part.
     */
    final int[] component;
    /** Number of connected parts of the hop graph. */
    final int components;

    /**
     * Compiles a network.
     *
     * @param network   the site network
     * @param dimension d in D = MSD / (2 d t): 1, 2 or 3 (use 3 for networks of real structures)
     */
    public KmcSystem(SiteNetwork network, int dimension) {
        if (dimension < 1 || dimension > 3) {
            throw new IllegalArgumentException("dimension must be 1, 2 or 3, got " + dimension);
        }
        if (network.hops().isEmpty()) {
            throw new IllegalArgumentException("the site network has no hops: ions cannot move");
        }
        this.network = network;
        this.dimension = dimension;
        this.nSites = network.sites().size();
        this.volumeA3 = network.lattice().volume();
        Map<String, Integer> siteTypes = new LinkedHashMap<>();
        siteType = new int[nSites];
        siteEnergyEv = new double[nSites];
        for (int i = 0; i < nSites; i++) {
            NetworkSite s = network.sites().get(i);
            siteType[i] = siteTypes.computeIfAbsent(s.type(), k -> siteTypes.size());
            siteEnergyEv[i] = s.energyEv();
        }
        siteTypeNames = siteTypes.keySet().toArray(new String[0]);
        int[] degree = new int[nSites + 1];
        for (NetworkHop h : network.hops()) {
            degree[h.from()]++;
            degree[h.to()]++;
        }
        hopStart = new int[nSites + 1];
        for (int i = 0; i < nSites; i++) {
            hopStart[i + 1] = hopStart[i] + degree[i];
        }
        int m = hopStart[nSites];
        hopTarget = new int[m];
        hopReverse = new int[m];
        hopMultiplicity = new int[m];
        hopVector = new double[3 * m];
        hopKraEv = new double[m];
        hopType = new int[m];
        Map<String, Integer> hopTypes = new LinkedHashMap<>();
        int[] fill = hopStart.clone();
        boolean self = false;
        for (NetworkHop h : network.hops()) {
            double[] v = network.hopVector(h);
            double kra = network.kraEv(h);
            int type = hopTypes.computeIfAbsent(h.type(), k -> hopTypes.size());
            int a = fill[h.from()]++;
            int b = fill[h.to()]++;
            store(a, h.to(), b, v, 1, kra, type);
            store(b, h.from(), a, v, -1, kra, type);
            self |= h.from() == h.to();
        }
        hasSelfHops = self;
        hopTypeNames = hopTypes.keySet().toArray(new String[0]);
        countMultiplicities();
        sublattice = bipartition();
        component = new int[nSites];
        components = label(component);
    }

    /** Labels the connected parts of the hop graph by breadth-first search; returns their number. */
    private int label(int[] part) {
        Arrays.fill(part, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int parts = 0;
        for (int start = 0; start < nSites; start++) {
            if (part[start] >= 0) {
                continue;
            }
            part[start] = parts;
            queue.add(start);
            while (!queue.isEmpty()) {
                int s = queue.poll();
                for (int h = hopStart[s]; h < hopStart[s + 1]; h++) {
                    if (part[hopTarget[h]] < 0) {
                        part[hopTarget[h]] = parts;
                        queue.add(hopTarget[h]);
                    }
                }
            }
            parts++;
        }
        return parts;
    }

    private void store(int slot, int target, int reverse, double[] v, int sign, double kra, int type) {
        hopTarget[slot] = target;
        hopReverse[slot] = reverse;
        hopVector[3 * slot] = sign * v[0];
        hopVector[3 * slot + 1] = sign * v[1];
        hopVector[3 * slot + 2] = sign * v[2];
        hopKraEv[slot] = kra;
        hopType[slot] = type;
    }

    private void countMultiplicities() {
        Map<Integer, Integer> count = new HashMap<>();
        for (int s = 0; s < nSites; s++) {
            count.clear();
            for (int h = hopStart[s]; h < hopStart[s + 1]; h++) {
                count.merge(hopTarget[h], 1, Integer::sum);
            }
            for (int h = hopStart[s]; h < hopStart[s + 1]; h++) {
                hopMultiplicity[h] = hopTarget[h] == s ? 0 : count.get(hopTarget[h]);
            }
        }
    }

    /** Two-colours the hop graph (periodic images included) by breadth-first search; null if impossible. */
    private int[] bipartition() {
        int[] colour = new int[nSites];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < nSites; start++) {
            if (colour[start] != 0) {
                continue;
            }
            colour[start] = 1;
            queue.add(start);
            while (!queue.isEmpty()) {
                int s = queue.poll();
                for (int h = hopStart[s]; h < hopStart[s + 1]; h++) {
                    int t = hopTarget[h];
                    if (colour[t] == 0) {
                        colour[t] = -colour[s];
                        queue.add(t);
                    } else if (colour[t] == colour[s]) {
                        return null;
                    }
                }
            }
        }
        return colour;
    }

    /** The network this system was compiled from. */
    public SiteNetwork network() {
        return network;
    }

    /** Number of sites. */
    public int sites() {
        return nSites;
    }

    /** Number of directed hops (twice the network's hops). */
    public int directedHops() {
        return hopTarget.length;
    }

    /** The d of D = MSD / (2 d t). */
    public int dimension() {
        return dimension;
    }

    /** Cell volume in Å³. */
    public double volumeA3() {
        return volumeA3;
    }

    /** Site-type labels, in order of first appearance. */
    public List<String> siteTypes() {
        return List.of(siteTypeNames);
    }

    /** Hop-type labels, in order of first appearance. */
    public List<String> hopTypes() {
        return List.of(hopTypeNames);
    }

    /** Number of sites of each type. */
    public int[] sitesPerType() {
        int[] c = new int[siteTypeNames.length];
        for (int t : siteType) {
            c[t]++;
        }
        return c;
    }

    /**
     * Whether ions move in single file: every site has at most two distinct neighbouring sites (periodic images of
     * one site count once, a hop to the site's own image not at all), so every connected part of the hop graph is a
     * path or a ring and site exclusion keeps the order of the ions on it for ever. That is exact for the lattice
     * gas: with a third neighbour anywhere one ion can step aside and let another pass. Single-file tracers are
     * sub-diffusive (MSD ~ t^(1/2) in an infinite channel) and in a periodic cell of channel length L their D*
     * falls as 1/L (the whole file moves as one), so D*, f and H_R depend on the cell; D_sigma does not.
     */
    public boolean singleFile() {
        for (int s = 0; s < nSites; s++) {
            int first = -1;
            for (int h = hopStart[s]; h < hopStart[s + 1]; h++) {
                int t = hopTarget[h];
                if (t == s || t == first) {
                    continue;
                }
                if (first < 0) {
                    first = t;
                } else {
                    // a second distinct neighbour; any further one that differs from both makes three
                    for (int g = h + 1; g < hopStart[s + 1]; g++) {
                        int u = hopTarget[g];
                        if (u != s && u != first && u != t) {
                            return false;
                        }
                    }
                    break;
                }
            }
        }
        return true;
    }

    /**
     * Number of connected parts of the hop graph (periodic images included): 1 for a network along which every
     * site can reach every other, more when it falls apart, e.g. into the separate one-dimensional channels of
     * LiFePO4. Hops never move an ion from one part to another, so the ions per part are fixed by the initial
     * placement ({@link SiteOccupancy#place}), which draws them from the Boltzmann distribution.
     */
    public int connectedParts() {
        return components;
    }

    /** Whether the hop graph is bipartite, so that a staggered order parameter is defined. */
    public boolean bipartite() {
        return sublattice != null;
    }

    /** Mean hop length over directed hops, Å. */
    public double meanHopLengthA() {
        double s = 0;
        for (int h = 0; h < hopTarget.length; h++) {
            double x = hopVector[3 * h];
            double y = hopVector[3 * h + 1];
            double z = hopVector[3 * h + 2];
            s += Math.sqrt(x * x + y * y + z * z);
        }
        return s / hopTarget.length;
    }
}
