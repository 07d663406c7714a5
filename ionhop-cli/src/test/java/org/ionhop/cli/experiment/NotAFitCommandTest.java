package org.ionhop.cli.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;

/** Issue 18, section 5, from the command line: impossible PFG input refused; an unresolved decay warned about. */
class NotAFitCommandTest {
    @TempDir
    Path tmp;

    @Test
    void risingPfgDecayIsBadInput() throws Exception {
        Path f = tmp.resolve("rising.txt");
        Files.writeString(f, "# abscissa = b\n0 100\n1e10 110\n2e10 121\n4e10 146\n8e10 214\n");
        CliRun run = CliRun.of("nmr", "pfg", f.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("rises with b").doesNotContain("\n");
    }

    @Test
    void unresolvedDecayWarnsInJsonAndText() throws Exception {
        Path f = tmp.resolve("flat.txt");
        Files.writeString(f, "# abscissa = b\n0 100.001\n1e10 99.999\n2e10 100.001\n4e10 99.999\n8e10 99.999\n");
        CliRun json = CliRun.of("nmr", "pfg", f.toString(), "--json");
        assertThat(json.exitCode()).isZero();
        JsonNode w = new ObjectMapper().readTree(json.out()).get("warnings");
        assertThat(w).isNotNull();
        assertThat(w.toString()).contains("not resolved");
        CliRun text = CliRun.of("nmr", "pfg", f.toString());
        assertThat(text.out()).contains("warning: ").contains("not resolved");
    }
}
