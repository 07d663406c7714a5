package org.ionhop.cli.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@code ionhop serve} runs: where it listens, the access token, the work directory, the results stores it shows
 * and the limits that keep one user or a bad upload from taking the machine.
 *
 * @param bind             address to listen on (127.0.0.1 unless the user says otherwise)
 * @param port             TCP port (0: any free port, for tests)
 * @param token            the secret every API request except health must carry
 * @param workDir          uploads and job outputs go below it, under generated names
 * @param stores           results stores of {@code ionhop screen} shown on the screen page (may be empty)
 * @param maxUploadBytes   largest request body of an analysis (all files and fields together)
 * @param maxFiles         most files in one request
 * @param jobTimeoutSeconds an analysis still running after this long is stopped and reported as timed out
 * @param queueSize        jobs that may wait for a worker; more are refused with 503
 * @param workers          analyses run at the same time
 * @param keepJobs         finished analyses kept with their files; when there are more, the oldest are deleted, so a
 *                         server left running for days does not fill memory and disk
 */
public record ServeSettings(String bind, int port, String token, Path workDir, List<Path> stores, long maxUploadBytes,
                            int maxFiles, double jobTimeoutSeconds, int queueSize, int workers, int keepJobs) {
    /** Finished analyses kept by default. */
    public static final int DEFAULT_KEEP_JOBS = 200;

    /** The settings with {@link #DEFAULT_KEEP_JOBS} finished analyses kept. */
    public ServeSettings(String bind, int port, String token, Path workDir, List<Path> stores, long maxUploadBytes,
                         int maxFiles, double jobTimeoutSeconds, int queueSize, int workers) {
        this(bind, port, token, workDir, stores, maxUploadBytes, maxFiles, jobTimeoutSeconds, queueSize, workers,
                DEFAULT_KEEP_JOBS);
    }

    /** Checks the limits. */
    public ServeSettings {
        stores = List.copyOf(stores);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port: expected 0 to 65535, got " + port);
        }
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("--token: expected at least 16 characters");
        }
        if (maxUploadBytes < 1024) {
            throw new IllegalArgumentException("--max-upload-mb: expected a positive size");
        }
        if (maxFiles < 1) {
            throw new IllegalArgumentException("--max-files: expected at least 1, got " + maxFiles);
        }
        if (!(jobTimeoutSeconds > 0)) {
            throw new IllegalArgumentException("--job-timeout: expected a positive number of seconds");
        }
        if (queueSize < 1 || workers < 1) {
            throw new IllegalArgumentException("--queue and --workers: expected at least 1");
        }
        if (keepJobs < 1) {
            throw new IllegalArgumentException("--keep-jobs: expected at least 1, got " + keepJobs);
        }
    }
}
