package org.ionhop.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

import picocli.CommandLine;

/** Runs the ionhop command line in-process and captures exit code, standard output and standard error. */
public record CliRun(int exitCode, String out, String err) {
    /** Runs {@code ionhop args...}. */
    public static CliRun of(String... args) {
        CommandLine cl = Main.newCommandLine(Arrays.asList(args).contains("--debug"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
