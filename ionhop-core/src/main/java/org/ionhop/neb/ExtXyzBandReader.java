package org.ionhop.neb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionhop.io.TextSource;
import org.ionhop.structure.Lattice;

/**
 * Reads a band written by ASE as extended XYZ ({@code ase.io.write("band.xyz", images)}): one frame per image,
 * each with a count line, a comment line holding {@code Lattice="..."}, {@code energy=...} (eV) and
 * {@code Properties=species:S:1:pos:R:3[:forces:R:3]}, then one line per atom with Cartesian positions (Å) and,
 * when listed, forces (eV/Å). Positions are converted to fractional coordinates of the first frame's cell.
 */
public final class ExtXyzBandReader {
    private static final Pattern KV = Pattern.compile("([A-Za-z_][A-Za-z0-9_\\-]*)\\s*=\\s*(\"[^\"]*\"|\\S+)");
    private static final Pattern WS = Pattern.compile("\\s+");

    private ExtXyzBandReader() {
    }

    /** Reads a band file. */
    public static NebBand read(Path path) {
        try (TextSource src = TextSource.open(path)) {
            return read(src);
        }
    }

    /** Reads a band from an open source. */
    public static NebBand read(TextSource src) {
        List<NebImage> images = new ArrayList<>();
        List<String> species = null;
        Lattice lattice = null;
        String countLine = nextNonBlank(src);
        if (countLine == null) {
            throw src.error("expected the number of atoms on the first line, found an empty file");
        }
        while (countLine != null) {
            int n = src.parseInt(countLine.strip(), "the number of atoms");
            long frameLine = src.lineNumber();
            String comment = src.requireLine("the extended-XYZ comment line");
            Matcher m = KV.matcher(comment);
            String latticeText = null;
            String props = "species:S:1:pos:R:3";
            double energy = Double.NaN;
            while (m.find()) {
                String key = m.group(1).toLowerCase(Locale.ROOT);
                String val = m.group(2).replace("\"", "");
                switch (key) {
                    case "lattice" -> latticeText = val;
                    case "properties" -> props = val;
                    case "energy" -> energy = src.parseDouble(val, "the image energy (eV)");
                    default -> { }
                }
            }
            if (latticeText == null) {
                throw src.error("expected Lattice=\"...\" in the comment line (a periodic cell)");
            }
            if (Double.isNaN(energy)) {
                throw src.error("expected energy=... (eV) in the comment line of image " + images.size());
            }
            if (lattice == null) {
                lattice = org.ionhop.trajectory.ExtXyzReader.parseLattice(src, latticeText);
            }
            int[] cols = columns(src, props);
            List<String> sp = new ArrayList<>(n);
            double[][] frac = new double[n][];
            double[][] forces = cols[2] >= 0 ? new double[n][3] : null;
            for (int i = 0; i < n; i++) {
                String[] t = WS.split(src.requireLine("atom line " + (i + 1) + " of " + n).strip());
                if (t.length < cols[3]) {
                    throw src.error("expected " + cols[3] + " columns for atom " + (i + 1) + ", found " + t.length);
                }
                sp.add(t[cols[0]]);
                double[] cart = new double[3];
                for (int k = 0; k < 3; k++) {
                    cart[k] = src.parseDouble(t[cols[1] + k], "a Cartesian coordinate (Å)");
                    if (forces != null) {
                        forces[i][k] = src.parseDouble(t[cols[2] + k], "a force component (eV/Å)");
                    }
                }
                frac[i] = lattice.toFractional(cart);
            }
            if (species == null) {
                species = List.copyOf(sp);
            } else if (!species.equals(sp)) {
                throw src.error("expected the same atoms in the same order in every image, image " + images.size()
                        + " differs");
            }
            images.add(new NebImage(energy, frac, forces, Double.NaN, src.name() + ", line " + frameLine));
            countLine = nextNonBlank(src);
        }
        if (images.size() < 3) {
            throw src.error("expected at least three images (frames), found " + images.size());
        }
        return new NebBand(lattice, species, images, src.name());
    }

    private static String nextNonBlank(TextSource src) {
        String l = src.nextLine();
        while (l != null && l.isBlank()) {
            l = src.nextLine();
        }
        return l;
    }

    /** Columns of species, pos, forces (-1 if absent) and the total column count. */
    private static int[] columns(TextSource src, String props) {
        String[] p = props.split(":");
        if (p.length % 3 != 0) {
            throw src.error("expected Properties=name:type:count triples, found '" + props + "'");
        }
        int col = 0;
        int species = -1;
        int pos = -1;
        int forces = -1;
        for (int i = 0; i < p.length; i += 3) {
            int count = src.parseInt(p[i + 2], "a column count in Properties");
            switch (p[i].toLowerCase(Locale.ROOT)) {
                case "species" -> species = col;
                case "pos" -> pos = col;
                case "forces" -> forces = col;
                default -> { }
            }
            col += count;
        }
        if (species < 0 || pos < 0) {
            throw src.error("expected 'species' and 'pos' in Properties, found '" + props + "'");
        }
        return new int[] {species, pos, forces, col};
    }
}
