package org.ionhop.impedance;

import org.ionhop.io.TextSource;

/**
 * Scribner ZPlot/ZView ASCII files ({@code .z}, first line {@code ZPLOT2 ASCII}): a header that ends with the
 * line {@code End Comments}, then tab- (or comma-) separated rows with f in column 0, Z' in column 4 and Z''
 * (signed) in column 5.
 */
final class ZPlotReader {
    private static final int F = 0;
    private static final int RE = 4;
    private static final int IM = 5;

    private ZPlotReader() {
    }

    static Spectrum read(TextSource src) {
        double temperature = Double.NaN;
        while (true) {
            String line = src.requireLine("'End Comments' (end of the ZPlot header)");
            if (line.strip().equalsIgnoreCase("End Comments")) {
                break;
            }
            if (Double.isNaN(temperature) && line.toLowerCase(java.util.Locale.ROOT).contains("temp")) {
                temperature = TemperatureHint.find(line);
            }
        }
        SpectrumBuilder b = new SpectrumBuilder();
        for (String line = src.nextLine(); line != null; line = src.nextLine()) {
            String[] tok = Tokens.split(line);
            if (tok.length == 0) {
                continue;
            }
            if (tok.length <= IM) {
                throw src.error("expected at least 6 columns (f, ..., Z', Z''), found " + tok.length);
            }
            b.add(SpectrumReader.frequency(src, tok[F]), SpectrumReader.ohm(src, tok[RE], "Z' in Ohm"),
                    SpectrumReader.ohm(src, tok[IM], "Z'' in Ohm"));
        }
        return b.build(src.name(), temperature);
    }
}
