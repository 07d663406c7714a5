package org.ionhop.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Atomic text-file writing for the structure writers (core has no dependency on the CLI's AtomicFiles). */
final class TextFiles {
    private TextFiles() {
    }

    /** Writes text to a temporary file beside the target, then renames it, so readers never see half a file. */
    static void writeAtomically(Path file, String text) {
        Path dir = java.util.Objects.requireNonNull(file.toAbsolutePath().getParent(), "no parent folder");
        try {
            Path tmp = Files.createTempFile(dir, ".ionhop", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
