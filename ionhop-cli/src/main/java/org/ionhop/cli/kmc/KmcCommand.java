package org.ionhop.cli.kmc;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ionhop kmc}: Kinetic Monte Carlo of ion hopping on lattices and site networks (placeholder; issue 5 builds it). */
@Command(name = "kmc", mixinStandardHelpOptions = true, description = "Kinetic Monte Carlo of ion hopping on lattices and site networks")
public final class KmcCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ionhop kmc: this command arrives with issue 5");
        return 1;
    }
}
