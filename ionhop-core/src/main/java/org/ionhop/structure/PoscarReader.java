package org.ionhop.structure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;

/**
 * Reads a VASP 5 POSCAR or CONTCAR: comment, scale factor (negative: the cell volume in Å³; three values: per
 * axis), three lattice vectors, species line, counts, optional "Selective dynamics", "Direct" or "Cartesian"
 * (Cartesian coordinates are scaled like the lattice), then one line per atom (flags, species names and any
 * velocity block after the positions are ignored).
 *
 * <p>A VASP 4 file has no species line; its species are then taken from the comment line when that line holds
 * exactly one element symbol per count (as pymatgen and ASE write it), otherwise the file is reported as
 * lacking species.
 */
public final class PoscarReader {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private PoscarReader() {
    }

    /** Reads a POSCAR file. */
    public static Structure read(Path path) {
        try (TextSource src = TextSource.open(path)) {
            return read(src);
        }
    }

    /** Reads a POSCAR from an open source. */
    public static Structure read(TextSource src) {
        String comment = src.nextLine();
        if (comment == null) {
            throw new InputFormatException(src.name(), 1, "expected a POSCAR comment line, found an empty file");
        }
        double[] scale = scale(src);
        double[][] rows = new double[3][];
        for (int i = 0; i < 3; i++) {
            rows[i] = numbers(src, src.requireLine("lattice vector " + (i + 1)), 3, "lattice vector " + (i + 1));
        }
        String[] speciesOrCounts = tokens(src.requireLine("the species line (e.g. 'Li La Zr O')"));
        List<Element> species;
        String[] countTokens;
        if (isInteger(speciesOrCounts[0])) {
            countTokens = speciesOrCounts;
            species = speciesFromComment(src, comment, countTokens.length);
        } else {
            species = new ArrayList<>();
            for (String t : speciesOrCounts) {
                species.add(element(src, t));
            }
            countTokens = tokens(src.requireLine("the atom counts per species"));
        }
        if (countTokens.length < species.size()) {
            throw src.error("expected " + species.size() + " atom counts (one per species), found "
                    + countTokens.length);
        }
        int[] counts = new int[species.size()];
        int total = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = src.parseInt(countTokens[i], "the number of " + species.get(i).symbol() + " atoms");
            if (counts[i] < 0) {
                throw src.error("expected a non-negative atom count, found " + counts[i]);
            }
            total += counts[i];
            if (total > 100_000_000) {
                throw src.error("expected at most 100 million atoms in a POSCAR, found counts adding up to more");
            }
        }
        if (total == 0) {
            // As for a CIF without atom sites: an empty cell is not a structure, and every later step would
            // report zeros (density 0, empty formula) as if they were results.
            throw src.error("expected at least one atom, found counts adding up to 0");
        }
        String mode = src.requireLine("'Direct' or 'Cartesian'").trim();
        if (mode.toLowerCase(Locale.ROOT).startsWith("s")) {
            mode = src.requireLine("'Direct' or 'Cartesian'").trim();
        }
        char m = mode.isEmpty() ? 'd' : Character.toLowerCase(mode.charAt(0));
        boolean cartesian = m == 'c' || m == 'k';
        if (!cartesian && m != 'd') {
            throw src.error("expected 'Direct' or 'Cartesian', found '" + mode + "'");
        }
        Lattice lattice = lattice(src, rows, scale);
        double cartScale = scale.length == 1 && scale[0] > 0 ? scale[0] : 1.0;
        List<Site> sites = new ArrayList<>(Math.min(total, 1 << 16));
        for (int s = 0; s < species.size(); s++) {
            for (int k = 0; k < counts[s]; k++) {
                double[] p = numbers(src, src.requireLine("the coordinates of atom " + (sites.size() + 1) + " of "
                        + total), 3, "coordinates of atom " + (sites.size() + 1));
                if (cartesian) {
                    p = lattice.toFractional(cartesianScaled(p, scale, cartScale));
                }
                Element e = species.get(s);
                sites.add(new Site(e, e.symbol() + (k + 1), p, 1.0, Double.NaN));
            }
        }
        return StructureValidation.require(new Structure(lattice, sites, src.name(), "", 1, OxidationSource.NONE));
    }

    private static double[] cartesianScaled(double[] p, double[] scale, double uniform) {
        if (scale.length == 3) {
            return new double[] {p[0] * scale[0], p[1] * scale[1], p[2] * scale[2]};
        }
        return new double[] {p[0] * uniform, p[1] * uniform, p[2] * uniform};
    }

    private static double[] scale(TextSource src) {
        String[] t = tokens(src.requireLine("the scale factor"));
        int n = t.length >= 3 && isNumber(t[1]) && isNumber(t[2]) ? 3 : 1;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = src.parseDouble(t[i], "the scale factor");
            if (s[i] == 0 || !Double.isFinite(s[i]) || n == 3 && s[i] < 0) {
                throw src.error("expected a non-zero scale factor (negative: the cell volume), found '" + t[i] + "'");
            }
        }
        return s;
    }

    private static Lattice lattice(TextSource src, double[][] rows, double[] scale) {
        try {
            Lattice raw = Lattice.fromMatrix(rows);
            double[][] r = raw.matrix();
            double[] f = new double[3];
            if (scale.length == 3) {
                System.arraycopy(scale, 0, f, 0, 3);
            } else {
                // Negative scale: the target volume; all vectors scale by (V / V_raw)^(1/3).
                double s = scale[0] > 0 ? scale[0] : Math.cbrt(-scale[0] / raw.volume());
                f[0] = s;
                f[1] = s;
                f[2] = s;
            }
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    r[i][j] *= scale.length == 3 ? f[j] : f[i];
                }
            }
            return Lattice.fromMatrix(r);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(src.name(), 5, "expected three lattice vectors spanning a cell with "
                    + "positive volume (lines 3-5), found " + e.getMessage());
        }
    }

    private static List<Element> speciesFromComment(TextSource src, String comment, int n) {
        String[] t = tokens(comment);
        List<Element> out = new ArrayList<>();
        for (String s : t) {
            Optional<Element> e = Element.fromSymbol(potcarName(s));
            if (e.isEmpty()) {
                break;
            }
            out.add(e.get());
        }
        if (out.size() != n) {
            throw src.error("expected a species line with element symbols (VASP 5 POSCAR) before the counts, found "
                    + "counts; the comment line does not name " + n + " elements either");
        }
        return out;
    }

    private static Element element(TextSource src, String token) {
        return Element.fromSymbol(potcarName(token)).orElseThrow(() -> src.error(
                "expected an element symbol in the species line, found '" + token + "'"));
    }

    /** "Li_sv" and VASP 6 "Li_sv/5f2a..." name lithium. */
    private static String potcarName(String token) {
        int cut = token.length();
        for (char c : new char[] {'_', '/'}) {
            int i = token.indexOf(c);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return token.substring(0, cut);
    }

    private static double[] numbers(TextSource src, String line, int n, String what) {
        String[] t = tokens(line);
        if (t.length < n) {
            throw src.error("expected " + n + " numbers for the " + what + ", found " + t.length);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = src.parseDouble(t[i], what);
            if (!Double.isFinite(v[i])) {
                throw src.error("expected a finite number for the " + what + ", found '" + t[i] + "'");
            }
        }
        return v;
    }

    private static String[] tokens(String line) {
        String s = line.strip();
        return s.isEmpty() ? new String[] {""} : WHITESPACE.split(s);
    }

    private static boolean isInteger(String s) {
        return s.matches("\\d+");
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
