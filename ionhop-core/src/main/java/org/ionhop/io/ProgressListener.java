package org.ionhop.io;

/**
 * Progress of long work, reported by the library and rendered by the caller (the command line
 * shows a bar on a terminal). The library never prints.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Reports progress.
     *
     * @param done  units of work done so far
     * @param total total units of work, or -1 if unknown
     */
    void progress(long done, long total);
}
