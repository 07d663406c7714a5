package org.ionhop.kmc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.ionhop.io.NumericalFailureException;

/**
 * One trajectory of the lattice gas: rejection-free kinetic Monte Carlo (Bortz, Kalos and Lebowitz,
 * J. Comput. Phys. 17, 10 (1975); the residence-time algorithm) with O(log N) selection.
 *
 * <p>Events (an ion on site i hopping to an empty neighbour j) are grouped by their carrier: by the moving ion, or,
 * when vacancies are fewer than ions, by the vacancy that receives the ion (both enumerate the same events). The
 * parts: {@link SiteOccupancy} (who sits where), {@link EventSelection} (rates, choice of the event, local update),
 * {@link ReplicaObservables} (displacements, occupied times, order parameter); this class draws the random numbers,
 * advances time by an exponential variate of mean 1 / R_total and runs equilibration, blocks and MSD samples.
 */
final class KmcReplica {
    private static final int REPORT_EVERY = 1 << 16;
    private static final int MSD_SAMPLES = 60;

    private final KmcSystem sys;
    private final RateModel rates;
    private final KmcParameters p;
    private final RandomGenerator rng;
    private final long seed;
    private final SiteOccupancy state;
    private final EventSelection events;
    private final ReplicaObservables obs;
    private final int[] carrierSite;
    private final int[] siteIon;
    private final boolean vacancyMode;
    /** {@link EventSelection#kind}: the compact hop layout, or null. */
    private final short[] kind;
    private double time;
    /**
     * Rounding error of {@link #time} (TwoSum, Knuth TAOCP vol. 2, 4.2.2): time + timeLo is the exact sum of the
     * residence times. When rates span many decades the clock reaches 1e19 ps while a stay lasts 0.05 ps, below the
     * clock's ulp; occupied times are differences of clock readings and need the low part.
     */
    private double timeLo;

    KmcReplica(KmcSystem sys, KmcParameters p, RateModel rates, long seed) {
        this.sys = sys;
        this.p = p;
        this.rates = rates;
        this.seed = seed;
        this.rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        state = new SiteOccupancy(sys, p.ions(), rates.interacting);
        state.place(rng, rates.siteEnergyEv, rates.eps, rates.kT);
        IsotopeAssignment isotopes = IsotopeAssignment.draw(p.isotopes(), p.referenceMassAmu(), state.nIons, rng);
        events = new EventSelection(sys, rates, state, isotopes.nuFactor());
        obs = new ReplicaObservables(sys, state, isotopes);
        carrierSite = state.carrierSite;
        siteIon = state.siteIon;
        vacancyMode = state.vacancyMode;
        kind = events.kind;
        events.initialise();
    }

    /** Performs one event; returns false when no hop is possible. */
    private boolean step(boolean measuring) {
        double total = events.total();
        if (!(total > 0)) {
            return false;
        }
        int c = events.carrier(rng.nextDouble() * total);
        int h = events.hop(c);
        // Residence time, exponential with the total rate; the JDK's ziggurat sampler is exact and avoids a log.
        // The rates are stored in units of 1 / rates.timeUnitPs (1 per ps unless they had to be scaled, RateModel).
        double dt = rng.nextExponential() / total * rates.timeUnitPs;
        if (measuring) {
            obs.weigh(dt);
        }
        double sum = time + dt;
        double bp = sum - time;
        timeLo += (time - (sum - bp)) + (dt - bp);
        time = sum;
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
        events.eventDone();
        return true;
    }

    /** Moves the ion on site i to site j along the hop vector (x, y, z) in Å and updates the affected rates. */
    private void move(int i, int j, double x, double y, double z) {
        obs.hop(siteIon[i], x, y, z);
        if (i == j) {
            return;
        }
        obs.moved(i, j, time, timeLo);
        state.move(i, j);
        events.refreshAround(i, j);
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
        obs.reset();
        time = 0;
        timeLo = 0;
        long[] sampleAt = sampleEvents(p.events());
        double[] msdT = new double[sampleAt.length];
        double[] msdTr = new double[sampleAt.length];
        double[] msdCo = new double[sampleAt.length];
        int nextSample = 0;
        List<Block> blocks = new ArrayList<>();
        long measured = 0;
        for (int b = 0; b < p.blocks(); b++) {
            long len = p.events() / p.blocks() + (b < p.events() % p.blocks() ? 1 : 0);
            obs.startBlock();
            double t0 = time;
            double t0Lo = timeLo;
            double j0 = obs.jumpSq();
            double[] c0 = obs.collective();
            for (long e = 0; e < len; e++) {
                if (!step(true)) {
                    throw jammed();
                }
                measured++;
                while (nextSample < sampleAt.length && sampleAt[nextSample] == measured) {
                    msdT[nextSample] = time;
                    msdTr[nextSample] = obs.tracerMsd();
                    msdCo[nextSample] = obs.collectiveMsd();
                    nextSample++;
                }
                if (++done % REPORT_EVERY == 0) {
                    onEvents.accept(REPORT_EVERY);
                }
            }
            blocks.add(obs.endBlock(len, (time - t0) + (timeLo - t0Lo), c0, obs.jumpSq() - j0));
        }
        onEvents.accept(done % REPORT_EVERY);
        double[] occupancy = obs.siteOccupancy(siteIon, time, timeLo);
        double wall = (System.nanoTime() - start) * 1e-9;
        return new ReplicaResult(seed, List.copyOf(blocks), occupancy, msdT, msdTr, msdCo, obs.speciesCounts(), measured,
                wall, done);
    }

    private RuntimeException jammed() {
        if (rates.underflows) {
            return new NumericalFailureException(String.format(java.util.Locale.ROOT, "at %.4g K every possible hop "
                    + "is more than 1e300 times slower than the fastest hop class of %s (rates below the range of a "
                    + "double): raise the temperature or lower the interaction or barriers", p.temperatureK(),
                    sys.network().source()));
        }
        return new IllegalArgumentException("no hop is possible (every ion blocked by its neighbours or no hop "
                + "with a positive attempt frequency) on " + sys.network().source());
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
        return Arrays.copyOf(raw, n);
    }
}
