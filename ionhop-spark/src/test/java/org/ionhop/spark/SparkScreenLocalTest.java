package org.ionhop.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * The Spark screen on {@code local[2]} against the local runner: the same inputs (a folder with plain, broken,
 * multi-block and archived CIFs, a file given by name, a missing name) and settings give the same rows, every
 * column compared except the wall-clock seconds; the output has exactly the store's columns; {@code --resume}
 * screens only what is new and never duplicates a row. One SparkSession for the class.
 */
class SparkScreenLocalTest {
    /** Coarse grid and a short kMC (on), as the core screen test: the equality does not depend on resolution. */
    static final List<String> FAST = List.of("--grid", "0.3", "--kmc-temperatures", "600,900", "--kmc-steps", "20000");

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static Path folder;
    static Path extra;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("SparkScreenLocalTest")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        folder = Files.createDirectories(tmp.resolve("in"));
        Path refdata = Path.of(System.getProperty("ionhop.refdata"), "structures");
        String li2o = Files.readString(refdata.resolve("Li2O_pymatgen.cif"));
        String lfp = Files.readString(refdata.resolve("LiFePO4_pymatgen.cif"));
        Files.writeString(folder.resolve("LiFePO4.cif"), lfp);
        Files.writeString(folder.resolve("broken.cif"), "data_broken\n_cell_length_a 5\nnot a cif at all\n");
        Files.writeString(folder.resolve("two_blocks.cif"), li2o.replaceFirst("(?m)^data_\\S*", "data_first") + "\n"
                + lfp.replaceFirst("(?m)^data_\\S*", "data_second"));
        try (OutputStream f = Files.newOutputStream(folder.resolve("set.tar.gz"));
             GZIPOutputStream gz = new GZIPOutputStream(f);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            addTar(tar, "inner/Li2O_renamed.cif", li2o.getBytes(StandardCharsets.UTF_8));
            addTar(tar, "inner/notes.md", "not a structure".getBytes(StandardCharsets.UTF_8));
        }
        extra = Files.copy(refdata.resolve("beta-Li3PS4_cavd_LPS.cif"), tmp.resolve("Li3PS4.cif"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static void addTar(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    /** Runs the Spark screen; returns its stdout, failing on a nonzero exit. */
    static String sparkScreen(List<String> args, int expectedCode) {
        List<String> all = new ArrayList<>(List.of("screen"));
        all.addAll(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkScreen.run(spark, all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as("exit code; stderr: %s", err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedCode);
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    /** The rows of an output folder, keyed by input key. */
    static Map<String, ScreenRow> outputRows(Path dir) {
        Map<String, ScreenRow> rows = new LinkedHashMap<>();
        for (Row r : spark.read().parquet(dir.resolve("results").toString()).collectAsList()) {
            ScreenRow row = ScreenSchema.fromRow(r);
            String key = row.text(ScreenColumn.INPUT_SHA256) + "#" + row.text(ScreenColumn.BLOCK);
            assertThat(rows.put(key, row)).as("row %s appears once", key).isNull();
        }
        return rows;
    }

    static List<ScreenRow> sortedWithoutTiming(Iterable<ScreenRow> rows) {
        List<ScreenRow> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.withoutTiming()));
        out.sort(Comparator.comparing((ScreenRow r) -> r.text(ScreenColumn.INPUT_SHA256))
                .thenComparing(r -> r.text(ScreenColumn.BLOCK)));
        return out;
    }

    @Test
    void sparkRowsEqualLocalRowsInEveryColumn() {
        List<String> names = List.of(folder.toString(), extra.toString(), tmp.resolve("missing.cif").toString());
        Path out = tmp.resolve("out-equal");
        List<String> args = new ArrayList<>(List.of("--input", String.join(",", names), "--output", out.toString()));
        args.addAll(FAST);
        String summary = sparkScreen(args, 0);

        ScreenSettings s = SparkScreenOptions.parse(args).settings().withThreads(2);
        Map<String, ScreenRow> local = new LinkedHashMap<>();
        ScreenRunner.run(names, s, Shard.ALL, new ScreenSink() {
            @Override
            public boolean has(String key, String hash) {
                return false;
            }

            @Override
            public void accept(ScreenRow r) {
                local.put(r.text(ScreenColumn.INPUT_SHA256) + "#" + r.text(ScreenColumn.BLOCK), r);
            }

            @Override
            public void commit() {
                // in memory
            }
        }, ProgressListener.NONE);

        Map<String, ScreenRow> cluster = outputRows(out);
        // LiFePO4, broken, two blocks, one archive member, Li3PS4, missing: 7 rows, 5 ok (kMC ran), 2 errors
        assertThat(local).hasSize(7);
        assertThat(cluster.keySet()).containsExactlyInAnyOrderElementsOf(local.keySet());
        assertThat(sortedWithoutTiming(cluster.values())).containsExactlyElementsOf(sortedWithoutTiming(local.values()));
        assertThat(cluster.values()).as("%s", cluster.values()).filteredOn(r -> r.status().equals("ok")).hasSize(5)
                .allSatisfy(r -> assertThat(r.number(ScreenColumn.EA_EV)).isPositive());
        assertThat(cluster.values()).allSatisfy(r -> assertThat(r.number(ScreenColumn.SECONDS)).isPositive());
        assertThat(summary).contains("screened 7 structure(s)", "5 ok, 2 error(s), 0 timeout(s), 0 already stored");

        // the dataset's schema is the store's: ScreenColumn names in order, with their types
        StructField[] fields = spark.read().parquet(out.resolve("results").toString()).schema().fields();
        assertThat(fields).extracting(StructField::name).containsExactly(
                java.util.Arrays.stream(ScreenColumn.values()).map(ScreenColumn::columnName).toArray(String[]::new));
        assertThat(fields).containsExactly(ScreenSchema.RESULTS.fields());

        // one run record with the counts and the settings hash
        List<Row> runs = spark.read().parquet(out.resolve("runs").toString()).collectAsList();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).<String>getAs("settings_hash")).isEqualTo(s.hash());
        assertThat(runs.get(0).<Long>getAs("ok")).isEqualTo(5L);
        assertThat(runs.get(0).<Long>getAs("errors")).isEqualTo(2L);
    }

    @Test
    void resumeScreensOnlyWhatIsNewAndRefusesToOverwriteWithoutIt() throws IOException {
        Path out = tmp.resolve("out-resume");
        Path lfp = folder.resolve("LiFePO4.cif");
        List<String> first = new ArrayList<>(List.of("--input", lfp.toString(), "--output", out.toString(), "--no-kmc"));
        first.addAll(FAST);
        sparkScreen(first, 0);
        ScreenRow before = outputRows(out).values().iterator().next();

        // without --resume the output is not touched: exit 2 naming the flag
        assertThat(sparkScreen(first, 2)).contains("--output", "--resume");

        // the same file twice (a copy under another name has the same key) and one new input
        Path copy = Files.copy(lfp, tmp.resolve("LiFePO4_copy.cif"));
        List<String> second = new ArrayList<>(List.of("--input", lfp + "," + copy + "," + extra, "--output",
                out.toString(), "--no-kmc", "--resume"));
        second.addAll(FAST);
        assertThat(sparkScreen(second, 0)).contains("screened 2 structure(s)", "1 ok", "1 already stored");
        Map<String, ScreenRow> rows = outputRows(out);
        assertThat(rows).hasSize(2);
        // the stored row was kept as it was (its wall-clock seconds too: it was not recomputed)
        assertThat(rows.values()).contains(before);
        assertThat(spark.read().parquet(out.resolve("runs").toString()).count()).isEqualTo(2);
    }

    @Test
    void longestProcessingTimeFirstSpreadsLargeCells() {
        // two cells 50 times the cost of the rest: with LPT they never share a partition
        List<SparkScreenJob.Cost> costs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            costs.add(new SparkScreenJob.Cost("k" + i, "f" + i, "", "s" + i, i, 0, i < 2 ? 500.0 : 10.0));
        }
        Map<String, SparkScreenJob.Assignment> plan = new LinkedHashMap<>();
        double imbalance = SparkScreenJob.assign(costs, 4, plan);
        assertThat(plan).hasSize(40);
        assertThat(plan.get("k0").partition()).isNotEqualTo(plan.get("k1").partition());
        // Graham's bound: the largest partition is at most 4/3 of the optimum, which is at least the mean and at
        // least the largest item (total 1380, mean 345, largest 500)
        double total = 2 * 500 + 38 * 10;
        double lowerBoundOfOptimum = Math.max(total / 4, 500);
        assertThat(imbalance * total / 4).isLessThanOrEqualTo(4.0 / 3.0 * lowerBoundOfOptimum);
        // here LPT is optimal: the two large cells alone, the 38 small ones 19 each on the other two (190 each)
        assertThat(imbalance * total / 4).isEqualTo(500.0);
    }

    @Test
    void optionsBuildTheLocalCommandsDefaultSettings() {
        SparkScreenOptions o = SparkScreenOptions.parse(List.of("--input", "a.cif", "--output", "out"));
        ScreenSettings d = ScreenSettings.of(org.ionhop.structure.Element.Li);
        assertThat(o.settings().withThreads(d.threads())).isEqualTo(d);
        assertThat(o.settings().hash()).isEqualTo(d.hash());
        SparkScreenOptions n = SparkScreenOptions.parse(List.of("x.cif", "--output=o", "--ion", "Na", "--grid", "0.1",
                "--no-kmc", "--seed", "7", "--timeout-s", "30", "--kmc-steps", "5000", "--shard", "2/3"));
        assertThat(n.inputs()).containsExactly("x.cif");
        assertThat(n.settings()).isEqualTo(new ScreenSettings(org.ionhop.structure.Element.Na, 0.1, d.cutoffA(), false,
                d.kmcTemperaturesK(), 5000, 7, 30, 1));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(SparkScreen.parseOnly(new String[] {"screen", "--input", "a", "--output", "o", "--grid", "fine"},
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("ionhop-spark: --grid: expected a number, got \"fine\""
                + System.lineSeparator());
    }
}
