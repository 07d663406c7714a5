package org.ionhop.cli.screen;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.Version;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.Progress;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.screen.ScreenRunner;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.screen.Shard;
import org.ionhop.structure.Element;

/** {@code ionhop screen}: transport descriptors of many structures into an embedded results store. */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {ScreenShowCommand.class, ScreenExportCommand.class, ScreenReportCommand.class,
            ScreenMergeCommand.class, ScreenImportCommand.class},
        description = {"Screens structures (files, folders, globs, list files, tar/zip archives, multi-block CIFs) "
                + "for ionic transport: bond-valence landscape, percolation barriers, frustration descriptors and a "
                + "kinetic Monte Carlo estimate of sigma(300 K), one row per structure in a DuckDB results store.",
            "Resumable: a rerun with the same inputs and settings computes only what is not stored yet. "
                + "Subcommands show, export, report and merge read stores; import loads the Spark screen's output."})
public final class ScreenCommand implements Callable<Integer> {
    private static final ScreenSettings DEFAULTS = ScreenSettings.of(Element.Li);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Structure files, folders, glob patterns, "
            + "list files (.list/.lst/.txt) or archives (.tar, .tar.gz, .tgz, .zip).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--ion", paramLabel = "EL", description = "Mobile ion (default: ${DEFAULT-VALUE}).")
    String ion = DEFAULTS.ion().symbol();

    @Option(names = "--grid", paramLabel = "Å", description = "Bond-valence grid spacing (default: ${DEFAULT-VALUE}).")
    double gridSpacingA = DEFAULTS.gridSpacingA();

    @Option(names = "--cutoff", paramLabel = "Å", description = "Bond-valence cut-off (default: ${DEFAULT-VALUE}).")
    double cutoffA = DEFAULTS.cutoffA();

    @Option(names = "--store", paramLabel = "FILE", description = "Results store, DuckDB (default: ${DEFAULT-VALUE}).")
    Path store = Path.of("screen.duckdb");

    @Option(names = "--threads", paramLabel = "N", description = "Structures in parallel (default: all cores).")
    int threads = DEFAULTS.threads();

    @Option(names = "--shard", paramLabel = "k/N", description = "Run part k of N of the inputs (default: all).")
    String shard = "1/1";

    @Option(names = "--timeout-s", paramLabel = "S",
            description = "Wall-time limit per structure in s, 0 for none (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds = DEFAULTS.timeoutSeconds();

    @Option(names = "--no-kmc", description = "Skip the kinetic Monte Carlo estimate (landscape descriptors only).")
    boolean noKmc;

    @Option(names = "--kmc-temperatures", paramLabel = "K", split = ",", arity = "1..*",
            description = "Temperatures of the kMC estimate (default: 500,600,700,800).")
    List<Double> kmcTemperaturesK = new ArrayList<>(DEFAULTS.kmcTemperaturesK());

    @Option(names = "--kmc-steps", paramLabel = "N",
            description = "kMC events per temperature (default: ${DEFAULT-VALUE}).")
    long kmcSteps = DEFAULTS.kmcSteps();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the kMC estimate (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--json", description = "Print the run summary as JSON (no progress bar).")
    boolean json;

    /** The settings the options describe. */
    ScreenSettings settings() {
        Element el = Element.fromSymbol(ion).orElseThrow(() -> new InvalidSettingException("ion",
                "expected an element symbol such as Li or Na, got \"" + ion + "\""));
        return new ScreenSettings(el, gridSpacingA, cutoffA, !noKmc, kmcTemperaturesK, kmcSteps, seed, timeoutSeconds,
                threads);
    }

    @Override
    public Integer call() {
        if (inputs.isEmpty()) {
            // optional for picocli, so that the subcommands (show STORE ...) parse without inputs
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required parameter: 'INPUT' (structure files, folders, globs, lists or archives)");
        }
        ScreenSettings s = settings();
        Shard part = Shard.parse(shard);
        Instant started = Instant.now();
        String runId = UUID.randomUUID().toString();
        ScreenRunner.Summary sum;
        try (ResultsStore db = ResultsStore.open(store)) {
            db.recordRun(runId, s.hash(), s.toString(), Version.get(), String.join(" ", inputs), started, null,
                    new long[5]);
            try (Progress progress = Progress.start("screen", json)) {
                sum = ScreenRunner.run(inputs, s, part, db, progress);
            }
            db.recordRun(runId, s.hash(), s.toString(), Version.get(), String.join(" ", inputs), started, Instant.now(),
                    new long[] {sum.inputs(), sum.skipped(), sum.ok(), sum.errors(), sum.timeouts()});
        }
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(new Summary(store.toString(), s.hash(), part.index() + "/" + part.count(),
                    sum.inputs(), sum.skipped(), sum.ok(), sum.errors(), sum.timeouts(), seconds,
                    Json.meta("screen", inputs.stream().map(Path::of).toList(), s.seed(),
                            UnitNames.of("energy", "conductivity", "length", "temperature"), settingsMap(s)))));
        } else {
            out.printf("screened %d structure(s) into %s: %d ok, %d error(s), %d timeout(s), %d already stored "
                    + "(%.1f s)%n", sum.inputs(), store, sum.ok(), sum.errors(), sum.timeouts(), sum.skipped(), seconds);
            out.println("next: ionhop screen show " + store + " --sort barrier_1d_eV --top 20");
        }
        return 0;
    }

    /**
     * The JSON summary of a run.
     *
     * @param store        the store file
     * @param settingsHash hash of the settings the rows are stored under
     * @param shard        the part run, k/N
     * @param inputs       inputs in this part
     * @param skipped      inputs already stored
     * @param ok           rows with status ok
     * @param errors       rows with status error
     * @param timeouts     rows with status timeout
     * @param seconds      wall-clock seconds
     * @param meta         provenance
     */
    record Summary(String store, @JsonProperty("settings_hash") String settingsHash, String shard, long inputs,
                   long skipped, long ok, long errors, long timeouts, double seconds, JsonNode meta) {
    }

    private static Map<String, Object> settingsMap(ScreenSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ion", s.ion().symbol());
        m.put("grid_spacing_A", s.gridSpacingA());
        m.put("cutoff_A", s.cutoffA());
        m.put("kmc", s.kmc());
        m.put("kmc_temperatures_K", s.kmcTemperaturesK());
        m.put("kmc_steps", s.kmcSteps());
        m.put("timeout_s", s.timeoutSeconds());
        m.put("threads", s.threads());
        m.put("settings_hash", s.hash());
        return m;
    }
}
