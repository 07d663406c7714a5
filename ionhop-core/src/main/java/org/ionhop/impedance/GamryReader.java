package org.ionhop.impedance;

import java.util.Locale;

import org.ionhop.io.TextSource;

/**
 * Gamry Framework {@code EXPLAIN} files ({@code .DTA}): key-value header lines, then the EIS table after the
 * line {@code ZCURVE<TAB>TABLE}, followed by a column-name line and a units line; data rows start with a tab.
 * Columns {@code Freq}, {@code Zreal}, {@code Zimag} (signed). Decimal commas (European locales) are accepted.
 * A run stopped by the user ends with {@code EXPERIMENTABORTED}: the points measured before it are kept.
 * A header {@code TEMP} or {@code Temperature} entry, if present, gives the temperature (°C).
 */
final class GamryReader {
    private GamryReader() {
    }

    static Spectrum read(TextSource src) {
        double temperature = Double.NaN;
        String line;
        while (true) {
            line = src.nextLine();
            if (line == null) {
                throw src.error("expected a 'ZCURVE' table (Gamry EIS data), found end of file");
            }
            String[] tok = line.split("\t");
            if (tok.length == 0) {
                continue;
            }
            String key = tok[0].strip().toUpperCase(Locale.ROOT);
            if (key.equals("ZCURVE")) {
                break;
            }
            if ((key.equals("TEMP") || key.equals("TEMPERATURE")) && tok.length >= 3 && Tokens.isNumber(tok[2])) {
                temperature = org.ionhop.units.Units.celsiusToKelvin(Tokens.number(src, tok[2], "temperature"));
            }
        }
        String[] names = src.requireLine("the ZCURVE column names").split("\t");
        src.requireLine("the ZCURVE units line");
        int fc = Tokens.column(names, "Freq");
        int rc = Tokens.column(names, "Zreal");
        int ic = Tokens.column(names, "Zimag");
        if (fc < 0 || rc < 0 || ic < 0) {
            throw src.error("expected ZCURVE columns Freq, Zreal and Zimag");
        }
        int need = Math.max(fc, Math.max(rc, ic));
        SpectrumBuilder b = new SpectrumBuilder();
        for (line = src.nextLine(); line != null; line = src.nextLine()) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith("\t") && !line.startsWith(" ")) {
                break; // EXPERIMENTABORTED or the next table: the EIS data end here
            }
            String[] tok = line.split("\t");
            if (tok.length <= need) {
                throw src.error("expected at least " + (need + 1) + " tab-separated ZCURVE columns, found "
                        + tok.length);
            }
            b.add(SpectrumReader.frequency(src, tok[fc]), SpectrumReader.ohm(src, tok[rc], "Zreal in Ohm"),
                    SpectrumReader.ohm(src, tok[ic], "Zimag in Ohm"));
        }
        return b.build(src.name(), temperature);
    }
}
