package org.ionhop.structure;

import java.nio.file.Path;
import java.util.Locale;

import org.ionhop.io.InputFormatException;

/**
 * Reads a crystal structure from a file, choosing the format from the name: {@code .cif} is CIF,
 * {@code POSCAR}, {@code CONTCAR}, {@code .vasp} and {@code .poscar} are VASP POSCAR, and of an {@code XDATCAR}
 * the first frame is read (its header and first configuration have the POSCAR layout).
 */
public final class StructureReader {
    private StructureReader() {
    }

    /** The formats ionhop reads structures from. */
    public enum Format { CIF, POSCAR }

    /** Reads a structure; bad input is an {@link InputFormatException} naming the file and line. */
    public static Structure read(Path path) {
        return switch (formatOf(path)) {
            case CIF -> CifReader.read(path);
            case POSCAR -> PoscarReader.read(path);
        };
    }

    /** The format a file name implies. */
    public static Format formatOf(Path path) {
        String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".cif") || name.endsWith(".mcif")) {
            return Format.CIF;
        }
        if (name.contains("poscar") || name.contains("contcar") || name.endsWith(".vasp") || name.contains("xdatcar")) {
            return Format.POSCAR;
        }
        throw new InputFormatException(path.toString(), 0,
                "unknown structure format; expected a .cif file or a VASP POSCAR/CONTCAR/XDATCAR/.vasp file");
    }

    /** Whether the file name looks like a structure file ionhop can read. */
    public static boolean isStructureFile(Path path) {
        try {
            formatOf(path);
            return true;
        } catch (InputFormatException e) {
            return false;
        }
    }
}
