package org.ionhop.screen;

/**
 * Where a screen's rows go: the embedded results store of the command line, an in-memory list in tests. Called
 * from one writer thread only.
 */
public interface ScreenSink {
    /** Whether a row for this input key ({@link ScreenInput#key()}) and settings hash is already stored. */
    boolean has(String inputKey, String settingsHash);

    /** Stores one row (it becomes durable at the next {@link #commit()}). */
    void accept(ScreenRow row);

    /** Makes the rows accepted so far durable, as one transaction. */
    void commit();
}
