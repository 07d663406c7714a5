package org.ionhop.cli.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * One analysis run by the server: its state moves queued -&gt; running -&gt; done | failed | timeout. Written by the
 * worker that runs it, read by request threads; every field that changes is volatile, and the result fields are
 * written before {@code status}, so a reader that sees a final status sees the result.
 */
final class Job {
    /** Where a job is. */
    enum Status { QUEUED, RUNNING, DONE, FAILED, TIMEOUT }

    final String id;
    final String session;
    final String analysis;
    final List<String> args;
    final Path dir;
    final long createdNanos = System.nanoTime();
    volatile long startedNanos;
    volatile long finishedNanos;
    volatile long done;
    volatile long total = -1;
    volatile String stdout;
    /** The curves of the command's figures ({@link FigureData}), in the order the command drew them. */
    volatile com.fasterxml.jackson.databind.node.ArrayNode figures;
    volatile String error;
    volatile int exitCode = -1;
    volatile Status status = Status.QUEUED;

    Job(String id, String session, String analysis, List<String> args, Path dir) {
        this.id = id;
        this.session = session;
        this.analysis = analysis;
        this.args = List.copyOf(args);
        this.dir = dir;
    }

    /** Seconds since the job started (or between start and end), 0 while queued. */
    double elapsedSeconds() {
        long s = startedNanos;
        if (s == 0) {
            return 0;
        }
        long f = finishedNanos;
        return ((f == 0 ? System.nanoTime() : f) - s) / 1e9;
    }

    boolean finished() {
        Status s = status;
        return s == Status.DONE || s == Status.FAILED || s == Status.TIMEOUT;
    }

    /** The folder of files the analysis wrote (bvse: cube, grd, network, profiles, figures). */
    Path outDir() {
        return dir.resolve("out");
    }
}
