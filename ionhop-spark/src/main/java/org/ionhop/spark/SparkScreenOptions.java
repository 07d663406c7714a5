package org.ionhop.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.screen.Shard;
import org.ionhop.structure.Element;

/**
 * The options of the Spark screen, spelled as those of {@code ionhop screen} (same flags, same defaults from
 * {@link ScreenSettings#of}), plus {@code --input}, {@code --output}, {@code --resume} and {@code --partitions}.
 * Parsed by hand: the job jar carries no command-line library, and the flags are few.
 *
 * @param inputs           files, folders, globs, list files or archives, as Hadoop paths ({@code file:},
 *                         {@code hdfs:}, {@code s3a:} or no scheme for the default file system)
 * @param output           the output folder (Parquet datasets {@code results/} and {@code runs/})
 * @param ion              mobile element
 * @param gridSpacingA     bond-valence grid spacing in Å
 * @param cutoffA          bond-valence cut-off in Å
 * @param kmc              whether to run the kMC estimate
 * @param kmcTemperaturesK kMC temperatures in K
 * @param kmcSteps         kMC events per temperature
 * @param seed             kMC seed
 * @param timeoutSeconds   wall-time limit per structure in s (0: none)
 * @param shardText        part k/N of the inputs
 * @param resume           whether to add to an existing output, skipping structures already in it
 * @param partitions       partitions of the screening stage (0: four per executor core)
 */
