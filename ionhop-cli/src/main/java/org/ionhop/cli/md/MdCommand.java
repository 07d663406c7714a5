package org.ionhop.cli.md;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ionhop md}: Diffusion, conductivity and Haven ratio from MD trajectories (placeholder; issue 3 builds it). */
@Command(name = "md", mixinStandardHelpOptions = true, description = "Diffusion, conductivity and Haven ratio from MD trajectories")
public final class MdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ionhop md: this command arrives with issue 3");
        return 1;
    }
}
