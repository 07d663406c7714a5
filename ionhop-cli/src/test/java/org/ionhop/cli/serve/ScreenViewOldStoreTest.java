package org.ionhop.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.screen.ScreenColumn;

/**
 * {@code serve} opens a store read-only, so it cannot add the columns a store of an older ionhop lacks (as
 * {@code ResultsStore} does): the rows must still be served, with those columns empty.
 */
class ScreenViewOldStoreTest {
    @Test
    void aStoreWithoutNewerColumnsIsServedWithThemEmpty(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("old.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE results (input_sha256 VARCHAR, file VARCHAR, block VARCHAR, settings_hash VARCHAR, "
                    + "status VARCHAR, space_group VARCHAR, PRIMARY KEY (input_sha256, block, settings_hash))");
            st.execute("INSERT INTO results VALUES ('aa', 'old.cif', 'b', 'h', 'ok', 'P 1')");
        }
        ObjectNode page;
        try (ScreenView view = new ScreenView(store)) {
            page = view.rows(List.of(), ScreenColumn.FILE, false, 0, 10);
        }
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode row = page.get("rows").get(0);
        assertThat(row).hasSize(ScreenColumn.values().length);
        assertThat(row.get(ScreenColumn.SPACE_GROUP.ordinal()).asText()).isEqualTo("P 1");
        assertThat(row.get(ScreenColumn.SPACE_GROUP_DETECTED.ordinal()).isNull()).isTrue();
    }
}
