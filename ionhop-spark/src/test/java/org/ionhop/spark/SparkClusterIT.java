package org.ionhop.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.ionhop.io.ProgressListener;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;
import org.ionhop.screen.ScreenRunner;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.screen.ScreenSink;
import org.ionhop.screen.Shard;

/**
 * A real Spark standalone cluster on 127.0.0.1: a master and two workers (one core each) started as separate JVMs
 * from the Maven artifacts (Spark's jars as a SPARK_HOME for the executors the workers launch), the job submitted
 * with SparkSubmit and the shaded job jar (executors get ionhop only from that jar), the results compared with the
 * local runner's; then a worker and its executor killed with SIGKILL in the middle of a job, which must still
 * finish with every row exactly once. Everything is stopped at the end. Run by {@code mvn verify -Pspark-cluster}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkClusterIT {
    private static final Duration JOB_LIMIT = Duration.ofMinutes(8);
    private static Path work;
    private static String classpath;
    private static Path sparkHome;
    private static int masterPort;
    private static final List<Process> DAEMONS = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        work = Path.of(System.getProperty("ionhop.it.dir", "target/spark-it")).toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        // Spark's runtime jars (not ionhop's): the daemons' classpath and the executors' SPARK_HOME/jars
        List<String> jars = Arrays.stream(Files.readString(Path.of(System.getProperty("ionhop.spark.classpath")))
                .strip().split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).toList();
        sparkHome = Files.createDirectories(work.resolve("spark-home"));
        Path jarsDir = Files.createDirectories(sparkHome.resolve("jars"));
        for (String j : jars) {
            Path p = Path.of(j);
            Files.createSymbolicLink(jarsDir.resolve(p.getFileName()), p);
        }
        classpath = String.join(java.io.File.pathSeparator, jars);
        try (ServerSocket s = new ServerSocket(0)) {
            masterPort = s.getLocalPort();
        }
        DAEMONS.add(start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(masterPort), "--webui-port", "0")));
        waitForLog("master", "Starting Spark master at", Duration.ofMinutes(2));
        for (int w = 1; w <= 2; w++) {
            DAEMONS.add(start("worker" + w, List.of("org.apache.spark.deploy.worker.Worker", masterUrl(), "--host",
                    "127.0.0.1", "--cores", "1", "--memory", "768m", "--webui-port", "0", "--work-dir",
                    Files.createDirectories(work.resolve("work" + w)).toString())));
        }
        waitForLog("worker1", "Successfully registered with master", Duration.ofMinutes(2));
        waitForLog("worker2", "Successfully registered with master", Duration.ofMinutes(2));
    }

    @AfterAll
    static void stopCluster() {
        for (Process p : DAEMONS) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : DAEMONS) {
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    private static List<String> java(String name) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList(System.getProperty("ionhop.spark.jvmflags").strip().split("\\s+")));
        cmd.add(name.startsWith("submit") ? "-Xmx768m" : "-Xmx256m");
        cmd.add("-cp");
        cmd.add(classpath);
        return cmd;
    }

    private static Process start(String name, List<String> args) throws IOException {
        List<String> cmd = java(name);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_LOCAL_DIRS", Files.createDirectories(work.resolve("local-" + name)).toString());
        return pb.start();
    }

    private static String log(String name) throws IOException {
        Path f = work.resolve(name + ".log");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    private static void waitForLog(String name, String text, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!log(name).contains(text)) {
            assertThat(System.nanoTime()).as("%s did not log \"%s\" in time:%n%s", name, text, log(name))
                    .isLessThan(end);
            Thread.sleep(250);
        }
    }

    /** Starts spark-submit of the shaded jar in client mode. */
    private static Process submit(String name, List<String> screenArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", masterUrl(),
                "--deploy-mode", "client", "--class", "org.ionhop.spark.SparkScreen", "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=512m", "--conf", "spark.cores.max=2",
                System.getProperty("ionhop.spark.jar"), "screen"));
        args.addAll(screenArgs);
        return start(name, args);
    }

    private static int await(Process p, String name) throws Exception {
        assertThat(p.waitFor(JOB_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("%s finished in time:%n%s", name, log(name))
                .isTrue();
        return p.exitValue();
    }

    /** Structures with distinct contents (a comment line each), from the reference data. */
    private static List<Path> inputs(String folder, int copies) throws IOException {
        Path dir = Files.createDirectories(work.resolve(folder));
        Path refdata = Path.of(System.getProperty("ionhop.refdata"), "structures");
        List<Path> out = new ArrayList<>();
        List<String> sources = List.of("LiFePO4_pymatgen.cif", "Li2O_pymatgen.cif", "beta-Li3PS4_cavd_LPS.cif");
        for (int k = 0; k < copies; k++) {
            String src = sources.get(k % sources.size());
            Path f = dir.resolve(String.format(java.util.Locale.ROOT, "s%02d_%s", k, src));
            Files.writeString(f, "# copy " + k + "\n" + Files.readString(refdata.resolve(src)));
            out.add(f);
        }
        return out;
    }

    private static Map<String, ScreenRow> readOutput(Path out) {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("read")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        Map<String, ScreenRow> rows = new LinkedHashMap<>();
        for (Row r : spark.read().parquet(out.resolve("results").toString()).collectAsList()) {
            ScreenRow row = ScreenSchema.fromRow(r);
            String key = row.text(ScreenColumn.INPUT_SHA256) + "#" + row.text(ScreenColumn.BLOCK);
            assertThat(rows.put(key, row)).as("row %s appears once", key).isNull();
        }
        return rows;
    }

    @Test
    @Order(1)
    void jobOnAStandaloneClusterGivesTheLocalRows() throws Exception {
        List<Path> in = inputs("in-b", 4);
        Path out = work.resolve("out-b");
        List<String> args = new ArrayList<>(List.of("--input", work.resolve("in-b").toString(), "--output",
                out.toString()));
        args.addAll(SparkScreenLocalTest.FAST);
        Process p = submit("submit-b", args);
        assertThat(await(p, "submit-b")).as(log("submit-b")).isZero();
        assertThat(log("submit-b")).contains("screened 4 structure(s)", "4 ok");

        ScreenSettings s = SparkScreenOptions.parse(args).settings();
        List<ScreenRow> local = new ArrayList<>();
        ScreenRunner.run(List.of(work.resolve("in-b").toString()), s, Shard.ALL, new ScreenSink() {
            @Override
            public boolean has(String key, String hash) {
                return false;
            }

            @Override
            public void accept(ScreenRow r) {
                local.add(r.withoutTiming());
            }

            @Override
            public void commit() {
                // in memory
            }
        }, ProgressListener.NONE);
        Map<String, ScreenRow> cluster = readOutput(out);
        assertThat(cluster).hasSize(in.size());
        Comparator<ScreenRow> byFile = Comparator.comparing(r -> r.text(ScreenColumn.FILE));
        assertThat(cluster.values().stream().map(ScreenRow::withoutTiming).sorted(byFile).toList())
                .containsExactlyElementsOf(local.stream().sorted(byFile).toList());
        // the executors ran the work: the driver lost no executor and every task came from the cluster
        assertThat(log("worker1") + log("worker2")).contains("Asked to launch executor");
    }

    @Test
    @Order(2)
    void killingAWorkerMidJobLosesAndDuplicatesNoRow() throws Exception {
        int n = 16;
        inputs("in-c", n);
        Path out = work.resolve("out-c");
        // a finer grid and the default kMC: tasks of seconds, so that the kill lands while the job runs
        Process p = submit("submit-c", List.of("--input", work.resolve("in-c").toString(), "--output", out.toString(),
                "--grid", "0.25", "--kmc-temperatures", "600,900", "--kmc-steps", "100000", "--partitions", "8"));
        Path committed = out.resolve("results").resolve("_temporary").resolve("0");
        long end = System.nanoTime() + JOB_LIMIT.toNanos();
        while (!hasCommittedTask(committed)) {
            assertThat(p.isAlive()).as("the job ended before any task committed:%n%s", log("submit-c")).isTrue();
            assertThat(System.nanoTime()).as("no task committed in time").isLessThan(end);
            Thread.sleep(100);
        }
        assertThat(p.isAlive()).as("job still running at the kill").isTrue();
        Process worker2 = DAEMONS.get(2);
        worker2.descendants().forEach(ProcessHandle::destroyForcibly);
        worker2.destroyForcibly();
        worker2.waitFor(30, TimeUnit.SECONDS);

        assertThat(await(p, "submit-c")).as(log("submit-c")).isZero();
        assertThat(log("submit-c")).contains("screened " + n + " structure(s)", n + " ok");
        // the failure path ran: the driver saw its executor on worker 2 go
        assertThat(log("submit-c")).containsAnyOf("Lost executor", "lost executor", "Executor lost",
                "Removing executor");
        Map<String, ScreenRow> rows = readOutput(out);
        assertThat(rows).hasSize(n);
        assertThat(rows.values()).allSatisfy(r -> assertThat(r.status()).isEqualTo("ok"));
    }

    private static boolean hasCommittedTask(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var s = Files.list(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().startsWith("task_"));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
