package org.ionhop.kmc;

import java.util.Arrays;

/**
 * The event selection of a replica (Bortz, Kalos and Lebowitz, J. Comput. Phys. 17, 10 (1975)): the total rate of
 * each carrier's events is a leaf of a {@link SumTree}, a carrier is drawn in proportion to it in O(log N) and one of
 * its hops within it; after a hop only the carriers whose rates can have changed are recomputed: those on the two
 * sites and their neighbours, and with pair interactions also the second neighbours (their occupied-bond counts
 * change).
 *
 * <p>The rate sums come in specialised forms chosen once per replica (all give the same sums to the last bit):
 * the compact hop layout of {@link RateModel#hopKind} for vacancy carriers, static rates for ion carriers, tabulated
 * interaction rates, and the general form with per-ion attempt-frequency factors (isotopes).
 */
final class EventSelection {
    private final KmcSystem sys;
    private final RateModel rates;
    private final boolean vacancyMode;
    private final int nCarriers;
    private final int[] siteIon;
    private final byte[] occupied;
    private final int[] siteCarrier;
    private final int[] carrierSite;
    private final int[] bonds;
    /** Attempt-frequency factor of each ion (isotopes), or null when all are 1. */
    private final double[] ionFactor;
    private final SumTree tree;
    private final int[] stamp;
    private final double[] remainder = new double[1];
    /** Rate of the reverse of each directed hop when rates are static and equal for all ions (else null). */
    private final double[] fastReverse;
    /**
     * Rate of each directed hop when rates are static, equal for all ions, carried by ions and without self-hops
     * (else null): the group sums then need no branch on the target's occupancy.
     */
    private final double[] fastForward;
    /** Tabulated interaction-dependent rates carried by ions, equal for all ions, without self-hops. */
    private final boolean fastInteracting;
    /** The compact hop layout {@link RateModel#hopKind} when usable here (vacancy carriers, equal ions), else null. */
    final short[] kind;
    private final long rebuildInterval;
    private int stampNow;
    private long sinceRebuild;

    EventSelection(KmcSystem sys, RateModel rates, SiteOccupancy state, double[] ionFactor) {
        this.sys = sys;
        this.rates = rates;
        this.vacancyMode = state.vacancyMode;
        this.nCarriers = state.nCarriers;
        this.siteIon = state.siteIon;
        this.occupied = state.occupied;
        this.siteCarrier = state.siteCarrier;
        this.carrierSite = state.carrierSite;
        this.bonds = state.bonds;
        this.ionFactor = ionFactor;
        tree = new SumTree(nCarriers);
        stamp = new int[nCarriers];
        rebuildInterval = Math.max(1L << 16, nCarriers);
        fastReverse = ionFactor == null ? rates.reverseRate : null;
        kind = vacancyMode && fastReverse != null ? rates.hopKind : null;
        fastForward = !vacancyMode && !sys.hasSelfHops && bonds == null && ionFactor == null ? rates.staticRate : null;
        fastInteracting = !vacancyMode && !sys.hasSelfHops && bonds != null && ionFactor == null && rates.tabulated;
    }

    /** Computes every carrier's total rate (after the ions are placed). */
    void initialise() {
        for (int c = 0; c < nCarriers; c++) {
            tree.set(c, groupRate(c));
        }
        tree.rebuild();
    }

    /** The total rate of all events. */
    double total() {
        return tree.total();
    }

    /**
     * The carrier whose cumulative interval holds {@code u} (0 &lt;= u &lt; total); the position within its
     * interval is kept for {@link #hop}.
     */
    int carrier(double u) {
        int c = tree.find(u, remainder);
        if (c >= nCarriers) {
            // Rounding of the partial sums put the number past the last leaf: take the last positive one.
            c = lastPositiveLeaf();
            remainder[0] = Math.nextDown(tree.leaf(c));
            return c;
        }
        double leaf = tree.leaf(c);
        if (!(leaf > 0)) {
            // Rounding put the number on an empty leaf (at an interval boundary): the adjacent positive leaf holds it.
            c = positiveLeafNear(c);
            remainder[0] = 0;
        } else if (remainder[0] >= leaf) {
            remainder[0] = Math.nextDown(leaf);
        } else if (remainder[0] < 0) {
            remainder[0] = 0;
        }
        return c;
    }

    /** The first positive leaf after c, else the last one before it. */
    private int positiveLeafNear(int c) {
        for (int k = c + 1; k < nCarriers; k++) {
            if (tree.leaf(k) > 0) {
                return k;
            }
        }
        for (int k = c - 1; k >= 0; k--) {
            if (tree.leaf(k) > 0) {
                return k;
            }
        }
        return c;
    }

    /**
     * The hop of carrier c at the position found by {@link #carrier}, as an index into the hop list of the carrier's
     * site: the ion's own hop (ion carriers) or the hop from the vacancy to the ion that fills it (vacancy carriers).
     */
    int hop(int c) {
        int h = choose(c, remainder[0]);
        if (h < 0) {
            throw new IllegalStateException("kMC group " + c + " has a positive total but no possible hop");
        }
        return h;
    }

