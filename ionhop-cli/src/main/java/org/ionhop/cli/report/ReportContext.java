package org.ionhop.cli.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report section gets: the inputs, the folder to write figures into, and the user's options.
 *
 * @param inputs    every input file with its kind
 * @param dir       the (staging) output folder; figures go here, named relative to it in the HTML
 * @param ion       the mobile ion ("Li")
 * @param seed      the seed for any randomised work (kMC)
 * @param quick     whether to use short runs (tests, previews)
 * @param temperatures temperatures in K given by the user (may be empty)
 * @param frameIntervalPs time between trajectory frames in ps given by the user (time step x stride), or NaN to
 *                        take it from the files
 */
public record ReportContext(List<ReportInput> inputs, Path dir, String ion, long seed, boolean quick,
                            List<Double> temperatures, double frameIntervalPs) {

    /** A context without a user-given frame interval. */
    public ReportContext(List<ReportInput> inputs, Path dir, String ion, long seed, boolean quick,
                         List<Double> temperatures) {
        this(inputs, dir, ion, seed, quick, temperatures, Double.NaN);
    }

    /** Inputs of one kind. */
    public List<Path> inputsOf(InputKind kind) {
        return inputs.stream().filter(i -> i.kind() == kind).map(ReportInput::path).toList();
    }

    /** Whether there is at least one input of this kind. */
    public boolean has(InputKind kind) {
        return inputs.stream().anyMatch(i -> i.kind() == kind);
    }
}
