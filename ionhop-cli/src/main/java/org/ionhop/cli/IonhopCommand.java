package org.ionhop.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import org.ionhop.cli.daemon.DaemonCommand;
import org.ionhop.cli.disorder.DisorderCommand;
import org.ionhop.cli.experiment.EisCommand;
import org.ionhop.cli.experiment.NmrCommand;
import org.ionhop.cli.kmc.KmcCommand;
import org.ionhop.cli.landscape.BvseCommand;
import org.ionhop.cli.md.MdCommand;
import org.ionhop.cli.mesoscale.CompositeCommand;
import org.ionhop.cli.neb.NebCommand;
import org.ionhop.cli.report.ReportCommand;
import org.ionhop.cli.screen.ScreenCommand;
import org.ionhop.cli.serve.ServeCommand;
import org.ionhop.cli.structure.InfoCommand;
import org.ionhop.cli.theory.DefectsCommand;
import org.ionhop.cli.theory.TransportCommand;

/** The top-level {@code ionhop} command; the work is done by its subcommands. */
@Command(name = "ionhop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"How fast ions move through a solid electrolyte, why, and what would make them faster.",
                "",
                "Internal units: eV, Å, ps, K, e, amu; outputs report D in cm²/s and sigma in S/cm."},
        footer = {"", "Exit codes: 0 success, 2 bad input (one message naming file and line), 1 other errors.",
                "Add --debug to any command to see stack traces."})
public final class IonhopCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. They are not in the {@code @Command} annotation because picocli
     * would build the option model of every one of them on each start; {@link Main} adds only the one that is run
     * (all of them for help or an unknown name).
     */
    public static final List<Class<?>> SUBCOMMANDS = List.of(InfoCommand.class, ReportCommand.class,
            BvseCommand.class, KmcCommand.class, MdCommand.class, DefectsCommand.class, TransportCommand.class,
            EisCommand.class, NmrCommand.class, NebCommand.class, CompositeCommand.class, ScreenCommand.class,
            ServeCommand.class, DisorderCommand.class, DaemonCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
