package org.ionhop.cli.theory;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ionhop transport}: Transport theory: Eq. 1 calculator and consistency check (placeholder; issue 6 builds it). */
@Command(name = "transport", mixinStandardHelpOptions = true, description = "Transport theory: Eq. 1 calculator and consistency check")
public final class TransportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ionhop transport: this command arrives with issue 6");
        return 1;
    }
}
