package org.ionhop.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.ionhop.io.ProgressListener;
import org.ionhop.trajectory.AnalysisSettings;
import org.ionhop.trajectory.Displacements;
import org.ionhop.trajectory.LoadSettings;
import org.ionhop.trajectory.TransportAnalysis;
import org.ionhop.trajectory.TransportResult;

/**
 * The argyrodite XDATCAR (refdata, 416 atoms x 140 frames, gzip) end to end: read, unwrap, MSDs, GLS fits.
 *
 * <p>Run: {@code mvn -pl ionhop-core,ionhop-bench -am package -DskipTests && java -Dionhop.refdata=../shared/refdata
 * -jar ionhop-bench/target/benchmarks.jar TrajectoryBenchmark}. Results: docs/benchmarks.md, "MD trajectories".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class TrajectoryBenchmark {
    /** The trajectory, relative to the refdata folder. */
    @Param({"trajectories/Li6PS5Cl_50p_run1_500K_XDATCAR.gz"})
    public String file;

    /** Read and analyse. */
    @Benchmark
    public TransportResult argyroditeEndToEnd() {
        Path p = Path.of(System.getProperty("ionhop.refdata", "../shared/refdata"), file);
        try (Displacements d = Displacements.load(p, LoadSettings.of("Li").withFrameIntervalPs(0.1),
                ProgressListener.NONE)) {
            return TransportAnalysis.analyse(d, AnalysisSettings.of("Li").withTemperatureK(500));
        }
    }
}