public record SparkScreenOptions(List<String> inputs, String output, Element ion, double gridSpacingA, double cutoffA,
                                 boolean kmc, List<Double> kmcTemperaturesK, long kmcSteps, long seed,
                                 double timeoutSeconds, String shardText, boolean resume, int partitions)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ScreenSettings DEFAULTS = ScreenSettings.of(Element.Li);

    /** The usage text. */
    public static final String USAGE = String.join("\n",
            "usage: spark-submit --class org.ionhop.spark.SparkScreen ionhop-spark.jar screen --input PATHS "
                    + "--output DIR [options]",
            "  --input PATHS          files, folders, globs, list files or archives (comma-separated or repeated;",
            "                         file:, hdfs:, s3a: or the default file system); also as trailing arguments",
            "  --output DIR           output folder: Parquet datasets DIR/results and DIR/runs",
            "  --resume               add to an existing output, skipping structures whose rows it has",
            "  --ion EL               mobile ion (default Li)",
            "  --grid A               bond-valence grid spacing in Å (default " + DEFAULTS.gridSpacingA() + ")",
            "  --cutoff A             bond-valence cut-off in Å (default " + DEFAULTS.cutoffA() + ")",
            "  --timeout-s S          wall-time limit per structure in s, 0 for none (default "
                    + DEFAULTS.timeoutSeconds() + ")",
            "  --no-kmc               skip the kinetic Monte Carlo estimate",
            "  --kmc-temperatures K   kMC temperatures, comma-separated (default 500,600,700,800)",
            "  --kmc-steps N          kMC events per temperature (default " + DEFAULTS.kmcSteps() + ")",
            "  --seed S               seed of the kMC estimate (default " + DEFAULTS.seed() + ")",
            "  --shard k/N            run part k of N of the inputs (default 1/1)",
            "  --partitions N         partitions of the screening stage (default: 4 per executor core)",
            "  --threads N            accepted for compatibility with ionhop screen; Spark's executor cores decide");

    /** Validates and copies. */
    public SparkScreenOptions {
        inputs = List.copyOf(inputs);
        kmcTemperaturesK = List.copyOf(kmcTemperaturesK);
        InvalidSettingException.require(!inputs.isEmpty(), "inputs",
                "expected at least one input (files, folders, globs, lists or archives)");
        InvalidSettingException.require(output != null && !output.isBlank(), "output", "expected an output folder");
        InvalidSettingException.require(partitions >= 0, "partitions", "expected a number >= 0, got " + partitions);
        Shard.parse(shardText);
        settingsOf(ion, gridSpacingA, cutoffA, kmc, kmcTemperaturesK, kmcSteps, seed, timeoutSeconds);
    }

    private static ScreenSettings settingsOf(Element ion, double grid, double cutoff, boolean kmc, List<Double> temps,
                                             long steps, long seed, double timeout) {
        // one thread: each executor core runs one structure at a time, single-threaded, as the local runner does
        return new ScreenSettings(ion, grid, cutoff, kmc, temps, steps, seed, timeout, 1);
    }

    /** The screen settings (the same record, and so the same settings hash, as {@code ionhop screen} builds). */
    public ScreenSettings settings() {
        return settingsOf(ion, gridSpacingA, cutoffA, kmc, kmcTemperaturesK, kmcSteps, seed, timeoutSeconds);
    }

    /** The part of the inputs to run. */
    public Shard shard() {
        return Shard.parse(shardText);
    }

    /**
     * Parses the arguments after {@code screen}.
     *
     * @throws InvalidSettingException naming the flag ({@code --grid}) for a bad or missing value
     */
    public static SparkScreenOptions parse(List<String> args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String ion = DEFAULTS.ion().symbol();
        double grid = DEFAULTS.gridSpacingA();
        double cutoff = DEFAULTS.cutoffA();
        boolean kmc = true;
        List<Double> temps = new ArrayList<>(DEFAULTS.kmcTemperaturesK());
        long steps = DEFAULTS.kmcSteps();
        long seed = DEFAULTS.seed();
        double timeout = DEFAULTS.timeoutSeconds();
        String shard = "1/1";
        boolean resume = false;
        int partitions = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String flag = a;
            String inline = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                flag = a.substring(0, eq);
                inline = a.substring(eq + 1);
            }
            switch (flag) {
                case "--no-kmc" -> kmc = false;
                case "--resume" -> resume = true;
                case "--input" -> {
                    for (String s : value(args, i, flag, inline).split(",")) {
                        if (!s.isBlank()) {
                            inputs.add(s.strip());
                        }
                    }
                }
                case "--output" -> output = value(args, i, flag, inline);
                case "--ion" -> ion = value(args, i, flag, inline);
                case "--grid" -> grid = number(value(args, i, flag, inline), flag);
                case "--cutoff" -> cutoff = number(value(args, i, flag, inline), flag);
                case "--timeout-s" -> timeout = number(value(args, i, flag, inline), flag);
                case "--kmc-steps" -> steps = integer(value(args, i, flag, inline), flag);
                case "--seed" -> seed = integer(value(args, i, flag, inline), flag);
                case "--shard" -> shard = value(args, i, flag, inline);
                case "--partitions" -> partitions = (int) integer(value(args, i, flag, inline), flag);
                case "--threads" -> integer(value(args, i, flag, inline), flag);
                case "--kmc-temperatures" -> {
                    temps = new ArrayList<>();
                    for (String s : value(args, i, flag, inline).split(",")) {
                        temps.add(number(s.strip(), flag));
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new InvalidSettingException(a, "unknown option; see --help");
                    }
                    inputs.add(a);
                    continue;
                }
            }
            if (inline == null && takesValue(flag)) {
                i++;
            }
        }
        String ionSymbol = ion;
        Element el = Element.fromSymbol(ionSymbol).orElseThrow(() -> new InvalidSettingException("ion",
                "expected an element symbol such as Li or Na, got \"" + ionSymbol + "\""));
        return new SparkScreenOptions(inputs, output, el, grid, cutoff, kmc, temps, steps, seed, timeout, shard, resume,
                partitions);
    }

    private static boolean takesValue(String flag) {
        return !flag.equals("--no-kmc") && !flag.equals("--resume");
    }

    private static String value(List<String> args, int i, String flag, String inline) {
        if (inline != null) {
            return inline;
        }
        if (i + 1 >= args.size()) {
            throw new InvalidSettingException(flag, "expected a value after the option");
        }
        return args.get(i + 1);
    }

    private static double number(String s, String flag) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(flag, "expected a number, got \"" + s + "\"");
        }
    }

    private static long integer(String s, String flag) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(flag, "expected a whole number, got \"" + s + "\"");
        }
    }

    /** The option a settings component is set by, for error messages. */
    static String flagOf(String setting) {
        return switch (setting) {
            case "inputs" -> "--input";
            case "output" -> "--output";
            case "ion" -> "--ion";
            case "gridSpacingA" -> "--grid";
            case "cutoffA" -> "--cutoff";
            case "kmcTemperaturesK" -> "--kmc-temperatures";
            case "kmcSteps" -> "--kmc-steps";
            case "timeoutSeconds" -> "--timeout-s";
            case "shard" -> "--shard";
            case "partitions" -> "--partitions";
            default -> setting.startsWith("-") ? setting : "--" + setting.toLowerCase(Locale.ROOT);
        };
    }
}
