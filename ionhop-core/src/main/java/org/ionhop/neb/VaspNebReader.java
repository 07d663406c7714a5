package org.ionhop.neb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.PoscarReader;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * Reads a VASP NEB run: a folder with numbered image folders {@code 00}, {@code 01}, ..., {@code NN}.
 *
 * <p>Per image: positions from {@code CONTCAR} (the relaxed image) when present and not empty, else
 * {@code POSCAR}; the energy from the last {@code free  energy   TOTEN} line of {@code OUTCAR}, else from the last
 * {@code F=} of {@code OSZICAR}. The free energy is taken (not energy(sigma-&gt;0)) because VASP's forces are
 * derivatives of the free energy, and the profile is interpolated with the forces. Forces come from the last
 * {@code TOTAL-FORCE (eV/Angst)} block of {@code OUTCAR}; where VTST wrote
 * {@code NEB: projections on to tangent (spring, REAL)}, its last REAL value is kept as the tangent force.
 * The end points 00 and NN get no OUTCAR from the NEB run itself; their energies must be copied there from the
 * end-point relaxations (as VTST's {@code nebef.pl} also needs), otherwise the missing file is reported.
 */
public final class VaspNebReader {
    private static final Pattern IMAGE_DIR = Pattern.compile("\\d{2,3}");
    private static final Pattern WS = Pattern.compile("\\s+");

    private VaspNebReader() {
    }

    /** Reads the band in {@code folder}. */
    public static NebBand read(Path folder) {
        TreeMap<Integer, Path> dirs = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(Files::isDirectory).filter(p -> IMAGE_DIR.matcher(p.getFileName().toString()).matches())
                    .forEach(p -> dirs.put(Integer.parseInt(p.getFileName().toString()), p));
        } catch (IOException e) {
            throw new InputFormatException(folder, 0, "cannot list the folder (" + e.getMessage() + ")");
        }
        if (dirs.size() < 3) {
            throw new InputFormatException(folder, 0, "expected a VASP NEB folder with image folders 00, 01, ..., NN "
                    + "(at least three), found " + dirs.size());
        }
        int expect = 0;
        for (int k : dirs.keySet()) {
            if (k != expect) {
                throw new InputFormatException(folder, 0, "expected image folders numbered 00 to "
                        + String.format("%02d", dirs.lastKey()) + " without gaps, image " + String.format("%02d", expect)
                        + " is missing");
            }
            expect++;
        }
        List<NebImage> images = new ArrayList<>();
        Lattice lattice = null;
        List<String> species = null;
        for (Path dir : dirs.values()) {
            Path geometry = nonEmpty(dir.resolve("CONTCAR")) ? dir.resolve("CONTCAR") : dir.resolve("POSCAR");
            if (!Files.exists(geometry)) {
                throw new InputFormatException(dir, 0, "expected a POSCAR or CONTCAR with the image's positions");
            }
            Structure st = PoscarReader.read(geometry);
            if (lattice == null) {
                lattice = st.lattice();
                species = new ArrayList<>();
                for (Site site : st.sites()) {
                    species.add(site.element().symbol());
                }
            }
            int n = st.numSites();
            double[][] frac = new double[n][];
            for (int i = 0; i < n; i++) {
                frac[i] = st.sites().get(i).frac();
            }
            Outcar out = Files.exists(dir.resolve("OUTCAR")) ? outcar(dir.resolve("OUTCAR"), n) : null;
            double energy = out == null ? Double.NaN : out.energyEv;
            if (!Double.isFinite(energy)) {
                if (Files.exists(dir.resolve("OSZICAR"))) {
                    energy = oszicar(dir.resolve("OSZICAR"));
                } else {
                    throw new InputFormatException(dir, 0, out == null
                            ? "expected an OUTCAR or OSZICAR with the image's energy, found neither (a NEB run writes "
                            + "none in the end-point folders 00 and NN: copy the end-point relaxation's OUTCAR there)"
                            : "expected 'free  energy   TOTEN' in OUTCAR or an OSZICAR, found neither");
                }
            }
            images.add(new NebImage(energy, frac, out == null ? null : out.forces, out == null ? Double.NaN
                    : out.tangentForce, dir.toString()));
        }
        return new NebBand(lattice, species, images, folder.toString());
    }

    private static boolean nonEmpty(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** What an OUTCAR gives: last energy, last force block, last VTST tangent projection. */
    private record Outcar(double energyEv, double[][] forces, double tangentForce) {
    }

    private static Outcar outcar(Path file, int atoms) {
        double energy = Double.NaN;
        double[][] forces = null;
        double tangent = Double.NaN;
        try (TextSource src = TextSource.open(file)) {
            String line;
            while ((line = src.nextLine()) != null) {
                if (line.contains("free  energy   TOTEN")) {
                    String[] t = WS.split(line.substring(line.indexOf('=') + 1).strip());
                    energy = src.parseDouble(t[0], "the free energy TOTEN (eV)");
                } else if (line.contains("TOTAL-FORCE")) {
                    src.requireLine("the dashed line under TOTAL-FORCE");
                    double[][] f = new double[atoms][3];
                    for (int i = 0; i < atoms; i++) {
                        String[] t = WS.split(src.requireLine("the force on atom " + (i + 1) + " of " + atoms).strip());
                        if (t.length < 6) {
                            throw src.error("expected six numbers (position and force) for atom " + (i + 1)
                                    + " as in the POSCAR's " + atoms + " atoms, found " + t.length);
                        }
                        for (int k = 0; k < 3; k++) {
                            f[i][k] = src.parseDouble(t[3 + k], "a force component (eV/Å)");
                        }
                    }
                    forces = f;
                } else if (line.contains("NEB: projections on to tangent")) {
                    String[] t = WS.split(line.substring(line.lastIndexOf(':') + 1).strip());
                    tangent = src.parseDouble(t[t.length - 1], "the REAL tangent force (eV/Å)");
                }
            }
        }
        return new Outcar(energy, forces, tangent);
    }

    private static double oszicar(Path file) {
        double energy = Double.NaN;
        try (TextSource src = TextSource.open(file)) {
            String line;
            while ((line = src.nextLine()) != null) {
                int k = line.indexOf("F=");
                if (k >= 0) {
                    String[] t = WS.split(line.substring(k + 2).strip());
                    energy = src.parseDouble(t[0], "the free energy F (eV)");
                }
            }
            if (!Double.isFinite(energy)) {
                throw new InputFormatException(file, 0, "expected an ionic-step line with 'F=', found none");
            }
        }
        return energy;
    }
}
