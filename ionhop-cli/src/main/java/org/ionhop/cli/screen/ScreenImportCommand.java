package org.ionhop.cli.screen;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop screen import}: loads the Parquet output of the Spark screen into a local store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Loads the output folder of the Spark screen (Parquet datasets results/ and runs/) into a "
                + "results store, so that show, export and report work on cluster results; rows already in the store "
                + "are kept.")
public final class ScreenImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Output folder of the Spark screen (a local folder).")
    Path dir;

    @Option(names = "--store", paramLabel = "FILE", description = "Results store, DuckDB (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("screen.duckdb");

    @Override
    public Integer call() {
        long added;
        long total;
        try (ResultsStore db = ResultsStore.open(store)) {
            added = db.importParquet(dir);
            total = db.count();
        }
        spec.commandLine().getOut().printf("imported %s into %s: %d row(s) added, %d in total%n", dir, store, added,
                total);
        spec.commandLine().getOut().println("next: ionhop screen show " + store + " --sort barrier_1d_eV --top 20");
        return 0;
    }
}
