import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/**
 * Wall and CPU time of {@code LandscapeAnalysis.run} in one warm JVM (the library call behind `ionhop bvse` and the
 * screen): {@code java -cp CLASSES tools/bench/BvseTiming.java FILE ION SPACING WARMUPS RUNS}; prints the medians.
 * Run it on the classes of two checkouts, alternately, to compare them (docs/benchmarks.md).
 */
public final class BvseTiming {
    public static void main(String[] a) {
        Structure s = StructureReader.read(Path.of(a[0]));
        BvseSettings o = BvseSettings.of(Element.valueOf(a[1])).withGridSpacingA(Double.parseDouble(a[2]));
        int warm = Integer.parseInt(a[3]);
        int runs = Integer.parseInt(a[4]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        double b1 = 0;
        for (int i = 0; i < warm + runs; i++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            b1 = LandscapeAnalysis.run(s, o, null).barriers().barrier(1);
            if (i >= warm) {
                wall[i - warm] = (System.nanoTime() - t0) * 1e-9;
                cpu[i - warm] = (os.getProcessCpuTime() - c0) * 1e-9;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%s %s %s: wall %.2f s, cpu %.2f s (medians of %d), 1D %.3f eV%n",
                Path.of(a[0]).getFileName(), a[1], a[2], wall[runs / 2], cpu[runs / 2], runs, b1);
    }
}
