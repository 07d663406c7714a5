package org.ionhop.trajectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-ion time series of three coordinates, filled frame by frame and read ion by ion.
 *
 * <p>Layout: frames are gathered into chunks of {@code chunkFrames}; inside a chunk the data are ion-major
 * ({@code [(ion * 3 + axis) * framesInChunk + f]}), so the series of a block of consecutive ions is one contiguous
 * range per chunk. Chunks stay on the heap until they exceed the memory budget; then all chunks go to a temporary
 * file and later reads use positional file reads, one per chunk and ion block. This is how trajectories larger than
 * the heap are analysed: only a block of ions is ever in memory.
 */
final class IonStore implements AutoCloseable {
    private final int ions;
    private final int chunkFrames;
    private final long budgetBytes;
    private final List<double[]> memoryChunks = new ArrayList<>();
    private final List<Long> fileOffsets = new ArrayList<>();
    private final List<Integer> chunkLengths = new ArrayList<>();
    private double[] current;
    private int currentFrames;
    private long frames;
    private Path file;
    private FileChannel channel;
    private long fileEnd;

    /**
     * @param ions        number of ions
     * @param budgetBytes heap bytes the chunks may occupy before they are moved to a temporary file
     */
    IonStore(int ions, long budgetBytes) {
        this.ions = ions;
        this.budgetBytes = budgetBytes;
        // About 4 MB per chunk, at least 16 frames.
        this.chunkFrames = Math.max(16, (int) Math.min(1 << 16, (1L << 19) / Math.max(1, 3L * ions)));
        this.current = new double[3 * ions * chunkFrames];
    }

    /** Appends a frame: xyz per ion, 3 * ions values. */
    void append(double[] xyz) {
        int f = currentFrames;
        for (int i = 0; i < ions; i++) {
            int base = 3 * i * chunkFrames + f;
            current[base] = xyz[3 * i];
            current[base + chunkFrames] = xyz[3 * i + 1];
            current[base + 2 * chunkFrames] = xyz[3 * i + 2];
        }
        currentFrames++;
        frames++;
        if (currentFrames == chunkFrames) {
            flushChunk();
        }
    }

    /** Closes the last partial chunk; call once after the last frame. */
    void finish() {
        if (currentFrames > 0) {
            flushChunk();
        }
        current = null;
    }

    private void flushChunk() {
        int fc = currentFrames;
        double[] packed = new double[3 * ions * fc];
        for (int s = 0; s < 3 * ions; s++) {
            System.arraycopy(current, s * chunkFrames, packed, s * fc, fc);
        }
        chunkLengths.add(fc);
        currentFrames = 0;
        if (channel == null && (long) (memoryChunks.size() + 1) * current.length * 8L > budgetBytes) {
            spillToFile();
        }
        if (channel != null) {
            fileOffsets.add(fileEnd);
            write(packed);
        } else {
            memoryChunks.add(packed);
        }
    }

    private void spillToFile() {
        try {
            file = Files.createTempFile("ionhop-trajectory-", ".bin");
            file.toFile().deleteOnExit();
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            for (double[] c : memoryChunks) {
                fileOffsets.add(fileEnd);
                write(c);
            }
            memoryChunks.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the temporary trajectory file", e);
        }
    }

    private void write(double[] data) {
        ByteBuffer buf = ByteBuffer.allocate(data.length * 8).order(ByteOrder.nativeOrder());
        buf.asDoubleBuffer().put(data);
        try {
            while (buf.hasRemaining()) {
                fileEnd += channel.write(buf, fileEnd);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary trajectory file", e);
        }
    }

    /** Number of frames stored. */
    long frames() {
        return frames;
    }

    /** Whether the data live in a temporary file. */
    boolean onDisk() {
        return channel != null;
    }

    /**
     * Reads the series of ions [from, to): out[(ion - from) * 3 + axis] receives frames() values.
     */
    void read(int from, int to, double[][] out) {
        long offset = 0;
        int nChunks = chunkLengths.size();
        ByteBuffer buf = null;
        for (int c = 0; c < nChunks; c++) {
            int fc = chunkLengths.get(c);
            int len = 3 * (to - from) * fc;
            double[] src;
            int srcBase;
            if (channel == null) {
                src = memoryChunks.get(c);
                srcBase = 3 * from * fc;
            } else {
                if (buf == null || buf.capacity() < len * 8) {
                    buf = ByteBuffer.allocate(len * 8).order(ByteOrder.nativeOrder());
                }
                buf.clear().limit(len * 8);
                long pos = fileOffsets.get(c) + 3L * from * fc * 8;
                try {
                    while (buf.hasRemaining()) {
                        int n = channel.read(buf, pos + buf.position());
                        if (n < 0) {
                            throw new IOException("unexpected end of the temporary file");
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the temporary trajectory file", e);
                }
                buf.flip();
                src = new double[len];
                buf.asDoubleBuffer().get(src);
                srcBase = 0;
            }
            for (int s = 0; s < 3 * (to - from); s++) {
                System.arraycopy(src, srcBase + s * fc, out[s], (int) offset, fc);
            }
            offset += fc;
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            channel = null;
        }
    }
}
