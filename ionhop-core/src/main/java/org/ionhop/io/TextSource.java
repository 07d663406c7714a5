package org.ionhop.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A streaming, line-numbered text reader for input files. Gzip is detected from the magic bytes,
 * not the name, so {@code XDATCAR.gz} and a renamed gzip file both work. Binary files (a NUL byte
 * in the first 8 kB) and missing files become {@link InputFormatException}s that name the file.
 *
 * <p>Readers use {@link #nextLine()} and {@link #error(String)} so that every message carries
 * the current line number.
 */
public final class TextSource implements Closeable {
    private static final int SNIFF_BYTES = 8192;

    private final String name;
    private final BufferedReader reader;
    private long lineNumber;

    private TextSource(String name, BufferedReader reader) {
        this.name = name;
        this.reader = reader;
    }

    /**
     * Opens a file for line reading.
     *
     * @throws InputFormatException if the file is missing, unreadable, or binary
     */
    public static TextSource open(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new InputFormatException(name, 0, "file not found");
        }
        if (Files.isDirectory(path)) {
            throw new InputFormatException(name, 0, "expected a file, found a directory");
        }
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            return fromStream(name, raw);
        } catch (NoSuchFileException e) {
            throw new InputFormatException(name, 0, "file not found");
        } catch (IOException e) {
            throw new InputFormatException(name, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Wraps a stream (gzip detected), for tests and resources. */
    public static TextSource fromStream(String name, InputStream in) throws IOException {
        InputStream raw = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
        raw.mark(4);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        InputStream data = (b1 == 0x1f && b2 == 0x8b)
                ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16)
                : raw;
        data.mark(SNIFF_BYTES + 1);
        byte[] head = data.readNBytes(SNIFF_BYTES);
        data.reset();
        for (byte b : head) {
            if (b == 0) {
                data.close();
                throw new InputFormatException(name, 0, "expected a text file, found binary data");
            }
        }
        return new TextSource(name, new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Wraps an in-memory string, for tests. */
    public static TextSource fromString(String name, String text) {
        return new TextSource(name, new BufferedReader(new java.io.StringReader(text)));
    }

    /** The next line without its terminator, or {@code null} at the end of the input. */
    public String nextLine() {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new InputFormatException(name, lineNumber + 1, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The next line, which must exist; otherwise an error saying what was expected. */
    public String requireLine(String expected) {
        String line = nextLine();
        if (line == null) {
            throw new InputFormatException(name, lineNumber + 1, "unexpected end of file; expected " + expected);
        }
        return line;
    }

    /** 1-based number of the line last returned (0 before the first). */
    public long lineNumber() {
        return lineNumber;
    }

    /** The source's name (its path), for messages. */
    public String name() {
        return name;
    }

    /** An error at the current line. */
    public InputFormatException error(String expected) {
        return new InputFormatException(name, lineNumber, expected);
    }

    /**
     * Parses a finite double at the current line, or throws an error naming the token and what it should be.
     * Java's own syntax is narrowed to what data files mean by a number: "NaN", "Infinity", an overflow such as
     * 1e999, hexadecimal floats and the type suffixes d/f (Double.parseDouble takes "1.5d" as 1.5) are rejected.
     */
    public double parseDouble(String token, String what) {
        String t = token == null ? "" : token.strip();
        if (!t.isEmpty() && "dDfFxXpP".indexOf(t.charAt(t.length() - 1)) >= 0 || t.contains("x") || t.contains("X")) {
            throw error("expected " + what + " (a number), found '" + token + "'");
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error("expected " + what + " (a number), found '" + token + "'");
        }
        if (!Double.isFinite(v)) {
            throw error("expected " + what + " (a finite number), found '" + token + "'");
        }
        return v;
    }

    /** Parses an int at the current line, or throws an error naming the token and what it should be. */
    public int parseInt(String token, String what) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw error("expected " + what + " (a whole number), found '" + token + "'");
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
