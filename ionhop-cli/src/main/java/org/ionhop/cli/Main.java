package org.ionhop.cli;

import java.util.Arrays;

import picocli.CommandLine;

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
        return newCommandLine(Arrays.asList(args).contains("--debug")).execute(args);
    }

    /** The configured command line (shared by {@link #run} and tests that capture output). */
    public static CommandLine newCommandLine(boolean debug) {
        CommandLine cl = new CommandLine(new IonhopCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler(debug));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
