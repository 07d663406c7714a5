package org.ionhop.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which section an input goes to: the NEB and exchange rules and the rules they must not disturb. */
class InputKindTest {
    @Test
    void nebBandsAndExchangeTablesByName() {
        assertThat(InputKind.detect(Path.of("examples/neb/double_well_band.xyz"))).isEqualTo(InputKind.NEB);
        assertThat(InputKind.detect(Path.of("run/NEB.extxyz"))).isEqualTo(InputKind.NEB);
        assertThat(InputKind.detect(Path.of("examples/nmr/tracer_exchange_3pool.txt"))).isEqualTo(InputKind.EXCHANGE);
        // named like an NMR table, but an exchange table: the exchange section only
        assertThat(InputKind.detect(Path.of("nmr_t1_exchange.csv"))).isEqualTo(InputKind.EXCHANGE);
        // unchanged
        assertThat(InputKind.detect(Path.of("md_300K.xyz"))).isEqualTo(InputKind.TRAJECTORY);
        assertThat(InputKind.detect(Path.of("sample_nmr_t1.txt"))).isEqualTo(InputKind.NMR);
        assertThat(InputKind.detect(Path.of("double_well_network.json"))).isEqualTo(InputKind.NETWORK);
        assertThat(InputKind.detect(Path.of("exchange_defects.yaml"))).isEqualTo(InputKind.DEFECTS);
    }

    @Test
    void aFolderIsNebOnlyWithNumberedImageFolders(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        Files.createDirectories(dir.resolve("00"));
        Files.createDirectories(dir.resolve("01"));
        assertThat(InputKind.detect(dir)).isEqualTo(InputKind.UNKNOWN);
        Files.writeString(dir.resolve("00/POSCAR"), "x");
        assertThat(InputKind.detect(dir)).isEqualTo(InputKind.UNKNOWN);
        Files.writeString(dir.resolve("01/OSZICAR"), "x");
        assertThat(InputKind.detect(dir)).isEqualTo(InputKind.NEB);
        assertThat(InputKind.detect(Path.of(System.getProperty("ionhop.root"), "examples/neb/double_well")))
                .isEqualTo(InputKind.NEB);
    }
}
