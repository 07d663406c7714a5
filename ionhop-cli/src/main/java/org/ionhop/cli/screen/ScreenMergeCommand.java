package org.ionhop.cli.screen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop screen merge}: joins the stores of shards into one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Copies the rows and runs of other stores (shards) into a target store; rows already in the "
                + "target are kept.")
public final class ScreenMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET", description = "Store to merge into (created if missing).")
    Path target;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "STORE", description = "Stores to merge from.")
    List<Path> sources = new ArrayList<>();

    @Override
    public Integer call() {
        long added;
        long total;
        try (ResultsStore db = ResultsStore.open(target)) {
            added = db.merge(sources);
            total = db.count();
        }
        spec.commandLine().getOut().printf("merged %d store(s) into %s: %d row(s) added, %d in total%n",
                sources.size(), target, added, total);
        return 0;
    }
}
