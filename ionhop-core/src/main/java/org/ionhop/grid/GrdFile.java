package org.ionhop.grid;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;
import org.ionhop.structure.Lattice;

/**
 * VESTA general grid files ({@code .grd}): line 1 a title, line 2 a b c alpha beta gamma (Å, degrees), line 3
 * na nb nc, then the values with the a index slowest and c fastest, one a line, the layout written by ccnb/cavd and
 * BVlain (point (i, j, k) at fractional (i/na, j/nb, k/nc)).
 */
public final class GrdFile {
    private GrdFile() {
    }

    /** Writes the grid with six decimals per value; the stream is flushed, not closed. */
    public static void write(PeriodicGrid g, String title, OutputStream os) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.US_ASCII);
        Lattice lat = g.lattice();
        w.write(title.replace('\n', ' ') + "\n");
        w.write(String.format(Locale.ROOT, "%.6f %.6f %.6f %.6f %.6f %.6f%n", lat.a(), lat.b(), lat.c(), lat.alpha(),
                lat.beta(), lat.gamma()));
        w.write(g.na() + " " + g.nb() + " " + g.nc() + "\n");
        StringBuilder sb = new StringBuilder(1 << 16);
        for (double v : g.values()) {
            appendFixed6(sb, v);
            sb.append('\n');
            if (sb.length() > 60_000) {
                w.append(sb);
                sb.setLength(0);
            }
        }
        w.append(sb);
        w.flush();
    }

    /**
     * Appends a value with six decimals, by integer arithmetic: Double.toString or String.format would dominate the
     * time of writing millions of values. Values beyond 1e9 in magnitude fall back to Double.toString.
     */
    static void appendFixed6(StringBuilder sb, double v) {
        if (!(Math.abs(v) < 1e9)) {
            sb.append(v);
            return;
        }
        long micro = Math.round(v * 1e6);
        if (micro < 0) {
            sb.append('-');
            micro = -micro;
        }
        sb.append(micro / 1_000_000).append('.');
        long frac = micro % 1_000_000;
        for (long d = 100_000; d > 0; d /= 10) {
            sb.append((char) ('0' + frac / d % 10));
        }
    }

    /**
     * Reads a {@code .grd} file as written above (and by ccnb/cavd). Bad input is an {@link InputFormatException}
     * naming the line.
     */
    public static PeriodicGrid read(Path file) {
        try (TextSource src = TextSource.open(file)) {
            src.requireLine("a title line");
            String cellLine = src.requireLine("cell parameters a b c alpha beta gamma");
            String[] p = cellLine.trim().split("\\s+");
            if (p.length < 6) {
                throw src.error("expected six cell parameters, found \"" + cellLine.trim() + "\"");
            }
            double[] c = new double[6];
            for (int i = 0; i < 6; i++) {
                c[i] = src.parseDouble(p[i], "cell parameter");
            }
            String dimLine = src.requireLine("grid dimensions na nb nc");
            String[] d = dimLine.trim().split("\\s+");
            if (d.length < 3) {
                throw src.error("expected three grid dimensions, found \"" + dimLine.trim() + "\"");
            }
            int[] n = new int[3];
            for (int i = 0; i < 3; i++) {
                n[i] = parseDimension(src, d[i]);
            }
            double[] values = new double[n[0] * n[1] * n[2]];
            int t = readValues(src, values);
            if (t < values.length) {
                throw new InputFormatException(file.toString(), 0, "expected " + values.length + " grid values, found " + t);
            }
            Lattice lat = Lattice.fromParameters(c[0], c[1], c[2], c[3], c[4], c[5]);
            return new PeriodicGrid(lat, n[0], n[1], n[2], values);
        }
    }

    /** A grid dimension between 1 and 4000. */
    static int parseDimension(TextSource src, String token) {
        int n;
        try {
            n = Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw src.error("expected an integer grid dimension, found \"" + token + "\"");
        }
        if (n < 1 || n > 4000) {
            throw src.error("expected a grid dimension between 1 and 4000, found " + n);
        }
        return n;
    }

    /** Reads whitespace-separated values to the end of the source or until {@code values} is full; returns the count. */
    static int readValues(TextSource src, double[] values) {
        int t = 0;
        String line;
        while ((line = src.nextLine()) != null && t < values.length) {
            for (String tok : line.trim().split("\\s+")) {
                if (tok.isEmpty()) {
                    continue;
                }
                if (t == values.length) {
                    throw src.error("expected " + values.length + " values, found more");
                }
                values[t++] = src.parseDouble(tok, "grid value");
            }
        }
        return t;
    }
}
