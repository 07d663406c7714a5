package org.ionhop.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;

/**
 * The resident ionhop: a command run through {@link DaemonServer} gives the same output, error and exit code as the
 * same command in a JVM of its own, and the daemon refuses what it must not serve.
 */
class DaemonTest {
    private static final String LFP = "../examples/LiFePO4_pymatgen.cif";

    /** A server on a socket in a temporary directory, serving the test's working directory, on its own thread. */
    private record Running(DaemonServer server, Thread thread, Path socket, Path cwd) {
        static Running start(Path dir, Duration idle) throws IOException {
            Path socket = dir.resolve("d.sock");
            Path cwd = Path.of(System.getProperty("user.dir")).toRealPath();
            DaemonServer s = new DaemonServer(socket, cwd, idle, 2);
            s.bind();
            Thread t = new Thread(() -> {
                try {
                    s.serve();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            t.start();
            return new Running(s, t, socket, cwd);
        }

        CliRun run(Path from, String... args) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = DaemonClient.request(socket, "run", from, List.of(args), out, err);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static String withoutLastColumn(String table) {
        return table.replaceAll("(?m)\\s+\\S+$", "");
    }

    private static String withoutTimeStamp(String json) {
        return json.replaceAll("\"created\" : \"[^\"]*\"", "");
    }

    @Test
    void commandsRunAsInTheirOwnJvmAndTheDaemonStopsOnRequest(@TempDir Path dir) throws Exception {
        Running d = Running.start(dir, Duration.ofMinutes(5));
        try {
            CliRun viaDaemon = d.run(d.cwd(), "info", LFP, "--json");
            CliRun direct = CliRun.of("info", LFP, "--json");
            assertThat(viaDaemon.exitCode()).as(viaDaemon.err()).isZero();
            assertThat(withoutTimeStamp(viaDaemon.out())).isEqualTo(withoutTimeStamp(direct.out()));
            assertThat(viaDaemon.out()).contains("\"number\" : 62");

            CliRun bad = d.run(d.cwd(), "info", "no-such-file.cif");
            CliRun badDirect = CliRun.of("info", "no-such-file.cif");
            assertThat(bad.exitCode()).isEqualTo(2).isEqualTo(badDirect.exitCode());
            assertThat(bad.err()).isEqualTo(badDirect.err()).contains("no-such-file.cif");
            assertThat(bad.out()).isEmpty();

            // a second command after a failed one: the daemon keeps serving
            assertThat(d.run(d.cwd(), "transport", "--help").out()).contains("Usage:");
        } finally {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            assertThat(DaemonClient.request(d.socket(), "stop", d.cwd(), List.of(), text, text)).isZero();
            d.thread().join(10_000);
        }
        assertThat(d.thread().isAlive()).isFalse();
        assertThat(Files.exists(d.socket())).isFalse();
        // nobody listens any more: the launcher is told to run the command itself
        assertThat(d.run(d.cwd(), "info", LFP).exitCode()).isEqualTo(DaemonProtocol.NOT_SERVED);
    }

    @Test
    void concurrentCommandsEachGetTheirOwnOutput(@TempDir Path dir) throws Exception {
        Running d = Running.start(dir, Duration.ofMinutes(5));
        String r3c = "../ionhop-core/src/test/resources/org/ionhop/structure/r3c_li_near_special.cif";
        try {
            String lfp = withoutTimeStamp(CliRun.of("info", LFP, "--json").out());
            String r3cJson = withoutTimeStamp(CliRun.of("info", r3c, "--json").out());
            java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
            List<java.util.concurrent.Future<CliRun>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String file = i % 2 == 0 ? LFP : r3c;
                runs.add(clients.submit(() -> d.run(d.cwd(), "info", file, "--json")));
            }
            for (int i = 0; i < 8; i++) {
                CliRun r = runs.get(i).get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(r.exitCode()).as(r.err()).isZero();
                assertThat(withoutTimeStamp(r.out())).isEqualTo(i % 2 == 0 ? lfp : r3cJson);
            }
            clients.shutdown();
        } finally {
            d.server().stop();
            d.thread().join(10_000);
        }
    }

    @Test
    void progressBarsReachAClientOnATerminalOnly(@TempDir Path dir) throws Exception {
        Running d = Running.start(dir, Duration.ofMinutes(5));
        List<String> kmc = List.of("kmc", "--lattice", "sc", "--size", "4", "--vacancies", "1", "--steps", "200000",
                "--seed", "3");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertThat(DaemonClient.request(d.socket(), "run", d.cwd(), kmc, true, out, err)).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("kMC").contains("100%");
            ByteArrayOutputStream quietOut = new ByteArrayOutputStream();
            ByteArrayOutputStream quietErr = new ByteArrayOutputStream();
            assertThat(DaemonClient.request(d.socket(), "run", d.cwd(), kmc, false, quietOut, quietErr)).isZero();
            assertThat(quietErr.toString(StandardCharsets.UTF_8)).doesNotContain("%");
            // same seed, same result, bar or not (the last column, events per second of wall time, aside)
            assertThat(withoutLastColumn(out.toString(StandardCharsets.UTF_8)))
                    .isEqualTo(withoutLastColumn(quietOut.toString(StandardCharsets.UTF_8))).contains("0.6832");
        } finally {
            d.server().stop();
            d.thread().join(10_000);
        }
    }

    @Test
    void refusesOtherDirectoriesAndCommandsThatNeedTheirOwnProcess(@TempDir Path dir) throws Exception {
        Running d = Running.start(dir, Duration.ofMinutes(5));
        try {
            // relative paths would mean something else in another directory
            CliRun elsewhere = d.run(dir, "info", LFP);
            assertThat(elsewhere.exitCode()).isEqualTo(DaemonProtocol.NOT_SERVED);
            assertThat(elsewhere.out()).isEmpty();
            assertThat(d.run(d.cwd(), "serve", "--port", "0").exitCode()).isEqualTo(DaemonProtocol.NOT_SERVED);
            assertThat(d.run(d.cwd(), "daemon", "status").exitCode()).isEqualTo(DaemonProtocol.NOT_SERVED);
            ByteArrayOutputStream status = new ByteArrayOutputStream();
            assertThat(DaemonClient.request(d.socket(), "ping", d.cwd(), List.of(), status, status)).isZero();
            assertThat(status.toString(StandardCharsets.UTF_8)).contains("serving " + d.cwd());
        } finally {
            d.server().stop();
            d.thread().join(10_000);
        }
    }

    @Test
    void aSocketNobodyListensOnIsRemoved(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("stale.sock");
        // bind and close without removing the file: what a killed daemon leaves
        try (var ch = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            ch.bind(java.net.UnixDomainSocketAddress.of(socket));
        }
        assertThat(Files.exists(socket)).isTrue();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        assertThat(DaemonClient.request(socket, "run", dir, List.of("info", LFP), sink, sink))
                .isEqualTo(DaemonProtocol.NOT_SERVED);
        assertThat(Files.exists(socket)).isFalse();
        assertThat(sink.size()).isZero();
    }

    @Test
    void stopsWhenIdle(@TempDir Path dir) throws Exception {
        Running d = Running.start(dir, Duration.ofMillis(300));
        d.thread().join(10_000);
        assertThat(d.thread().isAlive()).isFalse();
        assertThat(Files.exists(d.socket())).isFalse();
    }

    @Test
    void socketNameIsTheOneTheLauncherComputes(@TempDir Path dir) throws Exception {
        // the launcher: printf '%s' "$(pwd -P)" | sha256sum | cut -c1-16
        Process p = new ProcessBuilder("bash", "-c", "printf '%s' \"$0\" | sha256sum | cut -c1-16",
                dir.toRealPath().toString()).start();
        String fromShell = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(p.waitFor()).isZero();
        assertThat(DaemonProtocol.socketFor(dir).getFileName().toString()).isEqualTo(fromShell + ".sock");
        assertThat(fromShell).hasSize(16);
    }
}
