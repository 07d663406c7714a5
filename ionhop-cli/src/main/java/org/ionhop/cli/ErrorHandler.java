package org.ionhop.cli;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.NumericalFailureException;

/**
 * Turns exceptions into one line on stderr and an exit code: 2 for bad input ({@link InputFormatException},
 * {@link InvalidSettingException} and other {@link IllegalArgumentException}s from checking user-supplied values),
 * 1 for a numerical failure on valid input ({@link NumericalFailureException}) and anything else. Stack traces only
 * with --debug. A bad setting is named by the flag that sets it (see {@link #flagOf}).
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
        if (ex instanceof InvalidSettingException bad) {
            err.println("ionhop: " + flagOf(cl, bad.setting()) + ": " + oneLine(bad.problem()));
            code = BAD_INPUT;
        } else if (ex instanceof NumericalFailureException failed) {
            err.println("ionhop: numerical failure: " + oneLine(failed.getMessage()));
            code = FAILURE;
        } else if (ex instanceof InputFormatException || ex instanceof IllegalArgumentException) {
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
     * A parse error (unknown option, a value of the wrong type): one line with picocli's message, its suggestions and
     * where the usage is, instead of the whole usage text; exit code 2.
     */
    static int parameterError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        List<String> suggestions = ex instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
        err.println("ionhop: " + oneLine(ex.getMessage())
                + (suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)")
                + "; see '" + cl.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return BAD_INPUT;
    }

    /**
     * The command-line spelling of a settings-record component: the option of the failing command whose
     * {@code descriptionKey} or field name is the setting's name ({@code vacancies} -> {@code --vacancies}); the
     * setting's own name if no option matches (a value from an input file, say).
     */
    static String flagOf(CommandLine cl, String setting) {
        for (OptionSpec o : cl.getCommandSpec().options()) {
            Object field = o.userObject();
            String fieldName = field instanceof Field f ? f.getName() : "";
            if (setting.equals(o.descriptionKey()) || setting.equals(fieldName)) {
                return o.longestName();
            }
        }
        return setting;
    }

    /**
     * The promise is one line per error: messages from libraries (a parser's caret diagram, a solver's report) may
     * span several, so line breaks and the indentation after them become single spaces.
     */
    static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
