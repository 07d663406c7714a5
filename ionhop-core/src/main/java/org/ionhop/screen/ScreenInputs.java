package org.ionhop.screen;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Expands what a user names into the structures to screen, one at a time (streamed: memory does not grow with
 * the number of inputs). A name may be a structure file (CIF, POSCAR/CONTCAR/.vasp, optionally gzipped), a folder
 * (searched recursively, in sorted order), a glob pattern ({@code data/**.cif}), a list file ({@code .list},
 * {@code .lst} or {@code .txt}: one name per line, relative to the list's folder, {@code #} comments), or a
 * tar, tar.gz/tgz or zip archive of structure files; a tab-separated manifest ({@code .tsv}, as
 * {@code ionhop disorder} writes) is a list file whose first column names the file. Every data block of a multi-block CIF with a cell is its own
 * input. Whatever cannot be read becomes an input with a problem, so that it ends as an error row.
 */
public final class ScreenInputs {
    /** Largest structure file read into memory; larger files are refused as inputs (a CIF is kilobytes). */
    static final long MAX_FILE_BYTES = 64L << 20;

    private ScreenInputs() {
    }

    /** Calls {@code sink} once per input structure, in a deterministic order. */
    public static void forEach(List<String> names, Consumer<ScreenInput> sink) {
        for (String name : names) {
            expandName(name, sink);
        }
    }

    /** Every input of the names, in order (for small sets and tests; large screens should stream). */
    public static List<ScreenInput> list(List<String> names) {
        List<ScreenInput> out = new ArrayList<>();
        forEach(names, out::add);
        return out;
    }

    private static void expandName(String name, Consumer<ScreenInput> sink) {
        if (isGlob(name)) {
            expandGlob(name, sink);
            return;
        }
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
            expandFolder(p, sink);
        } else if (!Files.isRegularFile(p)) {
            sink.accept(ScreenInput.unreadable(name, "no such file or folder"));
        } else if (isListFile(p)) {
            expandList(p, sink);
        } else if (isArchive(p)) {
            expandArchive(p, sink);
        } else {
            readFile(p, name, sink);
        }
    }

    private static boolean isGlob(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0;
    }

    private static void expandGlob(String pattern, Consumer<ScreenInput> sink) {
        // the folder before the first wildcard is walked; the whole pattern is matched against each path
        int wild = firstWildcard(pattern);
        int slash = pattern.lastIndexOf('/', wild);
        Path root = slash < 0 ? Path.of(".") : Path.of(pattern.substring(0, Math.max(slash, 1)));
        String glob = slash < 0 ? "./" + pattern : pattern;
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        if (!Files.isDirectory(root)) {
            sink.accept(ScreenInput.unreadable(pattern, "no folder " + root + " to match the pattern in"));
            return;
        }
        for (Path f : walk(root)) {
            Path shown = slash < 0 ? Path.of(".").resolve(root.relativize(f)) : f;
            if (m.matches(shown)) {
                String label = slash < 0 ? root.relativize(f).toString() : f.toString();
                if (isArchive(f)) {
                    expandArchive(f, sink);
                } else {
                    readFile(f, label, sink);
                }
            }
        }
    }

    private static int firstWildcard(String s) {
        int best = s.length();
        for (char c : new char[] {'*', '?', '['}) {
            int i = s.indexOf(c);
            if (i >= 0) {
                best = Math.min(best, i);
            }
        }
        return best;
    }

    private static void expandFolder(Path dir, Consumer<ScreenInput> sink) {
        for (Path f : walk(dir)) {
            if (isArchive(f)) {
                expandArchive(f, sink);
            } else if (isStructureName(name(f))) {
                readFile(f, f.toString(), sink);
            }
        }
    }

    /** Regular files under a folder, sorted, so that the order does not depend on the file system. */
    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void expandList(Path list, Consumer<ScreenInput> sink) {
        List<String> lines;
        try {
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (IOException e) {
            sink.accept(ScreenInput.unreadable(list.toString(), "cannot read the list: " + e.getMessage()));
            return;
        }
        Path base = list.toAbsolutePath().getParent();
        for (String line : lines) {
            String s = listEntry(line);
            if (s == null) {
                continue;
            }
            Path p = Path.of(s);
            expandName(p.isAbsolute() || base == null ? s : base.resolve(s).normalize().toString(), sink);
        }
    }

    private static void expandArchive(Path archive, Consumer<ScreenInput> sink) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive))) {
            archiveMembers(archive.toString(), name(archive), raw, sink);
        } catch (IOException e) {
            sink.accept(ScreenInput.unreadable(archive.toString(), "cannot read the archive: " + e.getMessage()));
        }
    }

    /**
     * The inputs of one file given as a stream, for runners that read files through another file system (the
     * Spark job reads through Hadoop's): an archive ({@link #isArchiveName}) gives its structure members as
     * {@code label!member}, a structure file its one input or one input per data block. Failures become inputs
     * with a problem, exactly as for a local file.
     *
     * @param label    the name rows show for the file (archive members get {@code label!member})
     * @param fileName the file's name, whose extension decides the format
     * @param in       the file's bytes (not closed)
     * @param sink     receives the inputs in order
     */
    public static void fromStream(String label, String fileName, InputStream in, Consumer<ScreenInput> sink) {
        try {
            if (isArchiveName(fileName)) {
                try {
                    archiveMembers(label, fileName, in, sink);
                } catch (IOException e) {
                    sink.accept(ScreenInput.unreadable(label, "cannot read the archive: " + e.getMessage()));
                }
                return;
            }
            byte[] bytes = readLimited(in, label);
            if (bytes == null) {
                sink.accept(ScreenInput.unreadable(label, "larger than " + (MAX_FILE_BYTES >> 20) + " MB"));
                return;
            }
            emit(label, fileName, bytes, sink);
        } catch (IOException e) {
            sink.accept(ScreenInput.unreadable(label, "cannot read: " + e.getMessage()));
        }
    }

    private static void archiveMembers(String label, String fileName, InputStream raw, Consumer<ScreenInput> sink)
            throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(raw);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (!e.isDirectory() && isStructureName(baseName(e.getName()))) {
                    member(label, e.getName(), zip, sink);
                }
            }
        } else {
            InputStream in = lower.endsWith(".tar") ? raw : new GZIPInputStream(raw);
            TarArchiveInputStream tar = new TarArchiveInputStream(in);
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (e.isFile() && isStructureName(baseName(e.getName()))) {
                    member(label, e.getName(), tar, sink);
                }
            }
        }
    }

    private static void member(String archive, String entry, InputStream in, Consumer<ScreenInput> sink)
            throws IOException {
        String label = archive + "!" + entry;
        byte[] bytes = readLimited(in, label);
        if (bytes == null) {
            sink.accept(ScreenInput.unreadable(label, "larger than " + (MAX_FILE_BYTES >> 20) + " MB"));
            return;
        }
        emit(label, baseName(entry), bytes, sink);
    }

    private static void readFile(Path f, String label, Consumer<ScreenInput> sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f))) {
            byte[] bytes = readLimited(in, label);
            if (bytes == null) {
                sink.accept(ScreenInput.unreadable(label, "larger than " + (MAX_FILE_BYTES >> 20) + " MB"));
                return;
            }
            emit(label, name(f), bytes, sink);
        } catch (IOException e) {
            sink.accept(ScreenInput.unreadable(label, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads at most {@link #MAX_FILE_BYTES}; null if the stream is longer. */
    private static byte[] readLimited(InputStream in, String label) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_FILE_BYTES) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static void emit(String label, String name, byte[] raw, Consumer<ScreenInput> sink) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        byte[] bytes = raw;
        if (lower.endsWith(".gz")) {
            try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
                bytes = readLimited(gz, label);
            } catch (IOException e) {
                sink.accept(ScreenInput.unreadable(label, "not a valid gzip file: " + e.getMessage()));
                return;
            }
            if (bytes == null) {
                sink.accept(ScreenInput.unreadable(label, "larger than " + (MAX_FILE_BYTES >> 20) + " MB"));
                return;
            }
            lower = lower.substring(0, lower.length() - 3);
        }
        String sha = ScreenInput.sha256(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean cif = lower.endsWith(".cif") || lower.endsWith(".mcif");
        if (!cif) {
            sink.accept(new ScreenInput(label, "", true, text, sha, null));
            return;
        }
        List<CifBlocks.Block> blocks = CifBlocks.split(text);
        if (blocks.size() <= 1) {
            String block = blocks.isEmpty() ? "" : blocks.get(0).name();
            sink.accept(new ScreenInput(label, block, false, text, sha, null));
            return;
        }
        for (CifBlocks.Block b : blocks) {
            sink.accept(new ScreenInput(label, b.name(), false, b.text(), sha, null));
        }
    }

    /** The file name of a path ("" for a root). */
    private static String name(Path p) {
        return String.valueOf(p.getFileName());
    }

    private static String baseName(String entry) {
        int slash = entry.lastIndexOf('/');
        return slash < 0 ? entry : entry.substring(slash + 1);
    }

    /** Whether a file name is a structure file ionhop screens (optionally gzipped). */
    public static boolean isStructureName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".cif") || n.endsWith(".mcif") || n.endsWith(".vasp") || n.startsWith("poscar")
                || n.startsWith("contcar");
    }

    private static boolean isArchive(Path p) {
        return isArchiveName(name(p));
    }

    /** Whether a file name is an archive of structures (tar, tar.gz, tgz, zip). */
    public static boolean isArchiveName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".zip") || n.endsWith(".tar") || n.endsWith(".tar.gz") || n.endsWith(".tgz");
    }

    /**
     * The input a line of a list file names: the line itself, or its first tab-separated column (a manifest of
     * {@code ionhop disorder}; file names never hold tabs); {@code null} for blank lines and {@code #} comments.
     *
     * @param line one line of a list file
     * @return the name, or {@code null} when the line names nothing
     */
    public static String listEntry(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
            return null;
        }
        int tab = s.indexOf('\t');
        return tab >= 0 ? s.substring(0, tab).strip() : s;
    }

    private static boolean isListFile(Path p) {
        return isListName(name(p));
    }

    /** Whether a file name is a list of inputs (.list, .lst, .txt, .tsv: one name per line, {@code #} comments). */
    public static boolean isListName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".list") || n.endsWith(".lst") || n.endsWith(".txt") || n.endsWith(".tsv");
    }
}
