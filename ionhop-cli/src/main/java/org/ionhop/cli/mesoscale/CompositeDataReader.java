package org.ionhop.cli.mesoscale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.io.InputFormatException;
import org.ionhop.mesoscale.CompositeData;

/**
 * Reads measured sigma(fraction) for {@code --fit}: one point per line, columns fraction, sigma (S/cm) and optionally
 * its standard error (S/cm), separated by commas, semicolons, tabs or spaces. Lines starting with '#' and one header
 * line before the first number are skipped.
 */
final class CompositeDataReader {
    private CompositeDataReader() {
    }

    static CompositeData read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new InputFormatException(file, 0, "expected an existing file, found none");
        } catch (IOException e) {
            throw new InputFormatException(file, 0, "expected a readable text file: " + e.getMessage());
        }
        List<double[]> rows = new ArrayList<>();
        int columns = -1;
        boolean headerAllowed = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tok = line.split("[,;\\s]+");
            double[] v = new double[tok.length];
            boolean numeric = true;
            for (int k = 0; k < tok.length; k++) {
                try {
                    v[k] = Double.parseDouble(tok[k]);
                } catch (NumberFormatException e) {
                    numeric = false;
                    break;
                }
            }
            if (!numeric) {
                if (headerAllowed) {
                    headerAllowed = false;
                    continue;
                }
                throw new InputFormatException(file, i + 1, "expected numbers: fraction, sigma (S/cm) [, error], "
                        + "found '" + line + "'");
            }
            headerAllowed = false;
            if (tok.length < 2 || tok.length > 3 || (columns > 0 && tok.length != columns)) {
                throw new InputFormatException(file, i + 1, "expected " + (columns > 0 ? columns : "2 or 3")
                        + " columns (fraction, sigma [, error]), found " + tok.length);
            }
            columns = tok.length;
            if (!(v[0] >= 0 && v[0] <= 1) || !(v[1] > 0) || (tok.length == 3 && !(v[2] > 0))) {
                throw new InputFormatException(file, i + 1, "expected a fraction in [0, 1], sigma > 0 and error > 0,"
                        + " found '" + line + "'");
            }
            rows.add(v);
        }
        if (rows.size() < 3) {
            throw new InputFormatException(file, lines.size(), "expected at least 3 points to fit the shell's 2 "
                    + "parameters, found " + rows.size());
        }
        double[] f = new double[rows.size()];
        double[] s = new double[rows.size()];
        double[] e = columns == 3 ? new double[rows.size()] : null;
        for (int i = 0; i < rows.size(); i++) {
            f[i] = rows.get(i)[0];
            s[i] = rows.get(i)[1];
            if (e != null) {
                e[i] = rows.get(i)[2];
            }
        }
        return new CompositeData(f, s, e);
    }
}
