package org.ionhop.cli.common;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options shared by the analysis commands: JSON on stdout, and where to write files. */
public final class OutputOptions {
    @Option(names = "--json", description = "Print one JSON object on stdout (no progress bar, no table).")
    public boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Folder for plots and data files (default: ${DEFAULT-VALUE}).", defaultValue = "ionhop-out")
    public Path outputDir;
}
