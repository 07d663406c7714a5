package org.ionhop.cli.disorder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ionhop disorder}: variants of a structure, their orderings, ensembles and electrostatic energies. */
@Command(name = "disorder", mixinStandardHelpOptions = true,
        subcommands = {DisorderVariantCommand.class, DisorderEwaldCommand.class},
        description = {"Disorder by design: make variants of a structure (supercell, substitution with charge "
                + "compensation, anion exchange, vacancies, fractional occupancies), order them (random, low Ewald "
                + "energy, symmetry-distinct count), screen the ensemble and measure its frustration.",
            "Subcommands: variant, ewald."})
public final class DisorderCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
