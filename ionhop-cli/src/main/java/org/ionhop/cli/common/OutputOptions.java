package org.ionhop.cli.common;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;

import org.ionhop.io.ProgressListener;

/**
 * Options shared by the analysis commands: JSON on stdout, and where to write files.
 *
 * <p>Files (figures, grids, tables) are written only when {@code -o DIR} is given: a run without it prints its
 * results (JSON or text) and leaves the file system alone, and costs no figure drawing. A command asks
 * {@link #writeFiles()} at the point where it would write, and skips building the figures when it is false.
 */
public final class OutputOptions {
    @Option(names = "--json", description = "Print one JSON object on stdout (no progress bar, no table).")
    public boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write figures and data files into this folder (created if missing). Without -o no file is "
                    + "written.")
    public Path outputDir;

    /**
     * Also told the progress of the command's work (not an option: the web app sets it to follow a job, and may
     * throw from it to stop a job past its time limit). Silent by default.
     */
    public ProgressListener listener = ProgressListener.NONE;

    /** Whether files are to be written: {@code -o DIR} was given. */
    public boolean writeFiles() {
        return outputDir != null;
    }

    /** The folder for files, empty when none are to be written. */
    public Optional<Path> dir() {
        return Optional.ofNullable(outputDir);
    }
}
