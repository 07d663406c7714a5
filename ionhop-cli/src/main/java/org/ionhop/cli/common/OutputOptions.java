package org.ionhop.cli.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.jfree.chart.JFreeChart;
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

    /**
     * Where the progress bar goes instead of this JVM's stderr (not an option: the daemon sets it to the client's
     * stderr when the client runs on a terminal). Null by default: stderr, and a bar only on a terminal.
     */
    public java.io.PrintStream progressStream;

    /**
     * Also handed the command's figures, by file name, as the {@code -o} SVGs would draw them (not an option: the
     * web app sets it to plot a job's curves interactively from the very series of the static figures, without
     * running the analysis again). Null by default: then no figure is drawn for it.
     */
    public BiConsumer<String, JFreeChart> figures;

    /**
     * Hands a figure to {@link #figures} if it is set; the chart is built only then. Commands call this next to
     * their SVG writing, with the same chart method, so the web plot and the SVG show the same numbers.
     *
     * <p>The supplier is typed {@code Supplier<?>} on purpose: for a {@code Supplier<JFreeChart>} the compiler
     * gives each lambda a method returning {@code JFreeChart}, and linking the lambda loads JFreeChart even when
     * no figure is wanted, which a {@code --json} run must not pay for ({@code OutputOnRequestTest}).
     *
     * @param fileName the file the {@code -o} run writes the figure to
     * @param chart    builds the {@link JFreeChart}
     */
    public void show(String fileName, Supplier<?> chart) {
        BiConsumer<String, JFreeChart> f = figures;
        if (f != null) {
            f.accept(fileName, (JFreeChart) chart.get());
        }
    }

    /** Whether files are to be written: {@code -o DIR} was given. */
    public boolean writeFiles() {
        return outputDir != null;
    }

    /** The folder for files, empty when none are to be written. */
    public Optional<Path> dir() {
        return Optional.ofNullable(outputDir);
    }
}
