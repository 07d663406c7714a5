package org.ionhop.cli.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ionhop serve}: the local web app. Starts {@link WebServer} on 127.0.0.1 (another address only with an
 * explicit {@code --bind}, with a warning), prints the URL with the access token and serves until Ctrl-C, which
 * stops it cleanly (shutdown hook: server closed, workers stopped, a temporary work directory removed).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Local web app: structures in 3D with the BVSE isosurface, kMC, MD, EIS, NMR and defect "
                + "analyses from a browser, and the results store of a screen as a table and scatter plot.",
            "Listens on 127.0.0.1 only; every API request needs the token printed with the URL."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "FILE", description = "Results store of `ionhop screen` to show; repeatable.")
    List<Path> stores = new ArrayList<>();

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = 8321;

    @Option(names = "--workdir", paramLabel = "DIR",
            description = "Folder for uploads and job outputs (default: a temporary folder removed on exit).")
    Path workDir;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Listen on this address instead of 127.0.0.1 (other machines can then reach the server; "
                    + "the token is the only protection).")
    String bind;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Access token (default: 32 random hex digits, new on each start).")
    String token;

    @Option(names = "--max-upload-mb", paramLabel = "MB",
            description = "Largest request of an analysis, all files together (default: ${DEFAULT-VALUE}).")
    double maxUploadMb = 64;

    @Option(names = "--max-files", paramLabel = "N", description = "Most files per request (default: ${DEFAULT-VALUE}).")
    int maxFiles = 32;

    @Option(names = "--job-timeout", paramLabel = "S",
            description = "Time limit of one analysis in seconds (default: ${DEFAULT-VALUE}).")
    double jobTimeoutS = 600;

    @Option(names = "--queue", paramLabel = "N",
            description = "Analyses that may wait for a worker; more are refused (default: ${DEFAULT-VALUE}).")
    int queue = 16;

    @Option(names = "--workers", paramLabel = "N", description = "Analyses run at the same time (default: ${DEFAULT-VALUE}).")
    int workers = 1;

    @Option(names = "--keep-jobs", paramLabel = "N",
            description = "Finished analyses kept with their files; the oldest beyond these are deleted "
                    + "(default: ${DEFAULT-VALUE}).")
    int keepJobs = ServeSettings.DEFAULT_KEEP_JOBS;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean temporary = workDir == null;
        Path dir = temporary ? Files.createTempDirectory("ionhop-serve-") : workDir;
        String address = bind == null ? "127.0.0.1" : bind;
        if (bind != null && !bind.equals("127.0.0.1") && !bind.equals("localhost") && !bind.equals("::1")) {
            err.println("ionhop serve: warning: listening on " + bind + ": other machines can reach this server; "
                    + "anyone with the token can run analyses and read results");
            err.flush();
        }
        String t = token != null ? token : newToken();
        ServeSettings s = new ServeSettings(address, port, t, dir, stores, (long) (maxUploadMb * 1024 * 1024),
                maxFiles, jobTimeoutS, queue, workers, keepJobs);
        CountDownLatch stopped = new CountDownLatch(1);
        WebServer server = new WebServer(s);
        Thread hook = new Thread(() -> {
            server.close();
            if (temporary) {
                WebServer.deleteTree(dir);
            }
            stopped.countDown();
        }, "ionhop-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("ionhop serve: " + server.url());
        out.println("  token " + t + " (send it as Authorization: Bearer TOKEN); work directory " + dir);
        out.println("  Ctrl-C stops the server.");
        out.flush();
        stopped.await();
        return 0;
    }

    /** 128 random bits as hex (from the one SecureRandom of the job ids). */
    static String newToken() {
        return Jobs.newId();
    }
}
