package org.ionhop.landscape;

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
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * Volumetric files of a landscape.
 * <ul>
 *   <li>Gaussian cube: lengths in bohr (0.529177210903 Å, CODATA 2018), the atoms of the structure, values
 *       with the a index slowest and c fastest, six per line, each c-row starting a new line.</li>
 *   <li>VESTA general grid ({@code .grd}): line 1 a title, line 2 a b c alpha beta gamma (Å, degrees),
 *       line 3 na nb nc, then the values with the a index slowest and c fastest, the layout written by
 *       ccnb/cavd and BVlain (point (i, j, k) at fractional (i/na, j/nb, k/nc)).</li>
 * </ul>
 * Energies are written as they are passed (the CLI writes them relative to the minimum, in eV).
 */
public final class GridFiles {
    /** Bohr radius in Å (CODATA 2018). */
    public static final double BOHR_A = 0.529177210903;

    private GridFiles() {
    }

    /** Writes a Gaussian cube file; {@code shiftEv} is subtracted from every value. */
    public static void writeCube(EnergyGrid g, Structure s, double shiftEv, String title, OutputStream os)
            throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.US_ASCII);
        Lattice lat = g.lattice();
        w.write(title.replace('\n', ' ') + "\n");
        w.write("BVSE energy in eV relative to the minimum; a slowest, c fastest\n");
        w.write(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f%n", s.numSites(), 0.0, 0.0, 0.0));
        int[] n = {g.na(), g.nb(), g.nc()};
        for (int d = 0; d < 3; d++) {
            double[] v = lat.vector(d);
            w.write(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f%n", n[d], v[0] / n[d] / BOHR_A,
                    v[1] / n[d] / BOHR_A, v[2] / n[d] / BOHR_A));
        }
        double[] xyz = s.cartesianCoordinates();
        for (int a = 0; a < s.numSites(); a++) {
            Site site = s.sites().get(a);
            w.write(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f %12.6f%n", site.element().atomicNumber(),
                    0.0, xyz[3 * a] / BOHR_A, xyz[3 * a + 1] / BOHR_A, xyz[3 * a + 2] / BOHR_A));
        }
        StringBuilder line = new StringBuilder(128);
        double[] vals = g.values();
        for (int row = 0; row < g.na() * g.nb(); row++) {
            for (int k = 0; k < g.nc(); k++) {
                line.append(' ').append(format(vals[row * g.nc() + k] - shiftEv));
                if (k % 6 == 5 || k == g.nc() - 1) {
                    line.append('\n');
                    w.write(line.toString());
                    line.setLength(0);
                }
            }
        }
        w.flush();
    }

    /** Writes a VESTA .grd file; {@code shiftEv} is subtracted from every value. */
    public static void writeGrd(EnergyGrid g, double shiftEv, String title, OutputStream os) throws IOException {
        Writer w = new OutputStreamWriter(os, StandardCharsets.US_ASCII);
        Lattice lat = g.lattice();
        w.write(title.replace('\n', ' ') + "\n");
        w.write(String.format(Locale.ROOT, "%.6f %.6f %.6f %.6f %.6f %.6f%n", lat.a(), lat.b(), lat.c(), lat.alpha(),
                lat.beta(), lat.gamma()));
        w.write(g.na() + " " + g.nb() + " " + g.nc() + "\n");
        StringBuilder sb = new StringBuilder(64);
        for (double v : g.values()) {
            sb.setLength(0);
            sb.append(format(v - shiftEv)).append('\n');
            w.write(sb.toString());
        }
        w.flush();
    }

    private static String format(double v) {
        return Float.toString((float) v);
    }

    /**
     * Reads a VESTA .grd file as written above (and by ccnb/cavd): title, cell parameters, dimensions, values
     * with the a index slowest. Bad input is an {@link InputFormatException} naming the line.
     */
    public static EnergyGrid readGrd(Path file) {
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
                try {
                    n[i] = Integer.parseInt(d[i]);
                } catch (NumberFormatException e) {
                    throw src.error("expected an integer grid dimension, found \"" + d[i] + "\"");
                }
                if (n[i] < 1 || n[i] > 4000) {
                    throw src.error("expected a grid dimension between 1 and 4000, found " + n[i]);
                }
            }
            double[] values = new double[n[0] * n[1] * n[2]];
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
            if (t < values.length) {
                throw new InputFormatException(file.toString(), 0, "expected " + values.length + " grid values, found " + t);
            }
            Lattice lat = Lattice.fromParameters(c[0], c[1], c[2], c[3], c[4], c[5]);
            return new EnergyGrid(lat, n[0], n[1], n[2], values);
        }
    }
}
