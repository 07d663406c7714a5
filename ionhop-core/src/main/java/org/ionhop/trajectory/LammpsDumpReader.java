package org.ionhop.trajectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.io.ProgressListener;
import org.ionhop.io.TextSource;
import org.ionhop.structure.Lattice;
import org.ionhop.units.Units;

/**
 * LAMMPS {@code dump custom} text files. Per frame: {@code ITEM: TIMESTEP}, {@code ITEM: NUMBER OF ATOMS},
 * {@code ITEM: BOX BOUNDS} (orthogonal, or triclinic with tilt factors xy xz yz), {@code ITEM: ATOMS} with named
 * columns. Positions from any of {@code xu yu zu} (unwrapped), {@code x y z} with optional image flags
 * {@code ix iy iz}, {@code xs ys zs} (scaled) with optional image flags, or {@code xsu ysu zsu}. Atoms may be in any
 * order; they are sorted by {@code id}. Species from an {@code element} column or from {@code type} through the
 * type map.
 *
 * <p>Triclinic boxes follow the LAMMPS documentation ("Howto triclinic"): the bounding box is reduced by the tilt
 * factors to xlo, xhi, ..., and the cell vectors are a = (xhi-xlo, 0, 0), b = (xy, yhi-ylo, 0), c = (xz, yz,
 * zhi-zlo).
 *
 * <p>Time: the dump carries step numbers; with the MD time step (LAMMPS {@code timestep}, which the dump does not
 * record) the frame interval follows from the step difference.
 */
public final class LammpsDumpReader implements TrajectoryReader {
    private final Map<Integer, String> typeToElement;
    private final double timestepFs;

    /**
     * @param typeToElement element symbol per LAMMPS atom type (may be empty if the dump has an element column)
     * @param timestepFs    the MD time step in fs (LAMMPS {@code timestep} in the input's units), or NaN if unknown
     */
    public LammpsDumpReader(Map<Integer, String> typeToElement, double timestepFs) {
        this.typeToElement = Map.copyOf(typeToElement);
        this.timestepFs = timestepFs;
    }

    @Override
    public void read(Path path, FrameSink sink, ProgressListener progress) {
        try (TextSource src = ProgressSource.open(path, progress)) {
            read(src, sink);
        }
    }

    /** Reads from an open source. */
    public void read(TextSource src, FrameSink sink) {
        String line = src.nextLine();
        boolean begun = false;
        List<String> species = null;
        double[] frac = null;
        long frames = 0;
        String[] tok = new String[64];
        double[] tmp = new double[3];
        boolean unwrapped = false;
        while (line != null) {
            if (line.isBlank()) {
                line = src.nextLine();
                continue;
            }
            expectItem(src, line, "ITEM: TIMESTEP");
            long step = parseLong(src, src.requireLine("the time step number").strip());
            expectItem(src, src.requireLine("ITEM: NUMBER OF ATOMS"), "ITEM: NUMBER OF ATOMS");
            int n = src.parseInt(src.requireLine("the number of atoms").strip(), "the number of atoms");
            String boxLine = src.requireLine("ITEM: BOX BOUNDS");
            expectItem(src, boxLine, "ITEM: BOX BOUNDS");
            boolean triclinic = boxLine.contains("xy");
            double[][] b = new double[3][3];
            for (int i = 0; i < 3; i++) {
                String[] t = Tokens.split(src.requireLine("box bounds line " + (i + 1)));
                if (t.length < (triclinic ? 3 : 2)) {
                    throw src.error("expected " + (triclinic ? 3 : 2) + " numbers in box bounds line " + (i + 1)
                            + ", found " + t.length);
                }
                for (int j = 0; j < (triclinic ? 3 : 2); j++) {
                    b[i][j] = src.parseDouble(t[j], "a box bound");
                }
            }
            Box box = Box.of(b, triclinic);
            String atoms = src.requireLine("ITEM: ATOMS with column names");
            expectItem(src, atoms, "ITEM: ATOMS");
            Columns c = Columns.parse(src, atoms.strip().substring("ITEM: ATOMS".length()));
            if (!begun) {
                species = new ArrayList<>(n);
                frac = new double[3 * n];
                unwrapped = c.unwrapped();
            } else if (n != species.size()) {
                throw src.error("expected " + species.size() + " atoms in every frame, found " + n);
            }
            String[] sp = new String[n];
            boolean[] seen = new boolean[n];
            for (int k = 0; k < n; k++) {
                String l = src.requireLine("atom line " + (k + 1) + " of " + n);
                if (Tokens.split(l, tok) < c.count) {
                    throw src.error("expected " + c.count + " columns, found '" + l.strip() + "'");
                }
                int id = c.id >= 0 ? src.parseInt(tok[c.id], "an atom id") - 1 : k;
                if (id < 0 || id >= n || seen[id]) {
                    throw src.error("expected atom ids 1.." + n + " each once, found " + (id + 1));
                }
                seen[id] = true;
                if (!begun) {
                    sp[id] = species(src, tok, c);
                }
                double x = src.parseDouble(tok[c.x], "x");
                double y = src.parseDouble(tok[c.x + 1], "y");
                double z = src.parseDouble(tok[c.x + 2], "z");
                if (c.scaled) {
                    tmp[0] = x;
                    tmp[1] = y;
                    tmp[2] = z;
                } else {
                    box.lattice.toFractional(x - box.origin[0], y - box.origin[1], z - box.origin[2], tmp);
                }
                if (c.image >= 0) {
                    for (int j = 0; j < 3; j++) {
                        tmp[j] += src.parseInt(tok[c.image + j], "an image flag");
                    }
                }
                System.arraycopy(tmp, 0, frac, 3 * id, 3);
            }
            if (!begun) {
                species.addAll(Arrays.asList(sp));
                double stepPs = timestepFs > 0 ? Units.fsToPs(timestepFs) : Double.NaN;
                sink.begin(new TrajectoryHeader(src.name(), "LAMMPS dump", List.copyOf(species), Double.NaN, stepPs,
                        Double.NaN, unwrapped));
                begun = true;
            }
            sink.frame(box.lattice, frac, step);
            frames++;
            line = src.nextLine();
        }
        if (frames == 0) {
            throw src.error("expected at least one 'ITEM: TIMESTEP' frame, found none");
        }
    }

