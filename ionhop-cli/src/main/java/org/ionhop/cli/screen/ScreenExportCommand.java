package org.ionhop.cli.screen;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop screen export}: the results table as CSV, Parquet or JSON lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the results table of a store as CSV, Parquet (zstd) or JSON lines, atomically.")
public final class ScreenExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "Results store (DuckDB file).")
    Path store;

    /** Exactly one target. */
    static final class Target {
        @Option(names = "--csv", paramLabel = "FILE", description = "CSV with a header line.")
        Path csv;

        @Option(names = "--parquet", paramLabel = "FILE", description = "Parquet (zstd).")
        Path parquet;

        @Option(names = "--jsonl", paramLabel = "FILE", description = "JSON, one object per line.")
        Path jsonl;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Override
    public Integer call() {
        Path file = target.csv != null ? target.csv : target.parquet != null ? target.parquet : target.jsonl;
        String format = target.csv != null ? "csv" : target.parquet != null ? "parquet" : "jsonl";
        long n;
        try (ResultsStore db = ResultsStore.openExisting(store)) {
            db.export(file, format);
            n = db.count();
        }
        spec.commandLine().getOut().printf("wrote %d row(s) to %s%n", n, file);
        return 0;
    }
}
