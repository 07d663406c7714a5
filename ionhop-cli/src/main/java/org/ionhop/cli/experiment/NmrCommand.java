package org.ionhop.cli.experiment;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ionhop nmr}: NMR relaxometry (BPP) and PFG-NMR diffusion (placeholder; issue 7 builds it). */
@Command(name = "nmr", mixinStandardHelpOptions = true, description = "NMR relaxometry (BPP) and PFG-NMR diffusion")
public final class NmrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ionhop nmr: this command arrives with issue 7");
        return 1;
    }
}
