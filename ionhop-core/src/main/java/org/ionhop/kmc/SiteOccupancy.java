package org.ionhop.kmc;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The occupancy of a replica's lattice gas: which ion sits on each site, and the carriers the events are grouped
 * by ({@link KmcReplica}): the ions, or, when vacancies are fewer than ions, the vacancies. With pair interactions
 * it also keeps every site's number of occupied bonds. Arrays are shared (not copied) with the event selection
 * and the observables, which read them in the inner loop.
 */
final class SiteOccupancy {
    final int nSites;
    final int nIons;
    /** Whether the carriers are the vacancies (fewer than the ions, and no self-hops). */
    final boolean vacancyMode;
    final int nCarriers;
    /** The ion on each site, or -1. */
    final int[] siteIon;
    /**
     * 1 where siteIon is an ion, else 0: the occupancy tests of the rate sums read this quarter-size copy, which on
     * large lattices stays in the core's cache where siteIon does not (the stepping rate is memory-bound).
     */
    final byte[] occupied;
    /** The carrier on each site, or -1. */
    final int[] siteCarrier;
    /** The site of each carrier. */
    final int[] carrierSite;
    /** Occupied bonds of each site (pair interactions only, else null). */
    final int[] bonds;
    private final KmcSystem sys;

    SiteOccupancy(KmcSystem sys, int nIons, boolean interacting) {
        this.sys = sys;
        this.nSites = sys.nSites;
        this.nIons = nIons;
        if (nIons < 1 || nIons >= nSites) {
            throw new IllegalArgumentException("need between 1 and " + (nSites - 1) + " ions on " + nSites
                    + " sites, got " + nIons);
        }
        vacancyMode = !sys.hasSelfHops && nSites - nIons < nIons;
        nCarriers = vacancyMode ? nSites - nIons : nIons;
        siteIon = new int[nSites];
        occupied = new byte[nSites];
        siteCarrier = new int[nSites];
        carrierSite = new int[nCarriers];
        bonds = interacting ? new int[nSites] : null;
    }

    /** Random initial placement: a partial Fisher-Yates shuffle of the site indices. */
    void place(RandomGenerator rng) {
        int n = nSites;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 0; i < nIons; i++) {
            int j = i + rng.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        Arrays.fill(siteIon, -1);
        Arrays.fill(siteCarrier, -1);
        for (int i = 0; i < nIons; i++) {
            siteIon[order[i]] = i;
            occupied[order[i]] = 1;
        }
        int c = 0;
        for (int site = 0; site < n; site++) {
            boolean carrier = vacancyMode ? siteIon[site] < 0 : siteIon[site] >= 0;
            if (carrier) {
                int id = vacancyMode ? c++ : siteIon[site];
                siteCarrier[site] = id;
                carrierSite[id] = site;
            }
        }
        if (bonds != null) {
            for (int site = 0; site < n; site++) {
                for (int h = sys.hopStart[site]; h < sys.hopStart[site + 1]; h++) {
                    int t = sys.hopTarget[h];
                    if (t != site && siteIon[t] >= 0) {
                        bonds[site]++;
                    }
                }
            }
        }
    }

    /** Moves the ion on site i to the empty site j (i != j): occupancy, carriers and bond counts. */
    void move(int i, int j) {
        int ion = siteIon[i];
        siteIon[j] = ion;
        siteIon[i] = -1;
        occupied[j] = 1;
        occupied[i] = 0;
        if (vacancyMode) {
            int v = siteCarrier[j];
            siteCarrier[i] = v;
            siteCarrier[j] = -1;
            carrierSite[v] = i;
        } else {
            siteCarrier[j] = ion;
            siteCarrier[i] = -1;
            carrierSite[ion] = j;
        }
        if (bonds != null) {
            shiftBonds(i, -1);
            shiftBonds(j, 1);
        }
    }

    private void shiftBonds(int s, int delta) {
        for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
            int t = sys.hopTarget[h];
            if (t != s) {
                bonds[t] += delta;
            }
        }
    }
}
