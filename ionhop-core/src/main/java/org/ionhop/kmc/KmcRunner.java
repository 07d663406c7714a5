package org.ionhop.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.ionhop.io.ProgressListener;

/**
 * Runs kinetic Monte Carlo replicas, temperatures and compositions in parallel. Task k (parameter set k / replicas,
 * replica k % replicas) gets seed {@link SeedSequence#derive}(master, k), so results do not depend on the number
 * of threads or the order in which tasks run. The site-energy disorder is drawn once from stream -1 of the master
 * seed and shared by all tasks: replicas and temperatures see the same disordered sample.
 */
public final class KmcRunner {
    private KmcRunner() {
    }

    /** Site energies (eV): the network's plus the disorder drawn from the master seed's stream -1. */
    public static double[] siteEnergies(KmcSystem sys, Disorder disorder, long masterSeed) {
        double[] e = sys.siteEnergyEv.clone();
        if (disorder.kind() != Disorder.Kind.NONE) {
            RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(SeedSequence.derive(masterSeed, -1));
            for (int i = 0; i < e.length; i++) {
                e[i] += disorder.sample(rng);
            }
        }
        return e;
    }

    /** Runs one parameter set with {@code replicas} replicas on all cores. */
    public static KmcResult run(KmcSystem sys, KmcParameters p, int replicas, long masterSeed, ProgressListener progress) {
        return runAll(sys, List.of(p), replicas, masterSeed, Runtime.getRuntime().availableProcessors(), progress).get(0);
    }

    /**
     * Runs several parameter sets (temperatures, compositions), each with {@code replicas} replicas, on
     * {@code threads} threads.
     */
    public static List<KmcResult> runAll(KmcSystem sys, List<KmcParameters> params, int replicas, long masterSeed,
                                         int threads, ProgressListener progress) {
        if (replicas < 1) {
            throw new IllegalArgumentException("need at least one replica, got " + replicas);
        }
        long total = 0;
        for (KmcParameters p : params) {
            total += replicas * (p.events() + p.equilibrationEvents());
        }
        long totalEvents = total;
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, params.size() * replicas)));
        try {
            List<List<Future<ReplicaResult>>> futures = new ArrayList<>();
            for (int k = 0; k < params.size(); k++) {
                KmcParameters p = params.get(k);
                double[] energies = siteEnergies(sys, p.disorder(), masterSeed);
                RateModel rates = new RateModel(sys, p, energies);
                List<Future<ReplicaResult>> fs = new ArrayList<>();
                for (int r = 0; r < replicas; r++) {
                    long seed = SeedSequence.derive(masterSeed, (long) k * replicas + r);
                    fs.add(pool.submit(() -> new KmcReplica(sys, p, rates, seed).run(
                            n -> progress.progress(done.addAndGet(n), totalEvents))));
                }
                futures.add(fs);
            }
            List<KmcResult> out = new ArrayList<>();
            for (int k = 0; k < params.size(); k++) {
                List<ReplicaResult> rs = new ArrayList<>();
                for (Future<ReplicaResult> f : futures.get(k)) {
                    rs.add(get(f));
                }
                out.add(new KmcResult(params.get(k), sys.nSites, sys.dimension, sys.volumeA3, sys.network().charge(),
                        sys.siteTypes(), sys.siteType, rs, sys.components));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReplicaResult get(Future<ReplicaResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("kMC run interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }
}
