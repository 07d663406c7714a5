package org.ionhop.cli;

import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ionhop} command. */
public final class Main {
    private Main() {
    }

    /** Runs ionhop and exits with its code: 0 success, 2 bad input, 1 anything else. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
    }

    /** Runs ionhop without exiting, for tests. */
    public static int run(String... args) {
        return newCommandLine(Arrays.asList(args).contains("--debug"), args).execute(args);
    }

    /** The configured command line with every subcommand (shared by {@link #run} and tests that capture output). */
    public static CommandLine newCommandLine(boolean debug) {
        return newCommandLine(debug, new String[0]);
    }

    /**
     * The configured command line for these arguments: with only the subcommand they name, or with all of them when
     * they name none (help, version, a typing error). Picocli's model of the options of all subcommands takes longer
     * to build than a short command takes to run (issue 18), and a run needs only its own.
     */
    public static CommandLine newCommandLine(boolean debug, String[] args) {
        CommandLine cl = new CommandLine(new IonhopCommand());
        Class<?> named = named(args);
        for (Class<?> c : IonhopCommand.SUBCOMMANDS) {
            if (named == null || c == named) {
                cl.addSubcommand(c);
            }
        }
        cl.setExecutionExceptionHandler(new ErrorHandler(debug));
        cl.setParameterExceptionHandler(ErrorHandler::parameterError);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** The subcommand named by the first argument that is not an option, or null. */
    private static Class<?> named(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                for (Class<?> c : IonhopCommand.SUBCOMMANDS) {
                    if (a.equals(c.getAnnotation(Command.class).name())) {
                        return c;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
