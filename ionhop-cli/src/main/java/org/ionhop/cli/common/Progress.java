package org.ionhop.cli.common;

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

    private Progress(ProgressBar bar) {
        this.bar = bar;
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
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(-1).setUpdateIntervalMillis(200).continuousUpdate().build();
        return new Progress(bar);
    }

    @Override
    public void progress(long done, long total) {
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
