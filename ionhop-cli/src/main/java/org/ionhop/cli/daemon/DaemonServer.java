package org.ionhop.cli.daemon;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import org.ionhop.Version;
import org.ionhop.cli.Main;
import org.ionhop.cli.common.OutputOptions;

/**
 * A resident ionhop for one working directory: it runs command lines sent by {@link DaemonClient} in this warm JVM,
 * one at a time, with their standard output and error sent back, so that a script calling ionhop on many small
 * inputs does not pay the JVM start and the first-execution cost of every class on each call (issue 18, section 0).
 *
 * <p>Only the user who started it can connect: the socket lives in a directory of mode 700 (see
 * {@link DaemonProtocol}). It serves only clients from its own working directory and of the same jar, refuses
 * {@code serve} and {@code daemon}, and stops after an idle time or on {@code ionhop daemon stop}. Commands run
 * exactly as in a JVM of their own ({@link Main#newCommandLine}), up to a set number at a time (the library keeps no
 * global mutable state, so concurrent commands do not interfere); progress bars go to the client's stderr when the
 * client runs on a terminal.
 */
public final class DaemonServer {
    private final Path socket;
    private final Path workingDir;
    private final String identity;
    private final Duration idle;
    private final Instant started = Instant.now();
    private volatile Instant lastActive = Instant.now();
    private volatile boolean running = true;
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    private final int parallel;
    private final java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
    private ServerSocketChannel server;

    DaemonServer(Path socket, Path workingDir, Duration idle, int parallel) {
        this.parallel = parallel;
        this.socket = socket;
        this.workingDir = workingDir;
        this.identity = DaemonProtocol.identity();
        this.idle = idle;
    }

    /**
     * {@code DaemonServer SOCKET IDLE_MINUTES PARALLEL}: serves the current directory, PARALLEL commands at a time,
     * until stopped or idle.
     */
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path socket = Path.of(args[0]);
        Duration idle = Duration.ofSeconds(Math.round(Double.parseDouble(args[1]) * 60));
        int parallel = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        DaemonServer d = new DaemonServer(socket, Path.of(System.getProperty("user.dir")).toRealPath(), idle,
                parallel);
        d.bind();
        d.serve();
        System.exit(0);
    }

    /** Creates the socket (in a directory only the user can enter), replacing a stale one. */
    void bind() throws IOException {
        DaemonProtocol.privateDir(java.util.Objects.requireNonNull(socket.toAbsolutePath().getParent(), "socket directory"));
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
    }

    /**
     * Accepts requests until stopped, running up to {@code parallel} at a time (more wait for a free slot); a
     * watchdog closes the socket after the idle time. Returns when the socket is closed and the commands that were
     * running have finished.
     */
    void serve() throws IOException {
        Thread watchdog = new Thread(this::watch, "ionhop-daemon-idle");
        watchdog.setDaemon(true);
        watchdog.start();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
        try {
            while (running) {
                SocketChannel ch;
                try {
                    ch = server.accept();
                } catch (IOException e) {
                    break; // closed by stop() or the watchdog
                }
                active.incrementAndGet();
                pool.execute(() -> {
                    try (ch) {
                        handle(ch);
                    } catch (IOException e) {
                        // the client went away; the next one is served
                    } finally {
                        lastActive = Instant.now();
                        active.decrementAndGet();
                    }
                });
            }
        } finally {
            stop();
            pool.shutdown();
            try {
                pool.awaitTermination(7, java.util.concurrent.TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Closes the socket and removes its file. */
    void stop() {
        running = false;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException ignored) {
            // a stale socket file is replaced by the next daemon
        }
    }

    private void watch() {
        while (running) {
            try {
                Thread.sleep(Math.min(10_000, Math.max(100, idle.toMillis() / 10)));
            } catch (InterruptedException e) {
                return;
            }
            if (active.get() == 0 && Duration.between(lastActive, Instant.now()).compareTo(idle) > 0) {
                stop();
            }
        }
    }

    private void handle(SocketChannel ch) throws IOException {
        try (DataInputStream in = new DataInputStream(Channels.newInputStream(ch));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch)))) {
            handle(in, out);
        }
    }

    private void handle(DataInputStream in, DataOutputStream out) throws IOException {
        if (in.readInt() != DaemonProtocol.MAGIC || in.readInt() != DaemonProtocol.VERSION) {
            return;
        }
        String op = in.readUTF();
        String clientIdentity = in.readUTF();
        Path dir = Path.of(in.readUTF());
        int n = in.readInt();
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            args.add(in.readUTF());
        }
        boolean terminal = in.readBoolean();
        switch (op) {
            case "ping" -> reply(out, status(), 0);
            case "stop" -> {
                reply(out, "ionhop daemon: stopped\n", 0);
                running = false;
                server.close();
            }
            case "run" -> {
                if (!clientIdentity.equals(identity) || !dir.equals(workingDir) || !servable(args)) {
                    if (!clientIdentity.equals(identity)) {
                        running = false; // a rebuilt jar: this daemon is stale
                        server.close();
                    }
                    DaemonProtocol.exit(out, DaemonProtocol.NOT_SERVED);
                    return;
                }
                served.incrementAndGet();
                DaemonProtocol.exit(out, run(args, terminal, out));
            }
            default -> DaemonProtocol.exit(out, DaemonProtocol.NOT_SERVED);
        }
    }

    /** Commands that need a process of their own: the web app, the daemon itself. */
    private static boolean servable(List<String> args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return !a.equals("serve") && !a.equals("daemon");
            }
        }
        return true;
    }

    /**
     * Runs one command line with its output framed to the client; its exit code. When the client runs on a terminal
     * the commands' progress bars ({@link OutputOptions#progressStream}) go to its stderr as well.
     */
    private static int run(List<String> args, boolean terminal, DataOutputStream out) throws IOException {
        String[] a = args.toArray(new String[0]);
        CommandLine cl = Main.newCommandLine(args.contains("--debug"), a);
        DaemonProtocol.FrameStream errFrames = new DaemonProtocol.FrameStream(out, DaemonProtocol.ERR);
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(
                new DaemonProtocol.FrameStream(out, DaemonProtocol.OUT), StandardCharsets.UTF_8));
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(errFrames, StandardCharsets.UTF_8), true);
        PrintStream bars = terminal ? new PrintStream(errFrames, true, StandardCharsets.UTF_8) : null;
        cl.setOut(stdout);
        cl.setErr(stderr);
        cl.setExecutionStrategy(parsed -> {
            for (CommandLine c : parsed.asCommandLineList()) {
                for (CommandSpec mixin : c.getCommandSpec().mixins().values()) {
                    if (mixin.userObject() instanceof OutputOptions o) {
                        o.progressStream = bars;
                    }
                }
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        int code = cl.execute(a);
        stdout.flush();
        stderr.flush();
        return code;
    }

    private static void reply(DataOutputStream out, String text, int code) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        DaemonProtocol.frame(out, DaemonProtocol.OUT, b, 0, b.length);
        DaemonProtocol.exit(out, code);
    }

    private String status() {
        return String.format(Locale.ROOT, "ionhop daemon %s: pid %d, serving %s on %s, up %d s, %d commands run, "
                        + "%d at a time, stops after %d min idle%n", Version.get(), ProcessHandle.current().pid(),
                workingDir, socket, Duration.between(started, Instant.now()).toSeconds(), served.get(), parallel,
                idle.toMinutes());
    }
}
