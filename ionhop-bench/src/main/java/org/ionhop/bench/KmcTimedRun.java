package org.ionhop.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

import org.ionhop.io.ProgressListener;
import org.ionhop.kmc.Disorder;
import org.ionhop.kmc.KmcParameters;
import org.ionhop.kmc.KmcRunner;
import org.ionhop.kmc.KmcSystem;
import org.ionhop.network.BuiltinLattice;

/**
 * Timed run of the two {@link KmcBenchmark} cases on one thread, reporting events per second of wall time and of
 * the thread's CPU time. On a shared machine the CPU-time figure is the one that does not depend on how many
 * other processes compete for the cores. Run: {@code java -cp ionhop-bench/target/benchmarks.jar
 * org.ionhop.bench.KmcTimedRun [events]}; {@code -Dkmc.size=L} changes the simple cubic lattice (default 64).
 */
public final class KmcTimedRun {
    private KmcTimedRun() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
        int size = Integer.getInteger("kmc.size", 64);
        KmcSystem sc = new KmcSystem(BuiltinLattice.SIMPLE_CUBIC.network(size, 3.0, 0.3, "Li"), 3);
        KmcParameters vac = KmcParameters.of(600, sc.sites() - 1, events).withEvents(events, 0, 1);
        KmcSystem sq = new KmcSystem(BuiltinLattice.SQUARE.network(64, 3.0, 0.3, "Li"), 2);
        KmcParameters gas = KmcParameters.of(600, sq.sites() / 2, events).withEnergetics(Disorder.NONE, 0.05)
                .withEvents(events, 0, 1);
        KmcParameters free = KmcParameters.of(600, sq.sites() / 2, events).withEvents(events, 0, 1);
        for (int round = 0; round < 2; round++) {
            time("single vacancy, " + size + "^3 simple cubic", sc, vac, round);
            time("half-filled 64^2 square, eps = 0.05 eV", sq, gas, round);
            time("half-filled 64^2 square, no interaction", sq, free, round);
        }
    }

    private static void time(String name, KmcSystem sys, KmcParameters p, int round) {
        // A one-event run measures the setup (placement, rate tables, sum tree), subtracted for the stepping rate.
        double[] setup = measure(sys, p.withEvents(1, 0, 1), round);
        double[] all = measure(sys, p, round);
        System.out.printf(Locale.ROOT, "%s %-42s wall %.3g ev/s, CPU %.3g ev/s; without the setup (%.2f s CPU): "
                        + "wall %.3g ev/s, CPU %.3g ev/s%n", round == 0 ? "warm-up " : "measured", name,
                p.events() / all[0], p.events() / all[1], setup[1], p.events() / (all[0] - setup[0]),
                p.events() / (all[1] - setup[1]));
    }

    /** Wall and CPU seconds of one single-thread run. */
    private static double[] measure(KmcSystem sys, KmcParameters p, int round) {
        double cpu0 = processCpuSeconds();
        long wall0 = System.nanoTime();
        KmcRunner.runAll(sys, List.of(p), 1, 17L + round, 1, ProgressListener.NONE);
        return new double[] {(System.nanoTime() - wall0) * 1e-9, processCpuSeconds() - cpu0};
    }

    /** CPU time of the whole process (the run's worker thread, plus JIT and GC). */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() * 1e-9;
    }
}
