package org.ionhop.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.ionhop.io.ProgressListener;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;
import org.ionhop.screen.ScreenRunner;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.screen.ScreenSink;
import org.ionhop.screen.Shard;
import org.ionhop.structure.CifWriter;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/**
 * Screening throughput. {@code corpus DIR N} writes N noisy P1 copies of each Li structure of
 * {@code ../shared/refdata}, cells under 20 sites as 2x2x2 supercells (Gaussian position noise of 0.02 Å, seeded: what database files with refined or
 * relaxed positions look like to a screen) into DIR; {@code run DIR GRID KMC THREADS} screens DIR into an in-memory
 * sink and prints structures per minute and the peak heap. Peak resident memory is measured from outside
 * ({@code /usr/bin/time -v}).
 */
public final class ScreenBench {
    /** Fewest sites of a corpus structure (the range is 20-400). */
    private static final int MIN_SITES = 20;

    private ScreenBench() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("corpus")) {
            corpus(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args.length > 3 ? args[3] : "../shared/refdata"));
        } else if (args.length >= 5 && args[0].equals("run")) {
            run(Path.of(args[1]), Double.parseDouble(args[2]), Boolean.parseBoolean(args[3]), Integer.parseInt(args[4]));
        } else {
            System.err.println("usage: ScreenBench corpus DIR N [REFDATA] | run DIR GRID_A KMC(true|false) THREADS");
            System.exit(2);
        }
    }

    private static void corpus(Path dir, int copies, Path refdata) throws IOException {
        Files.createDirectories(dir);
        List<Path> sources = new ArrayList<>();
        for (String sub : List.of("structures", "kmc", "trajectories")) {
            try (var s = Files.list(refdata.resolve(sub))) {
                s.filter(p -> p.toString().endsWith(".cif")).sorted().forEach(sources::add);
            }
        }
        Random rnd = new Random(20261204L);
        int written = 0;
        for (Path src : sources) {
            Structure s = StructureReader.read(src);
            if (s.sitesOf(Element.Li).isEmpty() || s.numSites() > 400) {
                continue;
            }
            // the corpus has 20-400 sites: primitive cells of 3-4 atoms (Li2O, Li3N) become 2x2x2 supercells,
            // as a database entry of the conventional cell would be at least that large
            while (s.numSites() < MIN_SITES) {
                s = s.supercell(2, 2, 2);
            }
            System.out.println("  " + src.getFileName() + ": " + s.numSites() + " sites");
            for (int k = 0; k < copies; k++) {
                Structure noisy = perturb(s, rnd, 0.02);
                String name = String.valueOf(src.getFileName()).replace(".cif", "") + String.format(Locale.ROOT, "_n%03d.cif", k);
                CifWriter.write(noisy, dir.resolve(name));
                written++;
            }
        }
        System.out.println("wrote " + written + " structures to " + dir);
    }

    private static Structure perturb(Structure s, Random rnd, double sigmaA) {
        Lattice l = s.lattice();
        List<Site> out = new ArrayList<>();
        for (Site site : s.sites()) {
            double[] x = l.toCartesian(site.frac());
            for (int i = 0; i < 3; i++) {
                x[i] += sigmaA * rnd.nextGaussian();
            }
            out.add(site.withFrac(l.toFractional(x)));
        }
        return new Structure(l, out, s.source(), s.spaceGroup(), 1, s.oxidationSource());
    }

    private static void run(Path dir, double grid, boolean kmc, int threads) {
        ScreenSettings st = ScreenSettings.of(Element.Li).withGridSpacingA(grid).withKmc(kmc).withThreads(threads);
        long[] counts = new long[2];
        ScreenSink sink = new ScreenSink() {
            @Override
            public boolean has(String key, String hash) {
                return false;
            }

            @Override
            public void accept(ScreenRow r) {
                counts[r.status().equals("ok") ? 0 : 1]++;
                if (!r.status().equals("ok")) {
                    System.err.println(r.text(ScreenColumn.FILE) + ": " + r.text(ScreenColumn.MESSAGE));
                }
            }

            @Override
            public void commit() {
                // nothing to make durable
            }
        };
        long t0 = System.nanoTime();
        ScreenRunner.Summary sum = ScreenRunner.run(List.of(dir.toString()), st, Shard.ALL, sink, ProgressListener.NONE);
        double min = (System.nanoTime() - t0) / 60e9;
        long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%d structures (%d ok, %d failed), grid %.2f Å, kMC %b, %d threads: "
                        + "%.1f structures/min, peak heap %.0f MB%n", sum.inputs(), counts[0], counts[1], grid, kmc,
                threads, sum.inputs() / min, heap / 1e6);
    }
}
