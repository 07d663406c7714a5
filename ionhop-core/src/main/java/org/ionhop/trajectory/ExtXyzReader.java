package org.ionhop.trajectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionhop.io.ProgressListener;
import org.ionhop.io.TextSource;
import org.ionhop.structure.Lattice;

/**
 * Extended XYZ as written by ASE: per frame a count line, a comment line with {@code key=value} pairs, among
 * them {@code Lattice="ax ay az bx by bz cx cy cz"} (required: periodic cells only) and
 * {@code Properties=species:S:1:pos:R:3:...} (optional; default {@code species:S:1:pos:R:3}), then one line
 * per atom. Positions are Cartesian Å. A {@code time=} key (fs, as ASE's MD loggers write it) is used for the
 * time between frames when present in the first two frames.
 */
public final class ExtXyzReader implements TrajectoryReader {
    private static final Pattern KV = Pattern.compile("([A-Za-z_][A-Za-z0-9_\\-]*)\\s*=\\s*(\"[^\"]*\"|\\S+)");

    @Override
    public void read(Path path, FrameSink sink, ProgressListener progress) {
        try (TextSource src = ProgressSource.open(path, progress)) {
            read(src, sink);
        }
    }

    /** Reads from an open source. */
    public void read(TextSource src, FrameSink sink) {
        String countLine = src.nextLine();
        while (countLine != null && countLine.isBlank()) {
            countLine = src.nextLine();
        }
        if (countLine == null) {
            throw src.error("expected the number of atoms on the first line, found an empty file");
        }
        List<String> species = null;
        double[] frac = null;
        double[] cart = new double[3];
        long index = 0;
        double firstTime = Double.NaN;
        boolean begun = false;
        List<double[]> pending = new ArrayList<>();
        List<Lattice> pendingLattice = new ArrayList<>();
        while (countLine != null) {
            int n = src.parseInt(countLine.strip(), "the number of atoms");
            String comment = src.requireLine("the extended-XYZ comment line");
            Matcher m = KV.matcher(comment);
            String latticeText = null;
            String props = "species:S:1:pos:R:3";
            double time = Double.NaN;
            while (m.find()) {
                String key = m.group(1).toLowerCase(Locale.ROOT);
                String val = m.group(2).replace("\"", "");
                switch (key) {
                    case "lattice" -> latticeText = val;
                    case "properties" -> props = val;
                    case "time" -> time = src.parseDouble(val, "the time (fs)");
                    default -> { }
                }
            }
            if (latticeText == null) {
                throw src.error("expected Lattice=\"...\" in the comment line (a periodic cell), found '"
                        + comment.strip() + "'");
            }
            Lattice lattice = parseLattice(src, latticeText);
            int[] cols = columns(src, props);
            String[] tok = new String[cols[2] + 3];
            List<String> sp = new ArrayList<>(n);
            double[] f = new double[3 * n];
            for (int i = 0; i < n; i++) {
                String l = src.requireLine("atom line " + (i + 1) + " of " + n);
                if (Tokens.split(l, tok) < cols[2]) {
                    throw src.error("expected at least " + cols[2] + " columns for atom " + (i + 1) + ", found '"
                            + l.strip() + "'");
                }
                String sym = tok[cols[0]];
                sp.add(species == null ? XdatcarReader.cleanSymbol(src, sym) : sym);
                lattice.toFractional(src.parseDouble(tok[cols[1]], "x"), src.parseDouble(tok[cols[1] + 1], "y"),
                        src.parseDouble(tok[cols[1] + 2], "z"), cart);
                System.arraycopy(cart, 0, f, 3 * i, 3);
            }
            if (species == null) {
                species = List.copyOf(sp);
                frac = f;
                firstTime = time;
            } else if (n != species.size()) {
                throw src.error("expected " + species.size() + " atoms in every frame, found " + n);
            }
            if (!begun) {
                pending.add(f);
                pendingLattice.add(lattice);
                if (index == 1 || index == 0 && Double.isNaN(time)) {
                    double dt = index == 1 ? time - firstTime : Double.NaN;
                    double interval = dt > 0 ? dt * 1e-3 : Double.NaN;
                    sink.begin(new TrajectoryHeader(src.name(), "extxyz", species, interval, Double.NaN, Double.NaN,
                            false));
                    begun = true;
                    for (int k = 0; k < pending.size(); k++) {
                        sink.frame(pendingLattice.get(k), pending.get(k), k);
                    }
                    pending.clear();
                }
            } else {
                sink.frame(lattice, f, index);
            }
            index++;
            countLine = src.nextLine();
            while (countLine != null && countLine.isBlank()) {
                countLine = src.nextLine();
            }
        }
        if (!begun) {
            sink.begin(new TrajectoryHeader(src.name(), "extxyz", species, Double.NaN, Double.NaN, Double.NaN, false));
            sink.frame(pendingLattice.get(0), frac, 0);
        }
    }

    /**
     * The cell of an extended-XYZ comment line's {@code Lattice="ax ay az bx by bz cx cy cz"} value (Å, one lattice
     * vector after another); also used by the NEB band reader.
     */
    public static Lattice parseLattice(TextSource src, String text) {
        String[] v = Tokens.split(text);
        if (v.length != 9) {
            throw src.error("expected nine numbers in Lattice=, found " + v.length);
        }
        double[][] rows = new double[3][3];
        for (int i = 0; i < 9; i++) {
            rows[i / 3][i % 3] = src.parseDouble(v[i], "a lattice component");
        }
        try {
            return Lattice.fromMatrix(rows);
        } catch (IllegalArgumentException e) {
            throw src.error("expected three independent lattice vectors, found " + e.getMessage());
        }
    }

    /** Column of the species, column of x, and the number of columns, from the Properties string. */
    private static int[] columns(TextSource src, String props) {
        String[] p = props.split(":");
        if (p.length % 3 != 0) {
            throw src.error("expected Properties=name:type:count triples, found '" + props + "'");
        }
        int col = 0;
        int species = -1;
        int pos = -1;
        for (int i = 0; i < p.length; i += 3) {
            int count = src.parseInt(p[i + 2], "a column count in Properties");
            String name = p[i].toLowerCase(Locale.ROOT);
            if (name.equals("species")) {
                species = col;
            } else if (name.equals("pos")) {
                if (count != 3) {
                    throw src.error("expected pos:R:3 in Properties, found pos with " + count + " columns");
                }
                pos = col;
            }
            col += count;
        }
        if (species < 0 || pos < 0) {
            throw src.error("expected 'species' and 'pos' in Properties, found '" + props + "'");
        }
        return new int[] {species, pos, col};
    }
}
