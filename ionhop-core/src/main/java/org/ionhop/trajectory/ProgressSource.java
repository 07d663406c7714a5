package org.ionhop.trajectory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.ProgressListener;
import org.ionhop.io.TextSource;

/** Opens a file as a {@link TextSource} that reports the bytes read from disk (compressed bytes for gzip). */
final class ProgressSource {
    private static final long REPORT_EVERY = 1L << 20;

    private ProgressSource() {
    }

    /** Opens the file; errors for missing files or directories name the file. */
    static TextSource open(Path path, ProgressListener progress) {
        if (progress == ProgressListener.NONE) {
            return TextSource.open(path);
        }
        if (!Files.isRegularFile(path)) {
            return TextSource.open(path);
        }
        try {
            long size = Files.size(path);
            InputStream raw = new Counting(Files.newInputStream(path), size, progress);
            return TextSource.fromStream(path.toString(), raw);
        } catch (IOException e) {
            throw new InputFormatException(path.toString(), 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Wraps a raw file stream so that it reports the bytes read (every megabyte) against the file size. */
    static InputStream counting(InputStream in, long size, ProgressListener progress) {
        return progress == ProgressListener.NONE ? in : new Counting(in, size, progress);
    }

    /** Counts bytes as they pass and reports every megabyte. */
    private static final class Counting extends FilterInputStream {
        private final long size;
        private final ProgressListener progress;
        private long count;
        private long lastReport;

        Counting(InputStream in, long size, ProgressListener progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        private void add(long n) {
            if (n > 0) {
                count += n;
                if (count - lastReport >= REPORT_EVERY || count == size) {
                    lastReport = count;
                    progress.progress(count, size);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            add(b >= 0 ? 1 : 0);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            add(s);
            return s;
        }
    }
}
