package org.ionhop.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One trajectory of the lattice gas: rejection-free kinetic Monte Carlo (Bortz, Kalos and Lebowitz,
 * J. Comput. Phys. 17, 10 (1975); the residence-time algorithm) with O(log N) selection.
 *
 * <p>Events (an ion on site i hopping to an empty neighbour j) are grouped by their carrier: by the moving ion, or,
 * when vacancies are fewer than ions, by the vacancy that receives the ion (both enumerate the same events). The
 * total rate of each group is a leaf of a {@link SumTree}; after a hop only the groups whose rates can have changed
 * are recomputed: those on i, j and their neighbours, and with pair interactions also the second neighbours
 * (their occupied-bond counts change). Time advances by an exponential variate of mean 1 / R_total.
 */
final class KmcReplica {
    private static final int REPORT_EVERY = 1 << 16;
    private static final int MSD_SAMPLES = 60;

    private final KmcSystem sys;
    private final RateModel rates;
    private final KmcParameters p;
    private final RandomGenerator rng;
    private final long seed;
    private final int nIons;
    private final boolean vacancyMode;
    private final int nCarriers;
    private final int[] siteIon;
    /**
     * 1 where siteIon is an ion, else 0: the occupancy tests of the rate sums read this quarter-size copy, which on
     * large lattices stays in the core's cache where siteIon does not (the stepping rate is memory-bound).
     */
    private final byte[] occupied;
    private final int[] siteCarrier;
    private final int[] carrierSite;
    private final int[] bonds;
    private final double[] disp;
    private final double[] origin;
    private final double[] ionFactor;
    private final int[] ionSpecies;
    private final int[] speciesCounts;
    private final SumTree tree;
    private final int[] stamp;
    private final double[] remainder = new double[1];
    /** Per site: accumulated occupied time at 2s, time of the last arrival at 2s+1 (interleaved for locality). */
    private final double[] occ;
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
    private final short[] kind;
    private final byte[] sub;
    private final int subSum;
    private final long rebuildInterval;
    private int stampNow;
    private long sinceRebuild;
    private double time;
    private double cx;
    private double cy;
    private double cz;
    private double jumpSq;
    /** Sum over ions of the squared displacement since the start of the measurement, kept up to date per hop. */
    private double sumSq;
    private int stagger;
    private double wM2;
    private double wM4;
    private double wMAbs;

    KmcReplica(KmcSystem sys, KmcParameters p, RateModel rates, long seed) {
        this.sys = sys;
        this.p = p;
        this.rates = rates;
        this.seed = seed;
        this.rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int n = sys.nSites;
        this.nIons = p.ions();
        if (nIons < 1 || nIons >= n) {
            throw new IllegalArgumentException("need between 1 and " + (n - 1) + " ions on " + n + " sites, got " + nIons);
        }
        vacancyMode = !sys.hasSelfHops && n - nIons < nIons;
        nCarriers = vacancyMode ? n - nIons : nIons;
        siteIon = new int[n];
        occupied = new byte[n];
        siteCarrier = new int[n];
        carrierSite = new int[nCarriers];
        bonds = rates.interacting ? new int[n] : null;
        disp = new double[3 * nIons];
        origin = new double[3 * nIons];
        occ = new double[2 * n];
        sub = sys.sublattice == null ? null : new byte[n];
        int s = 0;
        if (sub != null) {
            for (int i = 0; i < n; i++) {
                sub[i] = (byte) sys.sublattice[i];
                s += sub[i];
            }
        }
        subSum = s;
        tree = new SumTree(nCarriers);
        stamp = new int[nCarriers];
        rebuildInterval = Math.max(1L << 16, nCarriers);
        placeIons();
        speciesCounts = new int[Math.max(1, p.isotopes().size())];
        ionSpecies = new int[nIons];
        ionFactor = p.isotopes().isEmpty() ? null : assignIsotopes();
        fastReverse = ionFactor == null ? rates.reverseRate : null;
        kind = vacancyMode && fastReverse != null ? rates.hopKind : null;
        fastForward = !vacancyMode && !sys.hasSelfHops && bonds == null && ionFactor == null ? rates.staticRate : null;
        fastInteracting = !vacancyMode && !sys.hasSelfHops && bonds != null && ionFactor == null && rates.tabulated;
        for (int c = 0; c < nCarriers; c++) {
            tree.set(c, groupRate(c));
        }
        tree.rebuild();
    }

