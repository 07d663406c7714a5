package org.ionhop.trajectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.io.ProgressListener;
import org.ionhop.io.TextSource;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;

/**
 * VASP 5 XDATCAR: a header (comment, scale, three lattice vectors, species, counts) followed by blocks that
 * start with {@code Direct configuration= N} (or {@code Cartesian configuration=}). In variable-cell runs
 * the whole header is repeated before every block; each frame then gets its own lattice.
 *
 * <p>The file does not state the time between frames (it depends on POTIM and NBLOCK in the INCAR), nor the
 * temperature, so the header carries NaN for both.
 */
public final class XdatcarReader implements TrajectoryReader {
    @Override
    public void read(Path path, FrameSink sink, ProgressListener progress) {
        try (TextSource src = ProgressSource.open(path, progress)) {
            read(src, sink);
        }
    }

    /** Reads from an open source (tests use in-memory text). */
    public void read(TextSource src, FrameSink sink) {
        String first = src.requireLine("the XDATCAR comment line");
        Header h = readHeader(src, first);
        sink.begin(new TrajectoryHeader(src.name(), "XDATCAR", h.species, Double.NaN, Double.NaN, Double.NaN,
                false));
        int n = h.species.size();
        double[] frac = new double[3 * n];
        String[] tok = new String[4];
        String line = src.requireLine("a 'Direct configuration=' line");
        long index = 0;
        while (line != null) {
            if (line.isBlank()) {
                line = src.nextLine();
                continue;
            }
            String t = line.strip().toLowerCase(Locale.ROOT);
            if (!t.startsWith("direct") && !t.startsWith("cartesian")) {
                Header next = readHeader(src, line);
                if (!next.species.equals(h.species)) {
                    throw src.error("expected the same atoms in every repeated XDATCAR header, found "
                            + next.species.size() + " atoms with different species");
                }
                h = next;
                line = src.requireLine("a 'Direct configuration=' line");
                continue;
            }
            boolean cartesian = t.startsWith("cartesian");
            long step = parseStep(t, index + 1);
            readCoordinates(src, tok, frac, n, cartesian, h.lattice);
            sink.frame(h.lattice, frac, step);
            index++;
            line = src.nextLine();
        }
        if (index == 0) {
            throw src.error("expected at least one 'Direct configuration=' block, found none");
        }
    }

    private static long parseStep(String t, long fallback) {
        int eq = t.indexOf('=');
        if (eq < 0) {
            return fallback;
        }
        try {
            return Long.parseLong(t.substring(eq + 1).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void readCoordinates(TextSource src, String[] tok, double[] frac, int n, boolean cartesian,
                                        Lattice lattice) {
        double[] xyz = new double[3];
        double[] tmp = new double[3];
        for (int i = 0; i < n; i++) {
            String l = src.requireLine("coordinates of atom " + (i + 1) + " of " + n);
            int got = Tokens.parseNumbers(l, 3, xyz);
            if (got < 0) {
                Tokens.split(l, tok);
                throw src.error("expected a coordinate (a finite number), found '" + tok[-1 - got] + "'");
            }
            if (got < 3) {
                throw src.error("expected three coordinates of atom " + (i + 1) + ", found '" + l.strip() + "'");
            }
            if (cartesian) {
                lattice.toFractional(xyz[0], xyz[1], xyz[2], tmp);
                System.arraycopy(tmp, 0, frac, 3 * i, 3);
            } else {
                System.arraycopy(xyz, 0, frac, 3 * i, 3);
            }
        }
    }

    private record Header(Lattice lattice, List<String> species) {
    }

    private static Header readHeader(TextSource src, String commentLine) {
        String scaleLine = src.requireLine("the scale factor");
        String[] st = Tokens.split(scaleLine);
        if (st.length < 1) {
            throw src.error("expected the scale factor, found an empty line");
        }
        double scale = src.parseDouble(st[0], "the scale factor");
        double[][] rows = new double[3][3];
        for (int i = 0; i < 3; i++) {
            String[] v = Tokens.split(src.requireLine("lattice vector " + (i + 1)));
            if (v.length < 3) {
                throw src.error("expected three components of lattice vector " + (i + 1) + ", found " + v.length);
            }
            for (int j = 0; j < 3; j++) {
                rows[i][j] = src.parseDouble(v[j], "a lattice vector component");
            }
        }
        Lattice raw;
        try {
            raw = Lattice.fromMatrix(rows);
        } catch (IllegalArgumentException e) {
            throw src.error("expected three independent lattice vectors, found " + e.getMessage());
        }
        // A negative scale is the cell volume (VASP convention).
        double factor = scale < 0 ? Math.cbrt(-scale / raw.volume()) : scale;
        if (!(factor > 0)) {
            throw src.error("expected a non-zero scale factor, found " + scale);
        }
        for (double[] r : rows) {
            for (int j = 0; j < 3; j++) {
                r[j] *= factor;
            }
        }
        String[] names = Tokens.split(src.requireLine("the species line (VASP 5 format)"));
        String[] counts = Tokens.split(src.requireLine("the atom counts"));
        if (names.length == 0 || !Character.isLetter(names[0].charAt(0))) {
            throw src.error("expected a line of element symbols (VASP 5 XDATCAR), found '" + String.join(" ", names)
                    + "'");
        }
        if (counts.length != names.length) {
            throw src.error("expected " + names.length + " atom counts for " + String.join(" ", names) + ", found "
                    + counts.length);
        }
        List<String> species = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            String sym = cleanSymbol(src, names[k]);
            int c = src.parseInt(counts[k], "the number of " + sym + " atoms");
            for (int i = 0; i < c; i++) {
                species.add(sym);
            }
        }
        return new Header(Lattice.fromMatrix(rows), List.copyOf(species));
    }

    /** VASP writes POTCAR names like "Li_sv" or "S/1a2b" in some versions; the element is the leading part. */
    static String cleanSymbol(TextSource src, String name) {
        String s = name.split("[_/]")[0];
        return Element.fromSymbol(s).map(Element::symbol)
                .orElseThrow(() -> src.error("expected an element symbol, found '" + name + "'"));
    }
}
