package org.ionhop.impedance;

import org.ionhop.io.TextSource;

/**
 * BioLogic EC-Lab ASCII export ({@code .mpt}): line 2 is {@code Nb header lines : N}, line N holds the
 * tab-separated column names, data follow. Columns {@code freq/Hz}, {@code Re(Z)/Ohm}, {@code -Im(Z)/Ohm}
 * (the file stores -Im Z; the sign is flipped here). Files are latin-1; only ASCII column names are matched,
 * so the 0xB5 of "µF" does not matter. Decimal commas are accepted.
 */
final class BioLogicReader {
    private BioLogicReader() {
    }

    static Spectrum read(TextSource src) {
        String second = src.requireLine("'Nb header lines : N'");
        int colon = second.indexOf(':');
        if (!second.toLowerCase(java.util.Locale.ROOT).startsWith("nb header lines") || colon < 0) {
            throw src.error("expected 'Nb header lines : N', found '" + second.strip() + "'");
        }
        int headerLines = src.parseInt(second.substring(colon + 1).strip(), "number of header lines");
        if (headerLines < 3) {
            throw src.error("expected at least 3 header lines, found " + headerLines);
        }
        double temperature = Double.NaN;
        String names = null;
        while (src.lineNumber() < headerLines) {
            names = src.requireLine("header line " + headerLines + " (column names)");
            if (Double.isNaN(temperature) && src.lineNumber() < headerLines) {
                temperature = TemperatureHint.find(names);
            }
        }
        String[] cols = names.split("\t");
        int fc = Tokens.column(cols, "freq/Hz");
        int rc = Tokens.column(cols, "Re(Z)/Ohm");
        int ic = Tokens.column(cols, "-Im(Z)/Ohm");
        if (fc < 0 || rc < 0 || ic < 0) {
            throw src.error("expected columns freq/Hz, Re(Z)/Ohm and -Im(Z)/Ohm, found '" + names.strip() + "'");
        }
        int need = Math.max(fc, Math.max(rc, ic));
        SpectrumBuilder b = new SpectrumBuilder();
        for (String line = src.nextLine(); line != null; line = src.nextLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] tok = line.split("\t");
            if (tok.length <= need) {
                throw src.error("expected at least " + (need + 1) + " tab-separated columns, found " + tok.length);
            }
            b.add(SpectrumReader.frequency(src, tok[fc]), SpectrumReader.ohm(src, tok[rc], "Re(Z) in Ohm"),
                    -SpectrumReader.ohm(src, tok[ic], "-Im(Z) in Ohm"));
        }
        return b.build(src.name(), temperature);
    }
}
