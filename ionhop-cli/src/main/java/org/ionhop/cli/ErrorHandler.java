package org.ionhop.cli;

import java.io.PrintWriter;

import org.ionhop.io.InputFormatException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one line on stderr and an exit code: 2 for bad input ({@link InputFormatException},
 * {@link IllegalArgumentException} from checking user-supplied values), 1 otherwise. Stack traces only with --debug.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    private final boolean debug;

    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        if (ex instanceof InputFormatException || ex instanceof IllegalArgumentException) {
            err.println("ionhop: " + oneLine(ex.getMessage()));
            code = BAD_INPUT;
        } else if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            err.println("ionhop: I/O error: " + oneLine(ex.getMessage()));
            code = FAILURE;
        } else {
            err.println("ionhop: internal error: " + oneLine(ex.toString())
                    + (debug ? "" : " (rerun with --debug for details)"));
            code = FAILURE;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * The promise is one line per error: messages from libraries (a parser's caret diagram, a solver's report) may
     * span several, so line breaks and the indentation after them become single spaces.
     */
    static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
