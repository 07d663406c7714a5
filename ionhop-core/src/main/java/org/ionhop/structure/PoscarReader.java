package org.ionhop.structure;

import java.nio.file.Path;

import org.ionhop.io.InputFormatException;

/** POSCAR reader (placeholder until the full reader lands; see issue 2). */
public final class PoscarReader {
    private PoscarReader() {
    }

    /** Reads a VASP 5 POSCAR. */
    public static Structure read(Path path) {
        throw new InputFormatException(path.toString(), 0, "POSCAR reading is being built");
    }
}
