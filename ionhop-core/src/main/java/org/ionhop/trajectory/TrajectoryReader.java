package org.ionhop.trajectory;

import java.nio.file.Path;

import org.ionhop.io.ProgressListener;

/**
 * A streaming reader of one trajectory format: it sends the header and then each frame to a {@link FrameSink}
 * and never holds more than one frame. Implementations: {@link XdatcarReader}, {@link VasprunReader},
 * {@link ExtXyzReader}, {@link LammpsDumpReader}; {@link TrajectoryFormat} chooses one.
 */
public interface TrajectoryReader {
    /**
     * Reads the file into the sink.
     *
     * @param path     the file (gzip is detected from its content)
     * @param sink     receives the header and the frames
     * @param progress told the number of bytes read so far and the file size
     * @throws org.ionhop.io.InputFormatException on malformed input
     */
    void read(Path path, FrameSink sink, ProgressListener progress);
}
