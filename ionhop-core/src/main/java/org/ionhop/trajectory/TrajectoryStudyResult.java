package org.ionhop.trajectory;

import java.nio.file.Path;
import java.util.List;

/**
 * The results of a {@link TrajectoryStudy}.
 *
 * @param settings  the settings it ran with
 * @param runs      one result per analysed file, in input order
 * @param arrhenius the Arrhenius fit of D* and the extrapolation, or null with fewer than two distinct temperatures
 * @param skipped   files that could not be analysed (only with {@link TrajectorySettings#skipFailedFiles()})
 */
public record TrajectoryStudyResult(TrajectorySettings settings, List<TrajectoryRun> runs, ArrheniusAnalysis arrhenius,
                                    List<Skipped> skipped) {
    /** Copies the lists. */
    public TrajectoryStudyResult {
        runs = List.copyOf(runs);
        skipped = List.copyOf(skipped);
    }

    /** The transport results of the runs, in order. */
    public List<TransportResult> transport() {
        return runs.stream().map(TrajectoryRun::transport).toList();
    }

    /**
     * A file that was not analysed.
     *
     * @param file   the file
     * @param reason what was wrong (one line)
     */
    public record Skipped(Path file, String reason) {
    }
}
