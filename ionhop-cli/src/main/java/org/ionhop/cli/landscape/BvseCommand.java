package org.ionhop.cli.landscape;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ionhop bvse}: Bond-valence site energy landscape, percolation barriers and site network (placeholder; issue 4 builds it). */
@Command(name = "bvse", mixinStandardHelpOptions = true, description = "Bond-valence site energy landscape, percolation barriers and site network")
public final class BvseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ionhop bvse: this command arrives with issue 4");
        return 1;
    }
}
