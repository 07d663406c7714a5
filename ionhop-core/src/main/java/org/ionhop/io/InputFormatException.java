package org.ionhop.io;

import java.nio.file.Path;

/**
 * Bad input: a file that cannot be read as the format it claims to be. Carries the file, the
 * 1-based line (0 when the problem is not tied to a line) and what was expected, so that the
 * command line can print one clear sentence and exit with code 2.
 */
public class InputFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String expected;

    /**
     * @param file     the file (or another source name) that was read
     * @param line     1-based line number, or 0 if not tied to one line
     * @param expected what the reader expected to find, and what it found, as one phrase
     */
    public InputFormatException(String file, long line, String expected) {
        super(format(file, line, expected));
        this.file = file;
        this.line = line;
        this.expected = expected;
    }

    /** Same as {@link #InputFormatException(String, long, String)} with the underlying cause kept. */
    public InputFormatException(String file, long line, String expected, Throwable cause) {
        super(format(file, line, expected), cause);
        this.file = file;
        this.line = line;
        this.expected = expected;
    }

    /** Convenience constructor from a path. */
    public InputFormatException(Path file, long line, String expected) {
        this(String.valueOf(file), line, expected);
    }

    private static String format(String file, long line, String expected) {
        return line > 0 ? file + ", line " + line + ": " + expected : file + ": " + expected;
    }

    /** The file that was read. */
    public String file() {
        return file;
    }

    /** 1-based line, 0 if not tied to a line. */
    public long line() {
        return line;
    }

    /** What was expected (and found). */
    public String expected() {
        return expected;
    }
}
