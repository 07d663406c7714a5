package org.ionhop.cli.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Atomic output: every file is written to a temporary sibling and renamed into place, so a failed
 * run leaves nothing half-written and an earlier result survives until the new one is complete.
 *
 * <p>The temporary files and folders are created with the default permissions (0666 and 0777 less the umask), as
 * any other program's output would be: {@link Files#createTempFile} would make them owner-only (0600, 0700), and
 * the rename would carry that over to the published file.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes content to a stream that is published at {@code target} only when the writer returns normally. */
    @FunctionalInterface
    public interface StreamWriter {
        /** Writes the file's content. */
        void write(OutputStream out) throws IOException;
    }

    /** The folder of an absolute path (the path itself for a root, which has none). */
    static Path parentOf(Path absolute) {
        Path p = absolute.getParent();
        return p == null ? absolute : p;
    }

    /** Writes a file atomically. */
    public static void write(Path target, StreamWriter writer) {
        Path abs = target.toAbsolutePath();
        Path dir = parentOf(abs);
        try {
            Files.createDirectories(dir);
            Path tmp = createSibling(dir, "." + abs.getFileName(), false);
            try {
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    writer.write(out);
                }
                move(tmp, abs);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes a UTF-8 string atomically. */
    public static void writeString(Path target, String content) {
        write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Creates a new file or folder with a random name that starts with {@code prefix} in {@code dir}, with the
     * default permissions (those of {@link Files#createFile} and {@link Files#createDirectory}). The random part is
     * decimal digits, as in the names {@link Files#createTempDirectory} gives.
     */
    private static Path createSibling(Path dir, String prefix, boolean directory) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + (directory ? "" : ".tmp"));
            try {
                return directory ? Files.createDirectory(p) : Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A directory built aside and swapped into place on {@link #commit()}; if the run fails before that,
     * {@link #close()} removes the half-built directory and the earlier one is untouched.
     */
    public static final class StagedDirectory implements AutoCloseable {
        private final Path target;
        private final Path staging;
        private boolean committed;

        /** Creates the staging directory beside {@code target}. */
        public StagedDirectory(Path target) {
            this.target = target.toAbsolutePath();
            try {
                Files.createDirectories(parentOf(this.target));
                this.staging = createSibling(parentOf(this.target), "." + this.target.getFileName() + ".", true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create output folder near " + target + ": " + e.getMessage(), e);
            }
        }

        /** Where to write the files. */
        public Path dir() {
            return staging;
        }

        /** The final location. */
        public Path target() {
            return target;
        }

        /** Replaces the target directory by the staged one. */
        public void commit() {
            try {
                Path old = null;
                if (Files.exists(target)) {
                    old = createSibling(parentOf(target), "." + target.getFileName() + ".old.", true);
                    Files.delete(old);
                    Files.move(target, old);
                }
                Files.move(staging, target);
                committed = true;
                if (old != null) {
                    deleteTree(old);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot publish " + target + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                deleteTree(staging);
            }
        }
    }

    /** Deletes a directory tree, ignoring errors (used on clean-up paths only). */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort on clean-up
                }
            });
        } catch (IOException ignored) {
            // best effort on clean-up
        }
    }
}
