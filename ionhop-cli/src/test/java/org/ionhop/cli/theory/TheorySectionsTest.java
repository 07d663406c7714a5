package org.ionhop.cli.theory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TheorySectionsTest {
    private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("examples");

    /** ionhop report on the two defect examples and the transport check: both sections, figures and report.json. */
    @Test
    void reportHasDefectAndTransportSections(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rep");
        CliRun r = CliRun.of("report", EXAMPLES.resolve("Li2S_defects.yaml").toString(),
                EXAMPLES.resolve("transport_check.yaml").toString(), "-o", out.toString(), "--quick");
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("Defect chemistry", "Transport theory", "Li2S_defects-brouwer.svg",
                "Li2S_defects-mechanism-map.svg", "haven_ratio");
        assertThat(out.resolve("Li2S_defects-brouwer.svg")).exists();
        String json = Files.readString(out.resolve("report.json"));
        assertThat(json).contains("\"regimes\"", "\"checks\"");
    }
}
