package org.ionhop.cli.experiment;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ionhop eis}: Impedance spectra: equivalent-circuit fits, Kramers-Kronig, DRT, Arrhenius (placeholder; issue 7 builds it). */
@Command(name = "eis", mixinStandardHelpOptions = true, description = "Impedance spectra: equivalent-circuit fits, Kramers-Kronig, DRT, Arrhenius")
public final class EisCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ionhop eis: this command arrives with issue 7");
        return 1;
    }
}
