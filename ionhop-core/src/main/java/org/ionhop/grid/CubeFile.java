package org.ionhop.grid;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.io.TextSource;
import org.ionhop.structure.Lattice;
import org.ionhop.units.Constants;

/**
 * Gaussian cube files of a {@link PeriodicGrid}, the one cube writer of ionhop (the format VESTA, VMD and Ovito
 * open): two comment lines; the atom count and the origin (0, 0, 0); per axis the number of points and the voxel
 * vector; one line per atom (atomic number, nuclear charge = atomic number, position); then the values with the a
 * index slowest and c fastest, six per line, each c-row starting a new line. Lengths in bohr
 * ({@link Constants#BOHR_RADIUS_A}, CODATA 2018); the values in whatever unit the second comment line states.
 */
public final class CubeFile {
    private CubeFile() {
    }

    /**
     * An atom of the cube's structure.
     *
     * @param atomicNumber Z (0 for an unknown species)
     * @param frac         fractional coordinates (wrapped into the cell when written)
     */
    public record Atom(int atomicNumber, double[] frac) {
        /** Copies the coordinates. */
        public Atom {
            frac = frac.clone();
        }

        /** A copy of the fractional coordinates. */
        @Override
        public double[] frac() {
            return frac.clone();
        }
    }

    /** How values are printed. */
    public enum Values {
        /** Six decimals by integer arithmetic (fast; for energies in eV, resolution 1e-6). */
        FIXED_6,
        /** {@code %12.5E}: six significant digits at any magnitude (for densities). */
        SCIENTIFIC_5
    }

    /**
     * A cube file read back.
     *
     * @param grid    the values on the cell spanned by the voxel vectors times the point counts
     * @param atoms   the atoms, fractional coordinates in that cell
     * @param title   first comment line
     * @param comment second comment line
     */
    public record Contents(PeriodicGrid grid, List<Atom> atoms, String title, String comment) {
        /** Copies the atom list. */
        public Contents {
            atoms = List.copyOf(atoms);
        }
    }

    /** Writes to a stream in US-ASCII (flushed, not closed). */
    public static void write(PeriodicGrid g, List<Atom> atoms, String title, String comment, Values format,
                             OutputStream out) {
        write(g, atoms, title, comment, format, new OutputStreamWriter(out, StandardCharsets.US_ASCII));
    }

    /**
     * Writes the grid and atoms (flushed, not closed).
     *
     * @param g       the grid
     * @param atoms   the atoms of the structure
     * @param title   first comment line (line breaks become spaces)
     * @param comment second comment line: what the values are and their unit
     * @param format  how values are printed
     * @param out     destination
     */
    public static void write(PeriodicGrid g, List<Atom> atoms, String title, String comment, Values format,
                             Writer out) {
        double bohr = Constants.BOHR_RADIUS_A;
        try {
            Writer w = new BufferedWriter(out, 1 << 16);
            Lattice lat = g.lattice();
            w.write(title.replace('\n', ' ') + "\n");
            w.write(comment.replace('\n', ' ') + "\n");
            w.write(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f%n", atoms.size(), 0.0, 0.0, 0.0));
            int[] n = g.dimensions();
            for (int d = 0; d < 3; d++) {
                w.write(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f%n", n[d], lat.component(d, 0) / n[d] / bohr,
                        lat.component(d, 1) / n[d] / bohr, lat.component(d, 2) / n[d] / bohr));
            }
            double[] c = new double[3];
            for (Atom a : atoms) {
                double[] f = a.frac;
                lat.toCartesian(f[0] - Math.floor(f[0]), f[1] - Math.floor(f[1]), f[2] - Math.floor(f[2]), c);
                w.write(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f %12.6f%n", a.atomicNumber(),
                        (double) a.atomicNumber(), c[0] / bohr, c[1] / bohr, c[2] / bohr));
            }
            StringBuilder line = new StringBuilder(1 << 16);
            double[] vals = g.values();
            int nc = g.nc();
            for (int row = 0; row < g.na() * g.nb(); row++) {
                for (int k = 0; k < nc; k++) {
                    double v = vals[row * nc + k];
                    if (format == Values.FIXED_6) {
                        line.append(' ');
                        GrdFile.appendFixed6(line, v);
                    } else {
                        line.append(String.format(Locale.ROOT, " %12.5E", v));
                    }
                    if (k % 6 == 5 || k == nc - 1) {
                        line.append('\n');
                    }
                }
                if (line.length() > 60_000) {
                    w.append(line);
                    line.setLength(0);
                }
            }
            w.append(line);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a cube file with the origin at 0 and values in the layout written above (any number per line). Bad
     * input is an {@link org.ionhop.io.InputFormatException} naming the line.
     */
    public static Contents read(Path file) {
        double bohr = Constants.BOHR_RADIUS_A;
        try (TextSource src = TextSource.open(file)) {
            String title = src.requireLine("a title line");
            String comment = src.requireLine("a comment line");
            String[] head = fields(src, "the atom count and origin", 4);
            int natoms = src.parseInt(head[0], "atom count");
            if (natoms < 0) {
                throw src.error("expected a non-negative atom count (a cube with a data-set line is not supported),"
                        + " found " + natoms);
            }
            int[] n = new int[3];
            double[][] rows = new double[3][3];
            for (int d = 0; d < 3; d++) {
                String[] t = fields(src, "points and voxel vector of axis " + (d + 1), 4);
                n[d] = GrdFile.parseDimension(src, t[0]);
                for (int x = 0; x < 3; x++) {
                    rows[d][x] = src.parseDouble(t[1 + x], "voxel vector component") * n[d] * bohr;
                }
            }
            Lattice lat = Lattice.fromMatrix(rows);
            List<Atom> atoms = new ArrayList<>(natoms);
            double[] f = new double[3];
            for (int a = 0; a < natoms; a++) {
                String[] t = fields(src, "an atom: Z, charge, x, y, z", 5);
                int z = src.parseInt(t[0], "atomic number");
                lat.toFractional(src.parseDouble(t[2], "x") * bohr, src.parseDouble(t[3], "y") * bohr,
                        src.parseDouble(t[4], "z") * bohr, f);
                atoms.add(new Atom(z, f));
            }
            double[] values = new double[n[0] * n[1] * n[2]];
            int count = GrdFile.readValues(src, values);
            if (count < values.length) {
                throw src.error("expected " + values.length + " grid values, found " + count);
            }
            return new Contents(new PeriodicGrid(lat, n[0], n[1], n[2], values), atoms, title, comment);
        }
    }

    private static String[] fields(TextSource src, String expected, int min) {
        String line = src.requireLine(expected);
        String[] t = line.trim().split("\\s+");
        if (t.length < min) {
            throw src.error("expected " + expected + " (" + min + " numbers), found \"" + line.trim() + "\"");
        }
        return t;
    }
}