    /** Counts an event; rebuilds the tree's partial sums from its leaves now and then (removes rounding drift). */
    void eventDone() {
        if (++sinceRebuild >= rebuildInterval) {
            tree.rebuild();
            sinceRebuild = 0;
        }
    }

    private double hopRate(int g, int i, int j, int ion) {
        double r = bonds == null ? (rates.staticRate != null ? rates.staticRate[g] : rates.rate(g, 0, 0))
                : rates.rate(g, bonds[i], bonds[j] - sys.hopMultiplicity[g]);
        return ionFactor == null ? r : r * ionFactor[ion];
    }

    /** Total rate of the events of carrier c. */
    private double groupRate(int c) {
        int s = carrierSite[c];
        double sum = 0;
        if (kind != null) {
            double[] kr = rates.kindRate;
            int[] target = sys.hopTarget;
            for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
                // Multiplying by the 0/1 occupancy instead of branching on it: the same sum to the last bit
                // (x * 1 = x, adding +0 changes nothing), without the mispredicted branches of a half-full lattice.
                sum += kr[kind[h]] * occupied[target[h]];
            }
        } else if (fastForward != null) {
            int[] target = sys.hopTarget;
            for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
                sum += fastForward[h] * (1 - occupied[target[h]]);
            }
        } else if (fastInteracting) {
            // The table index stays in range for an occupied target too (its bond count still includes s), so
            // the rate can be read unconditionally and multiplied by the 0/1 vacancy of the target.
            int[] target = sys.hopTarget;
            int[] mult = sys.hopMultiplicity;
            int nI = bonds[s];
            for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
                int t = target[h];
                sum += rates.rate(h, nI, bonds[t] - mult[h]) * (1 - occupied[t]);
            }
        } else if (vacancyMode && fastReverse != null) {
            for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
                if (occupied[sys.hopTarget[h]] != 0) {
                    sum += fastReverse[h];
                }
            }
        } else if (vacancyMode) {
            for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
                int t = sys.hopTarget[h];
                int ion = siteIon[t];
                if (ion >= 0) {
                    sum += hopRate(sys.hopReverse[h], t, s, ion);
                }
            }
        } else {
            int ion = siteIon[s];
            for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
                int t = sys.hopTarget[h];
                if (t == s || occupied[t] == 0) {
                    sum += hopRate(h, s, t, ion);
                }
            }
        }
        return sum;
    }

    /** The hop within carrier c's group at cumulative rate u (see {@link #hop}). */
    private int choose(int c, double u) {
        int s = carrierSite[c];
        if (kind != null) {
            return chooseCompact(s, u);
        }
        double acc = 0;
        int last = -1;
        for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
            int t = sys.hopTarget[h];
            double r;
            if (vacancyMode) {
                int ion = siteIon[t];
                if (ion < 0) {
                    continue;
                }
                r = fastReverse != null ? fastReverse[h] : hopRate(sys.hopReverse[h], t, s, ion);
            } else {
                if (t != s && occupied[t] != 0) {
                    continue;
                }
                r = hopRate(h, s, t, siteIon[s]);
            }
            if (r <= 0) {
                continue;
            }
            last = h;
            acc += r;
            if (u < acc) {
                return h;
            }
        }
        return last;
    }

    /** {@link #choose} for the compact layout: the vacancy at s is filled from an occupied neighbour. */
    private int chooseCompact(int s, double u) {
        double[] kr = rates.kindRate;
        int[] target = sys.hopTarget;
        double acc = 0;
        int last = -1;
        for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
            if (occupied[target[h]] != 0) {
                last = h;
                acc += kr[kind[h]];
                if (u < acc) {
                    return h;
                }
            }
        }
        return last;
    }

    private int lastPositiveLeaf() {
        for (int c = nCarriers - 1; c > 0; c--) {
            if (tree.leaf(c) > 0) {
                return c;
            }
        }
        return 0;
    }

    /** Recomputes the groups whose rates the hop i -&gt; j can have changed. */
    void refreshAround(int i, int j) {
        if (nCarriers == 1) {
            // One group (e.g. a single vacancy): it is the only one whose rates can have changed; no shell search.
            tree.set(0, groupRate(0));
            return;
        }
        stampNow++;
        if (stampNow == 0) {
            Arrays.fill(stamp, 0);
            stampNow = 1;
        }
        refreshShell(i);
        refreshShell(j);
    }

    private void refreshShell(int s) {
        refresh(s);
        for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
            int t = sys.hopTarget[h];
            refresh(t);
            if (bonds != null) {
                for (int h2 = sys.hopStart[t]; h2 < sys.hopStart[t + 1]; h2++) {
                    refresh(sys.hopTarget[h2]);
                }
            }
        }
    }

    private void refresh(int s) {
        // occupied (already in cache from the rate sums) screens out the sites that cannot hold a carrier.
        if (vacancyMode == (occupied[s] != 0)) {
            return;
        }
        int c = siteCarrier[s];
        if (c >= 0 && stamp[c] != stampNow) {
            stamp[c] = stampNow;
            tree.set(c, groupRate(c));
        }
    }
}
