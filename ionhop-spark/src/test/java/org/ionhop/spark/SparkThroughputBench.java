package org.ionhop.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.ProgressListener;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;
import org.ionhop.screen.ScreenRunner;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.screen.ScreenSink;
import org.ionhop.screen.Shard;

/**
 * Throughput of the Spark screen against the local runner on the same corpus (docs/benchmarks.md, "Screening on
 * Spark"): local runner with 1 and 2 threads, Spark {@code local[1]} and {@code local[2]} (one and two executor
 * cores), each after a warm-up run, plus the per-structure seconds for the scaling estimate. Not a test: runs only
 * with {@code -Dionhop.bench=N} (copies of each reference structure), e.g.
 * {@code mvn -o -pl ionhop-spark -am test -Dtest=SparkThroughputBench -Dionhop.bench=8 -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SparkThroughputBench {
    @TempDir
    Path tmp;

    @Test
    void throughput() throws IOException {
        String n = System.getProperty("ionhop.bench");
        Assumptions.assumeTrue(n != null, "benchmark: -Dionhop.bench=N");
        int copies = Integer.parseInt(n);
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        Path refdata = Path.of(System.getProperty("ionhop.refdata"), "structures");
        List<String> sources = List.of("LiFePO4_pymatgen.cif", "Li2O_pymatgen.cif", "beta-Li3PS4_cavd_LPS.cif",
                "Li3N_ncrystal_mp2251.cif", "LLZO_tetragonal_Masanobu13.cif", "Li10GeP2S12_ordered_cavd.cif");
        for (int k = 0; k < copies; k++) {
            for (String src : sources) {
                Files.writeString(dir.resolve("c" + k + "_" + src), "# copy " + k + "\n"
                        + Files.readString(refdata.resolve(src)));
            }
        }
        int total = copies * sources.size();
        boolean kmc = Boolean.parseBoolean(System.getProperty("ionhop.bench.kmc", "false"));
        List<String> args = new ArrayList<>(List.of("--input", dir.toString(), "--grid",
                System.getProperty("ionhop.bench.grid", "0.2")));
        if (!kmc) {
            args.add("--no-kmc");
        }
        ScreenSettings s = SparkScreenOptions.parse(concat(args, "--output", "x")).settings();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "corpus: %d structures, grid %s, kmc %b, load %.1f%n", total,
                s.gridSpacingA(), kmc, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
        double[] seconds = null;
        for (int threads : new int[] {1, 2}) {
            local(dir, s.withThreads(threads));
            long t0 = System.nanoTime();
            List<ScreenRow> rows = local(dir, s.withThreads(threads));
            double dt = (System.nanoTime() - t0) * 1e-9;
            report.append(String.format(Locale.ROOT, "local runner, %d thread(s): %.1f s, %.1f structures/min%n",
                    threads, dt, total / dt * 60));
            if (threads == 1) {
                seconds = rows.stream().mapToDouble(r -> r.number(ScreenColumn.SECONDS)).sorted().toArray();
            }
        }
        for (int cores : new int[] {1, 2}) {
            SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("bench")
                    .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            try {
                spark(spark, concat(args, "--output", tmp.resolve("warm" + cores).toString()));
                long t0 = System.nanoTime();
                spark(spark, concat(args, "--output", tmp.resolve("run" + cores).toString()));
                double dt = (System.nanoTime() - t0) * 1e-9;
                List<Row> rows = spark.read().parquet(tmp.resolve("run" + cores).resolve("results").toString())
                        .collectAsList();
                assertThat(rows).hasSize(total);
                double taskSeconds = rows.stream().mapToDouble(r -> r.<Double>getAs("seconds")).sum();
                report.append(String.format(Locale.ROOT, "spark local[%d]: %.1f s, %.1f structures/min; "
                        + "sum of per-structure seconds %.1f s%n", cores, dt, total / dt * 60, taskSeconds));
            } finally {
                spark.stop();
            }
        }
        report.append("per-structure seconds (local, 1 thread): ").append(Arrays.toString(seconds)).append('\n');
        System.out.print(report);
        Files.writeString(Path.of("target", "spark-throughput.txt"), report.toString());
    }

    private static List<String> concat(List<String> a, String... more) {
        List<String> out = new ArrayList<>(a);
        out.addAll(List.of(more));
        return out;
    }

    private static void spark(SparkSession spark, List<String> args) {
        List<String> all = concat(List.of("screen"), args.toArray(String[]::new));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkScreen.run(spark, all.toArray(String[]::new), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static List<ScreenRow> local(Path dir, ScreenSettings s) {
        List<ScreenRow> rows = new ArrayList<>();
        ScreenRunner.run(List.of(dir.toString()), s, Shard.ALL, new ScreenSink() {
            @Override
            public boolean has(String key, String hash) {
                return false;
            }

            @Override
            public void accept(ScreenRow r) {
                rows.add(r);
            }

            @Override
            public void commit() {
                // in memory
            }
        }, ProgressListener.NONE);
        return rows;
    }
}