    private String species(TextSource src, String[] tok, Columns c) {
        if (c.element >= 0) {
            return XdatcarReader.cleanSymbol(src, tok[c.element]);
        }
        int type = src.parseInt(tok[c.type], "an atom type");
        String el = typeToElement.get(type);
        if (el == null) {
            throw src.error("expected an element for atom type " + type + " (give --type-map, e.g. 1=Li,2=S, or a "
                    + "LAMMPS data file), found none");
        }
        return el;
    }

    private static long parseLong(TextSource src, String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw src.error("expected a time step number, found '" + s + "'");
        }
    }

    private static void expectItem(TextSource src, String line, String item) {
        if (!line.strip().startsWith(item)) {
            throw src.error("expected '" + item + "', found '" + line.strip() + "'");
        }
    }

    /** The cell and its origin. */
    private record Box(Lattice lattice, double[] origin) {
        static Box of(double[][] b, boolean triclinic) {
            double xy = triclinic ? b[0][2] : 0;
            double xz = triclinic ? b[1][2] : 0;
            double yz = triclinic ? b[2][2] : 0;
            double xlo = b[0][0] - Math.min(Math.min(0, xy), Math.min(xz, xy + xz));
            double xhi = b[0][1] - Math.max(Math.max(0, xy), Math.max(xz, xy + xz));
            double ylo = b[1][0] - Math.min(0, yz);
            double yhi = b[1][1] - Math.max(0, yz);
            double zlo = b[2][0];
            double zhi = b[2][1];
            Lattice l = Lattice.fromVectors(new double[] {xhi - xlo, 0, 0}, new double[] {xy, yhi - ylo, 0},
                    new double[] {xz, yz, zhi - zlo});
            return new Box(l, new double[] {xlo, ylo, zlo});
        }
    }

    /** Column indices of the ATOMS item. */
    private record Columns(int id, int type, int element, int x, boolean scaled, int image, int count,
                           boolean unwrappedCoords) {
        boolean unwrapped() {
            return unwrappedCoords || image >= 0;
        }

        static Columns parse(TextSource src, String header) {
            List<String> names = Arrays.asList(Tokens.split(header.toLowerCase(Locale.ROOT)));
            int id = names.indexOf("id");
            int type = names.indexOf("type");
            int element = names.indexOf("element");
            int image = names.indexOf("ix");
            String[][] choices = {{"xu", "false", "true"}, {"xsu", "true", "true"}, {"x", "false", "false"},
                {"xs", "true", "false"}};
            for (String[] ch : choices) {
                int x = names.indexOf(ch[0]);
                if (x >= 0) {
                    boolean unwrappedCoords = Boolean.parseBoolean(ch[2]);
                    String suffix = ch[0].substring(1);
                    if (x + 2 >= names.size() || !names.get(x + 1).equals("y" + suffix)
                            || !names.get(x + 2).equals("z" + suffix)) {
                        throw src.error("expected columns " + ch[0] + " y" + suffix + " z" + suffix
                                + " next to each other, found '" + header.strip() + "'");
                    }
                    if (type < 0 && element < 0) {
                        throw src.error("expected a 'type' or 'element' column, found '" + header.strip() + "'");
                    }
                    int img = unwrappedCoords ? -1 : image;
                    if (img >= 0 && (img + 2 >= names.size() || !names.get(img + 1).equals("iy"))) {
                        throw src.error("expected image flags ix iy iz next to each other, found '" + header.strip()
                                + "'");
                    }
                    return new Columns(id, type, element, x, Boolean.parseBoolean(ch[1]), img, names.size(),
                            unwrappedCoords);
                }
            }
            throw src.error("expected position columns (xu yu zu, x y z, xs ys zs or xsu ysu zsu), found '"
                    + header.strip() + "'");
        }
    }
}
