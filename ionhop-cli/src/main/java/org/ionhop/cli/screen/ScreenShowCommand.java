package org.ionhop.cli.screen;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Json;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;

/** {@code ionhop screen show}: the store as a table, sorted and filtered. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints the rows of a results store as a table (or JSON), sorted and filtered.")
public final class ScreenShowCommand implements Callable<Integer> {
    private static final List<ScreenColumn> DEFAULT_COLUMNS = List.of(ScreenColumn.FILE, ScreenColumn.STATUS,
            ScreenColumn.FORMULA, ScreenColumn.BARRIER_1D_EV, ScreenColumn.BARRIER_3D_EV, ScreenColumn.DIMENSIONALITY,
            ScreenColumn.SIGMA_300K_S_CM, ScreenColumn.EA_EV, ScreenColumn.MESSAGE);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "Results store (DuckDB file).")
    Path store;

    @Option(names = "--sort", paramLabel = "COL",
            description = "Column to sort by; prefix with - for descending (default: file).")
    String sort = "file";

    @Option(names = "--where", paramLabel = "SQL",
            description = "Row filter as an SQL condition on the columns, e.g. \"status = 'ok' AND barrier_1d_eV < 0.4\".")
    String where;

    @Option(names = "--top", paramLabel = "N", description = "Show the first N rows (default: all).")
    int top;

    @Option(names = "--columns", paramLabel = "COL", split = ",", description = "Columns to show.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--json", description = "Print the rows as a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        List<ScreenColumn> cols = columns.isEmpty() ? DEFAULT_COLUMNS : columns.stream().map(ScreenShowCommand::column)
                .toList();
        List<ScreenRow> rows;
        try (ResultsStore db = ResultsStore.openExisting(store)) {
            rows = db.rows(where, orderBy(sort), top);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> maps = new ArrayList<>();
            for (ScreenRow r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                r.asMap().forEach((c, v) -> m.put(c.columnName(), v));
                maps.add(m);
            }
            out.println(Json.write(maps));
            return 0;
        }
        out.print(ScreenTable.format(rows, cols));
        out.printf("%d row(s)%n", rows.size());
        return 0;
    }

    /** A column by name, or a bad-input error listing the names. */
    static ScreenColumn column(String name) {
        return Arrays.stream(ScreenColumn.values()).filter(c -> c.columnName().equalsIgnoreCase(name.strip()))
                .findFirst().orElseThrow(() -> new InvalidSettingException("sort", "expected a column name ("
                        + String.join(", ", Arrays.stream(ScreenColumn.values()).map(ScreenColumn::columnName).toList())
                        + "), got \"" + name + "\""));
    }

    /** ORDER BY for "-col" / "col", nulls last. */
    static String orderBy(String sort) {
        boolean desc = sort.startsWith("-");
        ScreenColumn c = column(desc ? sort.substring(1) : sort);
        return ResultsStore.quote(c.columnName()) + (desc ? " DESC" : " ASC") + " NULLS LAST, file, block";
    }
}
