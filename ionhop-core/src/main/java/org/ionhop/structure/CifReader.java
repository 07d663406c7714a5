package org.ionhop.structure;

import java.nio.file.Path;

import org.ionhop.io.InputFormatException;

/** CIF reader (placeholder until the full reader lands; see issue 2). */
public final class CifReader {
    private CifReader() {
    }

    /** Reads the first data block of a CIF file. */
    public static Structure read(Path path) {
        throw new InputFormatException(path.toString(), 0, "CIF reading is being built");
    }
}
