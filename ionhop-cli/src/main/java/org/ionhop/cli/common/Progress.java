package org.ionhop.cli.common;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.ionhop.io.ProgressListener;

/**
 * A progress bar on stderr for long work, shown only on an interactive terminal and never with --json,
 * so that piped output and CI logs stay clean.
 */
public final class Progress implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;
    private final ProgressListener also;

    private Progress(ProgressBar bar) {
        this(bar, ProgressListener.NONE);
    }

    private Progress(ProgressBar bar, ProgressListener also) {
        this.bar = bar;
        this.also = also;
    }

    /**
     * A listener for a task of a command with {@link OutputOptions}: the bar of {@link #start(String, boolean)}
     * (quiet with --json), and the options' {@link OutputOptions#listener} too (the web app's job progress).
     */
    public static Progress start(String task, OutputOptions output) {
        if (output.progressStream != null && !output.json) {
            // a terminal on the other side of the daemon's socket: the bar goes there (fixed width, as the width of
            // that terminal is not known here)
            ProgressBar bar = builder(task).setConsumer(new ConsoleProgressBarConsumer(output.progressStream, 100))
                    .build();
            return new Progress(bar, output.listener);
        }
        return new Progress(start(task, output.json).bar, output.listener);
    }

    private static ProgressBarBuilder builder(String task) {
        return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII).setInitialMax(-1)
                .setUpdateIntervalMillis(200).continuousUpdate();
    }

    /**
     * A listener for a task; a silent one when {@code quiet} is set or stderr is not a terminal.
     *
     * @param task  the label shown before the bar ("reading XDATCAR")
     * @param quiet true with --json
     */
    public static Progress start(String task, boolean quiet) {
        boolean terminal = System.console() != null && !"true".equals(System.getenv("CI"));
        if (quiet || !terminal) {
            return new Progress(null);
        }
        return new Progress(builder(task).build());
    }

    @Override
    public void progress(long done, long total) {
        also.progress(done, total);
        if (bar == null) {
            return;
        }
        if (total > 0 && bar.getMax() != total) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
