package org.ionhop.cli.experiment;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ionhop nmr}: NMR relaxometry (BPP), PFG-NMR diffusion, Haven ratio and lineshapes, as subcommands. */
@Command(name = "nmr", mixinStandardHelpOptions = true,
        description = {"NMR of mobile ions: relaxation rates (BPP), PFG-NMR diffusion, Haven ratio, lineshapes.",
                "Inputs are text tables (see docs/nmr.md); settings may also stand in the file as '# key = value'."},
        subcommands = {NmrT1Command.class, NmrPfgCommand.class, NmrHavenCommand.class, NmrLineshapeCommand.class,
                NmrExchangeCommand.class})
public final class NmrCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
