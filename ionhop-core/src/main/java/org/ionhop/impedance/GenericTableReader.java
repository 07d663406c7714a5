package org.ionhop.impedance;

import org.ionhop.io.TextSource;

/**
 * Generic text tables: any number of header lines (lines whose needed columns are not all numbers), then rows
 * of numbers separated by commas, tabs, semicolons or whitespace. Columns are chosen by a {@link ColumnMapping}.
 * When the mapping leaves the sign of Z'' open, a header name of the imaginary column that starts with '-'
 * ("-Im(Z)/Ohm", "-Z''") means the file holds -Z''. A temperature in a header line is kept.
 */
final class GenericTableReader {
    private GenericTableReader() {
    }

    static Spectrum read(TextSource src, String firstLine, ColumnMapping map) {
        SpectrumBuilder b = new SpectrumBuilder();
        String lastHeader = null;
        double temperature = Double.NaN;
        boolean dataStarted = false;
        double sign = map.imagNegated() != null && map.imagNegated() ? -1 : 1;
        boolean signFixed = map.imagNegated() != null;
        for (String line = firstLine; line != null; line = src.nextLine()) {
            String[] tok = Tokens.split(line);
            if (tok.length == 0) {
                continue;
            }
            if (line.strip().startsWith("#")) {
                if (Double.isNaN(temperature)) {
                    temperature = TemperatureHint.find(line);
                }
                continue;
            }
            if (!dataStarted && !numericRow(tok, map)) {
                lastHeader = line;
                if (Double.isNaN(temperature)) {
                    temperature = TemperatureHint.find(line);
                }
                continue;
            }
            if (!dataStarted) {
                dataStarted = true;
                if (!signFixed && lastHeader != null) {
                    String[] names = Tokens.split(lastHeader);
                    if (names.length > map.imagColumn() && names[map.imagColumn()].strip().startsWith("-")) {
                        sign = -1;
                    }
                }
            }
            if (tok.length <= map.maxColumn()) {
                throw src.error("expected at least " + (map.maxColumn() + 1) + " columns (f, Z', Z''), found "
                        + tok.length);
            }
            double f = SpectrumReader.frequency(src, tok[map.frequencyColumn()]);
            double re = SpectrumReader.ohm(src, tok[map.realColumn()], "Z' in Ohm");
            double im = SpectrumReader.ohm(src, tok[map.imagColumn()], "Z'' in Ohm");
            b.add(f, re, sign * im);
        }
        if (!dataStarted) {
            throw src.error("expected rows of numbers (f, Z', Z''), found none");
        }
        return b.build(src.name(), temperature);
    }

    private static boolean numericRow(String[] tok, ColumnMapping map) {
        if (tok.length <= map.maxColumn()) {
            return false;
        }
        return Tokens.isNumber(tok[map.frequencyColumn()]) && Tokens.isNumber(tok[map.realColumn()])
                && Tokens.isNumber(tok[map.imagColumn()]);
    }
}
