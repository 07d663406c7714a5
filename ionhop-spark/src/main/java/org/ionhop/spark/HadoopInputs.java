package org.ionhop.spark;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import org.ionhop.screen.ScreenInput;
import org.ionhop.screen.ScreenInputs;

/**
 * The inputs of the Spark screen through Hadoop's FileSystem API, so that {@code file:}, {@code hdfs:} and
 * {@code s3a:} names work: the driver lists files (folders recursively and sorted, globs, list files) without
 * reading them; executors read each file's bytes and expand them with {@link ScreenInputs#fromStream} (archives,
 * gzip, multi-block CIFs), the same code as the local command. Rows name files as the local command does: a path
 * under a folder given as {@code data} is {@code data/sub/x.cif}, whatever the file system.
 */
final class HadoopInputs {
    private HadoopInputs() {
    }

    /**
     * One file to read.
     *
     * @param label   the name rows show (archive members get {@code label!member})
     * @param path    the qualified Hadoop path
     * @param ordinal position in the listing (ties between duplicates go to the first)
     * @param problem why the name gave no readable file, or null
     */
    record InputFile(String label, String path, long ordinal, String problem) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Lists the files of the names, in order; a name that matches nothing becomes a file with a problem. */
    static List<InputFile> list(List<String> names, Configuration conf) {
        List<InputFile> out = new ArrayList<>();
        for (String name : names) {
            expand(name, conf, f -> out.add(new InputFile(f.label(), f.path(), out.size(), f.problem())));
        }
        return out;
    }

    private static void expand(String name, Configuration conf, Consumer<InputFile> sink) {
        try {
            Path p = new Path(name);
            FileSystem fs = p.getFileSystem(conf);
            if (isGlob(name)) {
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    sink.accept(new InputFile(name, name, 0, "no file matches the pattern"));
                    return;
                }
                Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
                for (FileStatus s : matches) {
                    String label = shown(name, s.getPath(), true);
                    if (s.isDirectory()) {
                        folder(label, s.getPath(), fs, sink);
                    } else {
                        sink.accept(new InputFile(label, s.getPath().toString(), 0, null));
                    }
                }
                return;
            }
            if (!fs.exists(p)) {
                sink.accept(new InputFile(name, name, 0, "no such file or folder"));
                return;
            }
            FileStatus st = fs.getFileStatus(p);
            Path q = st.getPath();
            if (st.isDirectory()) {
                folder(name, q, fs, sink);
            } else if (ScreenInputs.isListName(q.getName())) {
                listFile(name, q, fs, conf, sink);
            } else {
                sink.accept(new InputFile(name, q.toString(), 0, null));
            }
        } catch (IOException | IllegalArgumentException e) {
            sink.accept(new InputFile(name, name, 0, "cannot list: " + oneLine(e)));
        }
    }

    /** Structure files and archives under a folder, sorted by path, named below the folder's name as given. */
    private static void folder(String given, Path dir, FileSystem fs, Consumer<InputFile> sink) throws IOException {
        String root = dir.toUri().getPath();
        String prefix = given.endsWith("/") && given.length() > 1 ? given.substring(0, given.length() - 1) : given;
        List<Path> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            String n = s.getPath().getName();
            if (s.isFile() && (ScreenInputs.isArchiveName(n) || ScreenInputs.isStructureName(n))) {
                files.add(s.getPath());
            }
        }
        files.sort(Comparator.comparing(Path::toString));
        for (Path f : files) {
            String rel = f.toUri().getPath().substring(root.length());
            sink.accept(new InputFile(prefix + (rel.startsWith("/") ? rel : "/" + rel), f.toString(), 0, null));
        }
    }

    /** A list file: one name per line, relative to the list's folder, {@code #} comments. */
    private static void listFile(String given, Path list, FileSystem fs, Configuration conf, Consumer<InputFile> sink)
            throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(list), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        Path base = list.getParent();
        for (String line : lines) {
            String s = ScreenInputs.listEntry(line);
            if (s == null) {
                continue;
            }
            Path p = new Path(s);
            // relative to the list's folder, shown absolute as the local command shows it
            String name = p.isAbsoluteAndSchemeAuthorityNull() || p.toUri().getScheme() != null || base == null ? s
                    : shown(given, new Path(base, s), false);
            expand(name, conf, sink);
        }
    }

    /**
     * How a listed path is shown: as the user would write it (no {@code file:} scheme when the name had none), so
     * that rows name local files as the local command does.
     */
    private static String shown(String given, Path qualified, boolean keepRelative) {
        URI u = qualified.toUri();
        boolean userHadScheme = given.contains(":/") || given.startsWith("file:");
        if (!userHadScheme && (u.getScheme() == null || u.getScheme().equals("file"))) {
            String path = u.getPath();
            if (keepRelative && !given.startsWith("/")) {
                // a relative name stays relative to the working folder, as the local command shows it
                String cwd = new java.io.File("").getAbsolutePath() + "/";
                if (path.startsWith(cwd)) {
                    return path.substring(cwd.length());
                }
            }
            return path;
        }
        return qualified.toString();
    }

    /** Reads one file on an executor and gives its inputs (several for archives and multi-block CIFs). */
    static void read(InputFile f, Configuration conf, Consumer<ScreenInput> sink) {
        if (f.problem() != null) {
            sink.accept(ScreenInput.unreadable(f.label(), f.problem()));
            return;
        }
        Path p = new Path(f.path());
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            ScreenInputs.fromStream(f.label(), p.getName(), in, sink);
        } catch (IOException e) {
            sink.accept(ScreenInput.unreadable(f.label(), "cannot read: " + oneLine(e)));
        }
    }

    private static boolean isGlob(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0 || name.indexOf('{') >= 0;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Hadoop's configuration (credentials, endpoints) as bytes: it is Writable but not Serializable. */
    static byte[] serialize(Configuration conf) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            conf.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /** The configuration {@link #serialize} wrote. */
    static Configuration deserialize(byte[] bytes) {
        Configuration conf = new Configuration(false);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            conf.readFields(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return conf;
    }
}
