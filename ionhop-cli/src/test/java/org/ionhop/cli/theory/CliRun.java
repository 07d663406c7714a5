package org.ionhop.cli.theory;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

import org.ionhop.cli.Main;

/** Runs the ionhop command line in-process and captures exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = Main.newCommandLine(false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
