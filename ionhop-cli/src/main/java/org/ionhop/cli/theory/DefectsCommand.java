package org.ionhop.cli.theory;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ionhop defects}: Defect chemistry: concentrations, Brouwer diagrams, mechanism maps (placeholder; issue 6 builds it). */
@Command(name = "defects", mixinStandardHelpOptions = true, description = "Defect chemistry: concentrations, Brouwer diagrams, mechanism maps")
public final class DefectsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ionhop defects: this command arrives with issue 6");
        return 1;
    }
}
