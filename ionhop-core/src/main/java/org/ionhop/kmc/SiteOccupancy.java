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

    /**
     * Initial placement: a uniformly random one (partial Fisher-Yates shuffle of the site indices), then, when the
     * hop graph falls apart into several connected parts and the energy H is not the same for every placement,
     * {@link #balanceParts} to give each part its equilibrium share of the ions.
     *
     * @param rng          the replica's generator
     * @param siteEnergyEv site energies e_i (eV, disorder included)
     * @param eps          pair energy of ions on sites joined by a hop (eV)
     * @param kT           k_B T (eV)
     */
    void place(RandomGenerator rng, double[] siteEnergyEv, double eps, double kT) {
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
        if (sys.components > 1 && !uniform(siteEnergyEv, eps)) {
            balanceParts(order, rng, siteEnergyEv, eps, kT);
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

    /** Metropolis attempts per site in {@link #balanceParts}. */
    static final int BALANCE_ATTEMPTS_PER_SITE = 200;

    /**
     * Whether every placement has the same energy: equal site energies and no interaction. The uniformly random
     * placement is then already the Boltzmann distribution.
     */
    private static boolean uniform(double[] siteEnergyEv, double eps) {
        for (double e : siteEnergyEv) {
            if (e != siteEnergyEv[0]) {
                return false;
            }
        }
        return eps == 0;
    }

    /**
     * Draws the ions' distribution over the connected parts of the hop graph from the Boltzmann distribution of
     * H = sum e_i n_i + eps sum_bonds n_i n_j (docs/kmc.md, 2.3). Hops conserve the ions on each part, so the kMC
     * can never relax a part's count: a uniformly random placement would freeze a non-equilibrium one (on
     * LiFePO4's separate channels, random interstitials and vacancies that dominated D_sigma and H_R; issue 18 follow-up).
     * Metropolis with non-local moves (Metropolis et al., J. Chem. Phys. 21, 1087 (1953)): an ion and an empty
     * site, each chosen uniformly (a symmetric proposal), the ion moved there with probability
     * min(1, exp(-dH / k_B T)); the field's work is left out (it is not a state function on a periodic cell).
     * The chain's stationary distribution is the canonical one over all placements, as if ions could pass
     * between the parts infinitely slowly; {@link #BALANCE_ATTEMPTS_PER_SITE} attempts per site, after which the
     * kMC's own equilibration relaxes each part.
     *
     * @param order sites of the ions at 0 .. nIons-1, the empty sites after them; permuted in place
     */
    private void balanceParts(int[] order, RandomGenerator rng, double[] e, double eps, double kT) {
        byte[] occ = new byte[nSites];
        for (int i = 0; i < nIons; i++) {
            occ[order[i]] = 1;
        }
        int empty = nSites - nIons;
        long attempts = (long) BALANCE_ATTEMPTS_PER_SITE * nSites;
        for (long k = 0; k < attempts; k++) {
            int ion = rng.nextInt(nIons);
            int slot = nIons + rng.nextInt(empty);
            int a = order[ion];
            int b = order[slot];
            double dH = e[b] - e[a];
            if (eps != 0) {
                // bonds of b not counting the ion on a, minus the bonds of a: the exact dH of section 1.2
                int na = 0;
                int nb = 0;
                int mab = 0;
                for (int h = sys.hopStart[a]; h < sys.hopStart[a + 1]; h++) {
                    int t = sys.hopTarget[h];
                    na += t != a ? occ[t] : 0;
                }
                for (int h = sys.hopStart[b]; h < sys.hopStart[b + 1]; h++) {
                    int t = sys.hopTarget[h];
                    nb += t != b ? occ[t] : 0;
                    mab += t == a ? 1 : 0;
                }
                dH += eps * (nb - mab - na);
            }
            if (dH <= 0 || rng.nextDouble() < Math.exp(-dH / kT)) {
                order[ion] = b;
                order[slot] = a;
                occ[a] = 0;
                occ[b] = 1;
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
