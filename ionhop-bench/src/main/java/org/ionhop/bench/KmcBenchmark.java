package org.ionhop.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.ionhop.io.ProgressListener;
import org.ionhop.kmc.Disorder;
import org.ionhop.kmc.KmcParameters;
import org.ionhop.kmc.KmcResult;
import org.ionhop.kmc.KmcRunner;
import org.ionhop.kmc.KmcSystem;
import org.ionhop.network.BuiltinLattice;

/**
 * kMC events per second on one thread (issue 5): a single vacancy in a 64^3 simple cubic lattice (non-interacting,
 * 262,143 ions), and a half-filled 64 x 64 square lattice gas with nearest-neighbour repulsion eps = 0.05 eV at
 * 600 K (above the ordering temperature). Each invocation is one replica of {@value #EVENTS} events including its
 * setup (placement and sum tree), so the figure is a lower bound of the stepping rate. Throughput in ops/s is
 * events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 3)
public class KmcBenchmark {
    static final int EVENTS = 4_000_000;

    private KmcSystem vacancySystem;
    private KmcParameters vacancyParams;
    private KmcSystem gasSystem;
    private KmcParameters gasParams;
    private long seed;

    /** Builds the two lattices once. */
    @Setup
    public void setup() {
        vacancySystem = new KmcSystem(BuiltinLattice.SIMPLE_CUBIC.network(64, 3.0, 0.3, "Li"), 3);
        vacancyParams = KmcParameters.of(600, vacancySystem.sites() - 1, EVENTS).withEvents(EVENTS, 0, 1);
        gasSystem = new KmcSystem(BuiltinLattice.SQUARE.network(64, 3.0, 0.3, "Li"), 2);
        gasParams = KmcParameters.of(600, gasSystem.sites() / 2, EVENTS).withEnergetics(Disorder.NONE, 0.05)
                .withEvents(EVENTS, 0, 1);
    }

    private KmcResult run(KmcSystem sys, KmcParameters p) {
        return KmcRunner.runAll(sys, List.of(p), 1, seed++, 1, ProgressListener.NONE).get(0);
    }

    /** One vacancy in 64^3 simple cubic. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double singleVacancySimpleCubic64() {
        return run(vacancySystem, vacancyParams).correlationFactor().value();
    }

    /** Half-filled 64 x 64 square lattice gas with repulsion. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public double interactingHalfFilledSquare64() {
        return run(gasSystem, gasParams).tracerDiffusivity().value();
    }
}
