package org.ionhop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.ionhop.io.ProgressListener;
import org.ionhop.trajectory.AnalysisSettings;
import org.ionhop.trajectory.Displacements;
import org.ionhop.trajectory.LoadSettings;
import org.ionhop.trajectory.TransportAnalysis;
import org.ionhop.trajectory.TransportResult;

/**
 * A timed run (not JMH: one run takes minutes) of the whole trajectory pipeline on a file larger than the heap's
 * budget: read, unwrap, drift-correct, store (spilling to a temporary per-ion file), FFT MSDs, GLS fits. Prints wall
 * times per stage and the peak heap (sum of the heap pools' peak usage).
 *
 * <p>Usage: {@code java -cp ionhop-bench/target/benchmarks.jar org.ionhop.bench.LargeTrajectoryRun XDATCAR DT_PS};
 * results are recorded in docs/benchmarks.md under "MD trajectories".
 */
public final class LargeTrajectoryRun {
    private LargeTrajectoryRun() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        Path p = Path.of(args[0]);
        double dt = Double.parseDouble(args[1]);
        long t0 = System.nanoTime();
        TransportResult r;
        boolean onDisk;
        long readNs;
        try (Displacements d = Displacements.load(p, LoadSettings.of("Li").withFrameIntervalPs(dt),
                ProgressListener.NONE)) {
            readNs = System.nanoTime() - t0;
            onDisk = d.onDisk();
            r = TransportAnalysis.analyse(d, AnalysisSettings.of("Li").withTemperatureK(600));
        }
        long totalNs = System.nanoTime() - t0;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "file %s (%.2f GB), %d ions x %d frames, series on disk: %s%n", p,
                Files.size(p) / 1e9, r.ions(), r.frames(), onDisk);
        System.out.printf(Locale.ROOT, "read+unwrap %.1f s, analysis %.1f s, total %.1f s%n", readNs / 1e9,
                (totalNs - readNs) / 1e9, totalNs / 1e9);
        System.out.printf(Locale.ROOT, "max heap %.2f GB, peak heap used %.2f GB%n",
                Runtime.getRuntime().maxMemory() / 1e9, peak / 1e9);
        System.out.printf(Locale.ROOT, "D* = %.4g +- %.2g A2/ps (generated 0.1), D_sigma = %.4g +- %.2g, window %.1f-%.1f ps%n",
                r.tracer().diffusivityA2PerPs(), r.tracer().diffusivityErrA2PerPs(), r.charge().diffusivityA2PerPs(),
                r.charge().diffusivityErrA2PerPs(), r.tracer().startPs(), r.tracer().endPs());
    }
}
