package org.ionhop.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import org.ionhop.Version;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenInput;
import org.ionhop.screen.ScreenRunner;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.screen.Shard;

/**
 * The screen as a Spark job. Stages:
 * <ol>
 *   <li>the driver lists the input files through Hadoop's FileSystem API (names only);</li>
 *   <li>executors read the files, expand archives and multi-block CIFs with the local command's code and estimate
 *       each structure's cost (grid points, {@link ScreenItem#estimateCost});</li>
 *   <li>the driver collects only (key, cost), drops what the output already has ({@code --resume}), what other
 *       shards own and repeated inputs, and assigns the rest to partitions by longest-processing-time-first
 *       (largest cost to the least loaded partition), so that large cells spread out instead of piling up;</li>
 *   <li>the structures are shuffled to their partitions and each task calls the local runner's per-structure step
 *       ({@link ScreenRunner#screenOne}: failures and timeouts are rows, never failed tasks);</li>
 *   <li>the rows are appended to the Parquet dataset {@code OUTPUT/results} through Spark's file committer
 *       (algorithm 1: a task's files become visible only when the task commits, all of them only when the job
 *       commits), so a retried or speculative task never duplicates a row; then one run record is appended to
 *       {@code OUTPUT/runs}.</li>
 * </ol>
 */
final class SparkScreenJob {
    private SparkScreenJob() {
    }

    /**
     * Counts of a run.
     *
     * @param inputs     distinct structures in this shard
     * @param skipped    those already in the output
     * @param ok         new rows with status ok
     * @param errors     new rows with status error
     * @param timeouts   new rows with status timeout
     * @param partitions partitions of the screening stage
     * @param imbalance  largest estimated partition cost over the mean (1 is perfect balance)
     * @param seconds    wall-clock seconds of the job
     */
    record Summary(long inputs, long skipped, long ok, long errors, long timeouts, int partitions, double imbalance,
                   double seconds) {
    }

    /** Where one structure goes: its partition, and which copy (file ordinal, index) is screened. */
    record Assignment(int partition, long ordinal, int index) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Light record collected by the driver. */
    record Cost(String key, String file, String block, String sha256, long ordinal, int index, double cost)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Sends each structure to the partition the driver assigned it. */
    static final class AssignedPartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;
        private final Broadcast<HashMap<String, Assignment>> plan;

        AssignedPartitioner(int partitions, Broadcast<HashMap<String, Assignment>> plan) {
            this.partitions = partitions;
            this.plan = plan;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return plan.value().get((String) key).partition();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AssignedPartitioner p && p.partitions == partitions && p.plan.id() == plan.id();
        }