    /** Random initial placement: a partial Fisher-Yates shuffle of the site indices. */
    private void placeIons() {
        int n = sys.nSites;
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
        java.util.Arrays.fill(siteIon, -1);
        java.util.Arrays.fill(siteCarrier, -1);
        for (int i = 0; i < nIons; i++) {
            siteIon[order[i]] = i;
            occupied[order[i]] = 1;
            if (sub != null) {
                stagger += sub[order[i]];
            }
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

    /** Assigns isotope species in the mixture's proportions (rounded) at random; returns nu factors. */
    private double[] assignIsotopes() {
        List<Isotope> iso = p.isotopes();
        int assigned = 0;
        for (int k = 0; k < iso.size(); k++) {
            speciesCounts[k] = k == iso.size() - 1 ? nIons - assigned : (int) Math.round(iso.get(k).fraction() * nIons);
            speciesCounts[k] = Math.max(0, Math.min(speciesCounts[k], nIons - assigned));
            assigned += speciesCounts[k];
        }
        int[] labels = new int[nIons];
        int pos = 0;
        for (int k = 0; k < iso.size(); k++) {
            for (int c = 0; c < speciesCounts[k]; c++) {
                labels[pos++] = k;
            }
        }
        for (int i = nIons - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = labels[i];
            labels[i] = labels[j];
            labels[j] = t;
        }
        double[] f = new double[nIons];
        for (int i = 0; i < nIons; i++) {
            ionSpecies[i] = labels[i];
            // Classical attempt frequency nu ~ M^(-1/2) (physics.md, isotope effect).
            f[i] = Math.sqrt(p.referenceMassAmu() / iso.get(labels[i]).massAmu());
        }
        return f;
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

    /**
     * The hop within carrier c's group at cumulative rate u, as an index into the hop list of the carrier's site:
     * the ion's own hop (ion carriers) or the hop from the vacancy to the ion that fills it (vacancy carriers).
     */
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

    /** Performs one event; returns false when no hop is possible. */
    private boolean step(boolean measuring) {
        double total = tree.total();
        if (!(total > 0)) {
            return false;
        }
        int c = tree.find(rng.nextDouble() * total, remainder);
        if (c >= nCarriers) {
            // Rounding of the partial sums put the number past the last leaf: take the last positive one.
            c = lastPositiveLeaf();
            remainder[0] = Math.nextDown(tree.leaf(c));
        }
        int h = choose(c, remainder[0]);
        if (h < 0) {
            throw new IllegalStateException("kMC group " + c + " has a positive total but no possible hop");
        }
        // Residence time, exponential with the total rate; the JDK's ziggurat sampler is exact and avoids a log.
        double dt = rng.nextExponential() / total;
        if (measuring && sub != null) {
            double m = (double) (2 * stagger - subSum) / sys.nSites;
            double m2 = m * m;
            wM2 += m2 * dt;
            wM4 += m2 * m2 * dt;
            wMAbs += Math.abs(m) * dt;
        }
        time += dt;
        int s = carrierSite[c];
        if (kind != null) {
            int v = 3 * kind[h];
            double[] kv = rates.kindVector;
            move(sys.hopTarget[h], s, -kv[v], -kv[v + 1], -kv[v + 2]);
        } else if (vacancyMode) {
            // The ion on the neighbour fills the vacancy: it moves along the reverse of the vacancy's hop h.
            move(sys.hopTarget[h], s, -sys.hopVector[3 * h], -sys.hopVector[3 * h + 1], -sys.hopVector[3 * h + 2]);
        } else {
            move(s, sys.hopTarget[h], sys.hopVector[3 * h], sys.hopVector[3 * h + 1], sys.hopVector[3 * h + 2]);
        }
        if (++sinceRebuild >= rebuildInterval) {
            tree.rebuild();
            sinceRebuild = 0;
        }
        return true;
    }

    private int lastPositiveLeaf() {
        for (int c = nCarriers - 1; c > 0; c--) {
            if (tree.leaf(c) > 0) {
                return c;
            }
        }
        return 0;
    }

    /** Moves the ion on site i to site j along the hop vector (x, y, z) in Å and updates the affected rates. */
    private void move(int i, int j, double x, double y, double z) {
        int ion = siteIon[i];
        sumSq += 2 * (disp[3 * ion] * x + disp[3 * ion + 1] * y + disp[3 * ion + 2] * z) + x * x + y * y + z * z;
        disp[3 * ion] += x;
        disp[3 * ion + 1] += y;
        disp[3 * ion + 2] += z;
        cx += x;
        cy += y;
        cz += z;
        jumpSq += x * x + y * y + z * z;
        if (i == j) {
            return;
        }
        siteIon[j] = ion;
        siteIon[i] = -1;
        occupied[j] = 1;
        occupied[i] = 0;
        occ[2 * i] += time - occ[2 * i + 1];
        occ[2 * j + 1] = time;
        if (sub != null) {
            stagger += sub[j] - sub[i];
        }
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
        refreshAround(i, j);
    }

    private void shiftBonds(int s, int delta) {
        for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
            int t = sys.hopTarget[h];
            if (t != s) {
                bonds[t] += delta;
            }
        }
    }

    /** Recomputes the groups whose rates the hop i -> j can have changed. */
    private void refreshAround(int i, int j) {
        if (nCarriers == 1) {
            // One group (e.g. a single vacancy): it is the only one whose rates can have changed; no shell search.
            tree.set(0, groupRate(0));
            return;
        }
        stampNow++;
        if (stampNow == 0) {
            java.util.Arrays.fill(stamp, 0);
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

    /**
     * Runs equilibration and measurement.
     *
     * @param onEvents called with the number of events done since the last call, every 65536 events
     */
    ReplicaResult run(LongConsumer onEvents) {
        long start = System.nanoTime();
        long done = 0;
        for (long e = 0; e < p.equilibrationEvents(); e++) {
            if (!step(false)) {
                throw jammed();
            }
            if (++done % REPORT_EVERY == 0) {
                onEvents.accept(REPORT_EVERY);
            }
        }
        resetObservables();
        long[] sampleAt = sampleEvents(p.events());
        double[] msdT = new double[sampleAt.length];
        double[] msdTr = new double[sampleAt.length];
        double[] msdCo = new double[sampleAt.length];
        int nextSample = 0;
        List<Block> blocks = new ArrayList<>();
        long measured = 0;
        for (int b = 0; b < p.blocks(); b++) {
            long len = p.events() / p.blocks() + (b < p.events() % p.blocks() ? 1 : 0);
            startBlock();
            double t0 = time;
            double j0 = jumpSq;
            double[] c0 = {cx, cy, cz};
            for (long e = 0; e < len; e++) {
                if (!step(true)) {
                    throw jammed();
                }
                measured++;
                while (nextSample < sampleAt.length && sampleAt[nextSample] == measured) {
                    msdT[nextSample] = time;
                    msdTr[nextSample] = sumSq / nIons;
                    msdCo[nextSample] = (cx * cx + cy * cy + cz * cz) / nIons;
                    nextSample++;
                }
                if (++done % REPORT_EVERY == 0) {
                    onEvents.accept(REPORT_EVERY);
                }
            }
            blocks.add(endBlock(len, time - t0, c0, jumpSq - j0));
        }
        onEvents.accept(done % REPORT_EVERY);
        double[] occupancy = new double[sys.nSites];
        for (int s = 0; s < sys.nSites; s++) {
            double o = occ[2 * s] + (siteIon[s] >= 0 ? time - occ[2 * s + 1] : 0);
            occupancy[s] = o / time;
        }
        double wall = (System.nanoTime() - start) * 1e-9;
        return new ReplicaResult(seed, List.copyOf(blocks), occupancy, msdT, msdTr, msdCo, speciesCounts.clone(), measured,
                wall, done);
    }

    private IllegalArgumentException jammed() {
        return new IllegalArgumentException("no hop is possible (all rates zero or every ion blocked) on "
                + sys.network().source());
    }

    /** Geometrically spaced event counts 1 .. events for the MSD curve. */
    private static long[] sampleEvents(long events) {
        long[] raw = new long[MSD_SAMPLES];
        int n = 0;
        long prev = 0;
        for (int k = 0; k < MSD_SAMPLES; k++) {
            long e = Math.max(1, Math.round(Math.pow(events, (k + 1.0) / MSD_SAMPLES)));
            if (e > prev) {
                raw[n++] = e;
                prev = e;
            }
        }
        return java.util.Arrays.copyOf(raw, n);
    }

    private void resetObservables() {
        java.util.Arrays.fill(disp, 0);
        java.util.Arrays.fill(occ, 0);
        time = 0;
        cx = 0;
        cy = 0;
        cz = 0;
        jumpSq = 0;
        sumSq = 0;
    }

    private void startBlock() {
        System.arraycopy(disp, 0, origin, 0, disp.length);
        wM2 = 0;
        wM4 = 0;
        wMAbs = 0;
    }

    private Block endBlock(long events, double tau, double[] c0, double jumps) {
        double[] tr = new double[3];
        double[] species = new double[speciesCounts.length];
        for (int ion = 0; ion < nIons; ion++) {
            double s = 0;
            for (int k = 0; k < 3; k++) {
                double d = disp[3 * ion + k] - origin[3 * ion + k];
                tr[k] += d * d;
                s += d * d;
            }
            species[ionSpecies[ion]] += s;
        }
        double[] coll = {cx - c0[0], cy - c0[1], cz - c0[2]};
        double nan = Double.NaN;
        boolean m = sub != null && tau > 0;
        return new Block(events, tau, tr, coll, jumps, m ? wM2 / tau : nan, m ? wM4 / tau : nan,
                m ? wMAbs / tau : nan, species);
    }
}
