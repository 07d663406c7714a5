package org.ionhop.trajectory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;

/**
 * Writes a {@link DensityGrid} as a Gaussian cube file (the format VESTA, VMD and Ovito open): two comment lines,
 * the atom count and origin, the three voxel vectors with their counts, the atoms (Z, charge, position), then the
 * values with the c index fastest, six per line. Lengths in bohr (cube convention, 1 bohr = 0.529177210903 Å); the
 * values are the ion number density in 1/Å³ as stated in the comment line.
 */
public final class CubeWriter {
    /** Å per bohr (CODATA 2018). */
    public static final double ANGSTROM_PER_BOHR = 0.529177210903;

    private CubeWriter() {
    }

    /**
     * Writes the grid with the framework and mobile atoms of the first frame.
     *
     * @param grid     the density
     * @param species  element of each atom
     * @param frac     fractional coordinates of the atoms (3 per atom)
     * @param title    first comment line
     * @param out      destination (not closed)
     */
    public static void write(DensityGrid grid, List<String> species, double[] frac, String title, Writer out) {
        try {
            BufferedWriter w = new BufferedWriter(out, 1 << 16);
            Lattice l = grid.lattice();
            w.write(title.replace('\n', ' '));
            w.write("\nion number density (1/Angstrom^3); integral " + String.format(Locale.ROOT, "%.4f", grid.integral())
                    + " ions; written by ionhop\n");
            w.write(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f%n", species.size(), 0.0, 0.0, 0.0));
            int[] n = {grid.na(), grid.nb(), grid.nc()};
            for (int i = 0; i < 3; i++) {
                w.write(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f%n", n[i],
                        l.component(i, 0) / n[i] / ANGSTROM_PER_BOHR, l.component(i, 1) / n[i] / ANGSTROM_PER_BOHR,
                        l.component(i, 2) / n[i] / ANGSTROM_PER_BOHR));
            }
            double[] c = new double[3];
            for (int a = 0; a < species.size(); a++) {
                double fa = frac[3 * a] - Math.floor(frac[3 * a]);
                double fb = frac[3 * a + 1] - Math.floor(frac[3 * a + 1]);
                double fc = frac[3 * a + 2] - Math.floor(frac[3 * a + 2]);
                l.toCartesian(fa, fb, fc, c);
                int z = Element.fromSymbol(species.get(a)).map(Element::atomicNumber).orElse(0);
                w.write(String.format(Locale.ROOT, "%5d %12.6f %12.6f %12.6f %12.6f%n", z, (double) z,
                        c[0] / ANGSTROM_PER_BOHR, c[1] / ANGSTROM_PER_BOHR, c[2] / ANGSTROM_PER_BOHR));
            }
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < n[0]; i++) {
                for (int j = 0; j < n[1]; j++) {
                    for (int k = 0; k < n[2]; k++) {
                        line.append(String.format(Locale.ROOT, " %12.5E", grid.at(i, j, k)));
                        if (k % 6 == 5 || k == n[2] - 1) {
                            w.write(line.append('\n').toString());
                            line.setLength(0);
                        }
                    }
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
