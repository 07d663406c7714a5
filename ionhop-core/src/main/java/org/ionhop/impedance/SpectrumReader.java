package org.ionhop.impedance;

import java.nio.file.Path;
import java.util.Locale;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;

/**
 * Reads an impedance spectrum, choosing the format from the first line: BioLogic EC-Lab {@code .mpt}
 * ("EC-Lab ASCII FILE"), Gamry Framework {@code .DTA} ("EXPLAIN"), Scribner ZPlot/ZView {@code .z}
 * ("ZPLOT2 ASCII"), otherwise a generic text table (CSV, tab- or whitespace-separated, with or without header
 * lines; the NEISYS exports of the reference data are of this kind). Files are streamed through
 * {@link TextSource}; bad input is an {@link InputFormatException} with the line number.
 *
 * <p>A temperature stated in a header line or in the file name ("s04147-140deg.txt") is attached to the
 * spectrum (see {@link TemperatureHint}); otherwise it is NaN.
 */
public final class SpectrumReader {
    private SpectrumReader() {
    }

    /** Reads a file with the default column mapping for generic tables. */
    public static Spectrum read(Path path) {
        return read(path, ColumnMapping.DEFAULT);
    }

    /** Reads a file; {@code mapping} applies to generic tables only (the instrument formats name their columns). */
    public static Spectrum read(Path path, ColumnMapping mapping) {
        try (TextSource src = TextSource.open(path)) {
            Spectrum s = read(src, mapping);
            if (Double.isNaN(s.temperatureK())) {
                double t = TemperatureHint.find(String.valueOf(path.getFileName()));
                if (!Double.isNaN(t)) {
                    s = s.withTemperature(t);
                }
            }
            return s;
        }
    }

    /** Reads from an open source (for tests and streams). */
    public static Spectrum read(TextSource src, ColumnMapping mapping) {
        String first = src.nextLine();
        if (first == null) {
            throw new InputFormatException(src.name(), 1, "expected an impedance spectrum, found an empty file");
        }
        String head = first.strip().toUpperCase(Locale.ROOT);
        Spectrum s;
        if (head.startsWith("EC-LAB ASCII FILE")) {
            s = BioLogicReader.read(src);
        } else if (head.startsWith("EXPLAIN")) {
            s = GamryReader.read(src);
        } else if (head.startsWith("ZPLOT2 ASCII")) {
            s = ZPlotReader.read(src);
        } else {
            s = GenericTableReader.read(src, first, mapping);
        }
        if (s.size() < 3) {
            throw new InputFormatException(src.name(), src.lineNumber(),
                    "expected at least 3 impedance points, found " + s.size());
        }
        return s;
    }

    /** Checks a frequency read at the current line. */
    static double frequency(TextSource src, String token) {
        double f = Tokens.number(src, token, "frequency in Hz");
        if (!(f > 0) || !Double.isFinite(f)) {
            throw src.error("expected a positive frequency in Hz, found '" + token + "'");
        }
        return f;
    }

    /** Parses an impedance component at the current line. */
    static double ohm(TextSource src, String token, String what) {
        double v = Tokens.number(src, token, what);
        if (!Double.isFinite(v)) {
            throw src.error("expected a finite " + what + ", found '" + token + "'");
        }
        return v;
    }
}
