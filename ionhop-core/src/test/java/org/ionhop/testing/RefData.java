package org.ionhop.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates files in {@code ../shared/refdata} (set by surefire as the system property {@code ionhop.refdata}). */
public final class RefData {
    private RefData() {
    }

    /** The path of a reference file; fails loudly if the reference data are not beside the project. */
    public static Path path(String relative) {
        String root = System.getProperty("ionhop.refdata", "../../shared/refdata");
        Path p = Path.of(root).resolve(relative).normalize();
        if (!Files.exists(p)) {
            throw new IllegalStateException("reference data not found: " + p
                    + " (tests expect ../shared/refdata beside the project, as CI has it)");
        }
        return p;
    }
}