        @Override
        public int hashCode() {
            return Long.hashCode(plan.id()) * 31 + partitions;
        }
    }

    /** Runs the screen and writes its rows and run record. */
    static Summary run(SparkSession spark, SparkScreenOptions o) {
        Instant started = Instant.now();
        JdkRandom.prepare();
        ScreenSettings settings = o.settings();
        String hash = settings.hash();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hconf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(o.output());
        Path resultsDir = new Path(out, "results");
        Path runsDir = new Path(out, "runs");
        boolean exists = exists(resultsDir, hconf);
        if (exists && !o.resume()) {
            throw new InvalidSettingException("output", o.output() + " already holds results; add --resume to "
                    + "screen only what it does not have, or choose another folder");
        }
        Set<String> stored = exists ? storedKeys(spark, resultsDir, hash) : Set.of();
        long[] before = exists ? statusCounts(spark, resultsDir, hash) : new long[3];

        List<HadoopInputs.InputFile> files = HadoopInputs.list(o.inputs(), hconf);
        Broadcast<byte[]> conf = jsc.broadcast(HadoopInputs.serialize(hconf));
        int slices = Math.max(1, Math.min(files.size(), 4 * jsc.defaultParallelism()));
        JavaRDD<ScreenItem> items = jsc.parallelize(files, slices).flatMap(f -> {
            ScreenSettings s = o.settings();
            List<ScreenItem> list = new ArrayList<>();
            HadoopInputs.read(f, HadoopInputs.deserialize(conf.value()),
                    in -> list.add(new ScreenItem(in, f.ordinal(), list.size(), ScreenItem.estimateCost(in, s))));
            return list.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        List<Cost> costs = items.map(i -> new Cost(i.key(), i.file, i.block, i.sha256, i.ordinal, i.index, i.cost))
                .collect();

        Shard shard = o.shard();
        Map<String, Cost> chosen = new HashMap<>();
        for (Cost c : costs) {
            if (!shard.contains(new ScreenInput(c.file(), c.block(), false, "", c.sha256(), null))) {
                continue;
            }
            chosen.merge(c.key(), c, (a, b) -> a.ordinal() < b.ordinal()
                    || a.ordinal() == b.ordinal() && a.index() <= b.index() ? a : b);
        }
        long skipped = chosen.keySet().stream().filter(stored::contains).count();
        List<Cost> todo = chosen.values().stream().filter(c -> !stored.contains(c.key())).toList();
        int wanted = o.partitions() > 0 ? o.partitions() : 4 * jsc.defaultParallelism();
        int partitions = Math.max(1, Math.min(wanted, todo.size()));
        HashMap<String, Assignment> plan = new HashMap<>();
        double imbalance = assign(todo, partitions, plan);

        if (!todo.isEmpty()) {
            Broadcast<HashMap<String, Assignment>> bplan = jsc.broadcast(plan);
            JavaRDD<Row> rows = items.filter(i -> {
                Assignment a = bplan.value().get(i.key());
                return a != null && a.ordinal() == i.ordinal && a.index() == i.index;
            }).mapToPair(i -> new Tuple2<>(i.key(), i)).partitionBy(new AssignedPartitioner(partitions, bplan))
                    .mapPartitions(it -> screen(it, o.settings()));
            spark.createDataFrame(rows, ScreenSchema.RESULTS).write().mode(SaveMode.Append)
                    // version 1: task output is renamed into place only at job commit (no partial rows visible)
                    .option("mapreduce.fileoutputcommitter.algorithm.version", "1")
                    .parquet(resultsDir.toString());
        }
        items.unpersist(false);
        long[] after = todo.isEmpty() ? before : statusCounts(spark, resultsDir, hash);
        Instant finished = Instant.now();
        Summary sum = new Summary(chosen.size(), skipped, after[0] - before[0], after[1] - before[1],
                after[2] - before[2], todo.isEmpty() ? 0 : partitions, imbalance,
                Duration.between(started, finished).toMillis() / 1000.0);
        Row run = RowFactory.create(UUID.randomUUID().toString(), hash, settings.toString(), Version.get(),
                String.join(" ", o.inputs()), utc(started), utc(finished), sum.inputs(), sum.skipped(), sum.ok(),
                sum.errors(), sum.timeouts());
        spark.createDataFrame(List.of(run), ScreenSchema.RUNS).coalesce(1).write().mode(SaveMode.Append)
                .option("mapreduce.fileoutputcommitter.algorithm.version", "1").parquet(runsDir.toString());
        return sum;
    }

    /** Screens a partition's structures one at a time, lazily (memory holds one structure per core). */
    private static Iterator<Row> screen(Iterator<Tuple2<String, ScreenItem>> it, ScreenSettings s) {
        JdkRandom.prepare();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Row next() {
                return ScreenSchema.toRow(ScreenRunner.screenOne(it.next()._2().input(), s));
            }
        };
    }

    /**
     * Longest processing time first (Graham, SIAM J. Appl. Math. 17, 416 (1969)): structures in order of
     * decreasing cost, each to the partition with the least cost so far; the largest partition is then at most
     * 4/3 of the optimum. Ties are broken by key and partition index, so the plan is deterministic.
     *
     * @return the largest partition's cost over the mean
     */
    static double assign(List<Cost> todo, int partitions, Map<String, Assignment> plan) {
        List<Cost> sorted = new ArrayList<>(todo);
        sorted.sort(Comparator.comparingDouble(Cost::cost).reversed().thenComparing(Cost::key));
        PriorityQueue<double[]> load = new PriorityQueue<>(
                Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
        for (int p = 0; p < partitions; p++) {
            load.add(new double[] {0, p});
        }
        double total = 0;
        for (Cost c : sorted) {
            double[] least = load.poll();
            plan.put(c.key(), new Assignment((int) least[1], c.ordinal(), c.index()));
            least[0] += c.cost();
            total += c.cost();
            load.add(least);
        }
        double max = load.stream().mapToDouble(a -> a[0]).max().orElse(0);
        return total > 0 ? max / (total / partitions) : 1.0;
    }

    private static boolean exists(Path p, Configuration conf) {
        try {
            FileSystem fs = p.getFileSystem(conf);
            return fs.exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + p + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> storedKeys(SparkSession spark, Path results, String hash) {
        Set<String> keys = new HashSet<>();
        String sha = ScreenColumn.INPUT_SHA256.columnName();
        String block = ScreenColumn.BLOCK.columnName();
        for (Row r : spark.read().parquet(results.toString())
                .filter(functions.col(ScreenColumn.SETTINGS_HASH.columnName()).equalTo(hash)).select(sha, block)
                .collectAsList()) {
            keys.add(r.getString(0) + "#" + r.getString(1));
        }
        return keys;
    }

    /** Rows of the output under a settings hash with status ok, error, timeout. */
    private static long[] statusCounts(SparkSession spark, Path results, String hash) {
        Dataset<Row> d = spark.read().parquet(results.toString())
                .filter(functions.col(ScreenColumn.SETTINGS_HASH.columnName()).equalTo(hash))
                .groupBy(ScreenColumn.STATUS.columnName()).count();
        long[] n = new long[3];
        for (Row r : d.collectAsList()) {
            String status = r.getString(0);
            int k = "ok".equals(status) ? 0 : "timeout".equals(status) ? 2 : 1;
            n[k] += r.getLong(1);
        }
        return n;
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
