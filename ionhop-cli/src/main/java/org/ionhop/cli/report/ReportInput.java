package org.ionhop.cli.report;

import java.nio.file.Path;

/** An input file of the report with its kind. */
public record ReportInput(Path path, InputKind kind) {
    /** Classifies a path. */
    public static ReportInput of(Path path) {
        return new ReportInput(path, InputKind.detect(path));
    }
}
