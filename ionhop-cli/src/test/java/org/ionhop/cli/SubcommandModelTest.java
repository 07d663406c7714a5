package org.ionhop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@link Main#newCommandLine(boolean, String[])} builds only the subcommand the arguments name; that command must
 * come out exactly as in the full command line (same options, inherited {@code --debug} included, same nested
 * subcommands), and arguments naming none must give all of them.
 */
class SubcommandModelTest {
    /** Options (with their arity) of a command and, recursively, of its subcommands. */
    private static Map<String, List<String>> shape(CommandSpec spec, String prefix, Map<String, List<String>> out) {
        out.put(prefix, spec.options().stream().map(OptionSpec::longestName).sorted().toList());
        spec.subcommands().forEach((name, sub) -> shape(sub.getCommandSpec(), prefix + " " + name, out));
        return out;
    }

    @org.junit.jupiter.api.Test
    void eachSubcommandAloneHasTheSameModelAsInTheFullCommandLine() {
        CommandLine full = Main.newCommandLine(false);
        assertThat(full.getSubcommands()).hasSize(IonhopCommand.SUBCOMMANDS.size());
        for (String name : full.getSubcommands().keySet()) {
            CommandLine alone = Main.newCommandLine(false, new String[] {"--debug", name, "--json"});
            assertThat(alone.getSubcommands().keySet()).containsExactly(name);
            Map<String, List<String>> expected = shape(full.getSubcommands().get(name).getCommandSpec(), name,
                    new TreeMap<>());
            Map<String, List<String>> actual = shape(alone.getSubcommands().get(name).getCommandSpec(), name,
                    new TreeMap<>());
            assertThat(actual).as(name).isEqualTo(expected);
            assertThat(actual.get(name)).contains("--debug");
        }
    }

    @org.junit.jupiter.api.Test
    void argumentsNamingNoSubcommandGiveAllOfThem() {
        for (String[] args : new String[][] {{}, {"--help"}, {"infoo", "x.cif"}, {"--debug"}}) {
            assertThat(Main.newCommandLine(false, args).getSubcommands()).hasSize(IonhopCommand.SUBCOMMANDS.size());
        }
    }
}
