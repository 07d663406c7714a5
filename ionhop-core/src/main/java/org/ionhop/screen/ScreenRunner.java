package org.ionhop.screen;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.ionhop.io.ProgressListener;

/**
 * Runs a screen on one machine: inputs streamed from {@link ScreenInputs}, structures analysed in parallel
 * (each single-threaded), rows handed to one writer thread that stores them in small transactions. Inputs whose
 * rows the sink already has under the same settings are skipped, so a killed run resumes where it stopped; a bad
 * input or a structure that exceeds the time limit becomes a row and never stops the batch. Memory is bounded:
 * at most twice the thread count of structures are in flight.
 */
public final class ScreenRunner {
    /** Rows per store transaction; a kill loses at most this many finished rows, which the rerun recomputes. */
    static final int COMMIT_EVERY = 16;
    private static final ScreenRow POISON = new ScreenRow.Builder().build();

    private ScreenRunner() {
    }

    /**
     * Counts of a run.
     *
     * @param inputs   inputs in this shard
     * @param skipped  inputs whose rows were already stored
     * @param ok       rows with status ok
     * @param errors   rows with status error
     * @param timeouts rows with status timeout
     */
    public record Summary(long inputs, long skipped, long ok, long errors, long timeouts) {
    }

    /**
     * Screens the named inputs into the sink.
     *
     * @param names    files, folders, globs, list files, archives
     * @param s        settings
     * @param shard    the part of the inputs to run
     * @param sink     the store (called from one thread)
     * @param progress inputs done of the total
     */
    public static Summary run(List<String> names, ScreenSettings s, Shard shard, ScreenSink sink,
                              ProgressListener progress) {
        long[] total = {0};
        ScreenInputs.forEach(names, in -> {
            if (shard.contains(in)) {
                total[0]++;
            }
        });
        String hash = s.hash();
        AtomicLong done = new AtomicLong();
        long[] counts = new long[4];
        BlockingQueue<ScreenRow> queue = new ArrayBlockingQueue<>(4 * s.threads() + COMMIT_EVERY);
        Thread writer = new Thread(() -> writeAll(queue, sink, counts), "ionhop-screen-writer");
        writer.start();
        ExecutorService pool = Executors.newFixedThreadPool(s.threads(), r -> {
            Thread t = new Thread(r, "ionhop-screen");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(2 * s.threads());
        long[] skipped = {0};
        try {
            ScreenInputs.forEach(names, in -> {
                if (!shard.contains(in)) {
                    return;
                }
                if (sink.has(in.key(), hash)) {
                    skipped[0]++;
                    progress.progress(done.incrementAndGet(), total[0]);
                    return;
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        put(queue, screenOne(in, s));
                    } finally {
                        inFlight.release();
                        progress.progress(done.incrementAndGet(), total[0]);
                    }
                });
            });
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            put(queue, POISON);
            joinQuietly(writer);
        }
        return new Summary(total[0], skipped[0], counts[0], counts[1], counts[2]);
    }

    /**
     * One input with the settings' time limit (the deadline is checked whenever the analysis reports progress):
     * the row of {@link ScreenTask#run}, or a timeout row. The step every runner (this one, the Spark job) calls.
     */
    public static ScreenRow screenOne(ScreenInput in, ScreenSettings s) {
        long t0 = System.nanoTime();
        long limit = s.timeoutSeconds() > 0 ? (long) (s.timeoutSeconds() * 1e9) : Long.MAX_VALUE;
        ProgressListener deadline = (d, t) -> {
            if (System.nanoTime() - t0 > limit) {
                throw new CancellationException("time limit");
            }
        };
        try {
            return ScreenTask.run(in, s, deadline);
        } catch (CancellationException e) {
            return ScreenTask.timeout(in, s, (System.nanoTime() - t0) * 1e-9);
        }
    }

    private static void writeAll(BlockingQueue<ScreenRow> queue, ScreenSink sink, long[] counts) {
        int pending = 0;
        while (true) {
            ScreenRow r;
            try {
                r = pending > 0 ? queue.poll(1, TimeUnit.SECONDS) : queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (r == null || r == POISON) {
                if (pending > 0) {
                    sink.commit();
                    pending = 0;
                }
                if (r == POISON) {
                    return;
                }
                continue;
            }
            sink.accept(r);
            switch (r.status()) {
                case "ok" -> counts[0]++;
                case "timeout" -> counts[2]++;
                default -> counts[1]++;
            }
            if (++pending >= COMMIT_EVERY) {
                sink.commit();
                pending = 0;
            }
        }
    }

    private static void put(BlockingQueue<ScreenRow> q, ScreenRow r) {
        try {
            q.put(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
