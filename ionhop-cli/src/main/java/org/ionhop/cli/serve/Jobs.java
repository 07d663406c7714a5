package org.ionhop.cli.serve;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ArrayNode;

import org.ionhop.cli.common.Json;

/**
 * The analyses of the server: a fixed number of workers, a bounded queue (a full queue refuses new jobs with 503
 * rather than piling up work), and a time limit per job. A job past its limit is reported as timed out at once;
 * its worker is interrupted, and the analysis is stopped at its next progress report (the commands that report
 * progress: bvse, kmc, md, eis, defects); one that reports none finishes in the background with its result
 * discarded. Finished jobs are kept up to a number ({@code serve --keep-jobs}); beyond it the oldest finished ones
 * are forgotten and their folders deleted, so that a server left running does not grow without bound.
 */
final class Jobs implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService watchdog;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final long timeoutNanos;
    private final double timeoutSeconds;
    private final int keepFinished;

    Jobs(int workerCount, int queueSize, double timeoutSeconds, int keepFinished) {
        this.keepFinished = keepFinished;
        this.workers = new ThreadPoolExecutor(workerCount, workerCount, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueSize), r -> daemon(r, "ionhop-serve-job"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ionhop-serve-watchdog"));
        this.timeoutSeconds = timeoutSeconds;
        this.timeoutNanos = (long) (timeoutSeconds * 1e9);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** A new random job id (128 bits, hex): not guessable, so a job is found only by who started it. */
    static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Queues a job; 503 when the queue is full. */
    void submit(Job job) {
        jobs.put(job.id, job);
        try {
            workers.execute(() -> runJob(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new BadRequest(503, "the queue is full (" + workers.getQueue().size()
                    + " analyses waiting); try again later");
        }
    }

    /** The job of this session with this id, or null (another session's job is not found either). */
    Job get(String id, String session) {
        Job j = jobs.get(id);
        return j != null && j.session.equals(session) ? j : null;
    }

    /** The jobs of a session, oldest first. */
    List<Job> of(String session) {
        List<Job> out = new ArrayList<>();
        for (Job j : jobs.values()) {
            if (j.session.equals(session)) {
                out.add(j);
            }
        }
        out.sort((x, y) -> Long.compare(x.createdNanos, y.createdNanos));
        return out;
    }

    private void runJob(Job job) {
        Thread.interrupted();  // a flag left by the previous job's time-out must not stop this one
        Thread worker = Thread.currentThread();
        job.startedNanos = System.nanoTime();
        long deadline = job.startedNanos + timeoutNanos;
        job.status = Job.Status.RUNNING;
        ScheduledFuture<?> limit = watchdog.schedule(() -> timeOut(job, worker), timeoutNanos, TimeUnit.NANOSECONDS);
        Analyses.Outcome o;
        ArrayNode figures = Json.mapper().createArrayNode();
        try {
            o = Analyses.run(job.args, (done, total) -> {
                job.done = done;
                job.total = total;
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("time limit exceeded");
                }
            }, figures);
        } catch (RuntimeException | Error e) {
            o = new Analyses.Outcome(1, "", "ionhop: internal error: " + Analyses.oneLine(e.toString()));
        }
        limit.cancel(false);
        synchronized (job) {
            if (job.status == Job.Status.RUNNING) {
                job.exitCode = o.exitCode();
                job.stdout = o.stdout();
                job.figures = figures;
                job.error = o.error();
                job.finishedNanos = System.nanoTime();
                job.status = o.exitCode() == 0 ? Job.Status.DONE : Job.Status.FAILED;
            }
        }
        purge();
    }

    /** Forgets the oldest finished jobs beyond the number kept, and deletes their folders. */
    void purge() {
        List<Job> finished = new ArrayList<>();
        for (Job j : jobs.values()) {
            if (j.finished()) {
                finished.add(j);
            }
        }
        if (finished.size() <= keepFinished) {
            return;
        }
        finished.sort((x, y) -> Long.compare(x.finishedNanos, y.finishedNanos));
        for (Job j : finished.subList(0, finished.size() - keepFinished)) {
            if (jobs.remove(j.id, j)) {
                WebServer.deleteTree(j.dir);
            }
        }
    }

    private void timeOut(Job job, Thread worker) {
        synchronized (job) {
            if (job.status != Job.Status.RUNNING) {
                return;
            }
            job.error = "ionhop: time limit of " + timeoutSeconds + " s exceeded (serve --job-timeout)";
            job.finishedNanos = System.nanoTime();
            job.status = Job.Status.TIMEOUT;
        }
        worker.interrupt();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        watchdog.shutdownNow();
    }
}
