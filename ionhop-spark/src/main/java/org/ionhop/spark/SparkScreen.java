package org.ionhop.spark;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;

import org.ionhop.io.InvalidSettingException;

/**
 * Entry point of the screen on Apache Spark:
 * {@code spark-submit --class org.ionhop.spark.SparkScreen ionhop-spark.jar screen --ion Li --input PATHS
 * --output DIR [options]}, with the options of {@code ionhop screen} (see {@link SparkScreenOptions}). Exit codes
 * as the command line's: 0 done, 2 bad options or output folder (one line naming the flag), 1 anything else.
 */
public final class SparkScreen {
    private SparkScreen() {
    }

    /** spark-submit's entry point: parses, runs on the session spark-submit configured, exits 2 or 1 on failure. */
    public static void main(String[] args) {
        int code = parseOnly(args, System.err);
        if (code < 0) {
            SparkSession spark = SparkSession.builder().appName("ionhop screen").getOrCreate();
            try {
                code = run(spark, args, System.out, System.err);
            } finally {
                spark.stop();
            }
        }
        if (code > 0) {
            System.exit(code);
        }
    }

    /** Checks the arguments without Spark: -1 when they are fine, else the exit code (help printed: 0). */
    static int parseOnly(String[] args, PrintStream err) {
        List<String> a = Arrays.asList(args);
        if (a.contains("--help") || a.contains("-h")) {
            err.println(SparkScreenOptions.USAGE);
            return 0;
        }
        try {
            options(a);
            return -1;
        } catch (InvalidSettingException e) {
            err.println("ionhop-spark: " + SparkScreenOptions.flagOf(e.setting()) + ": " + e.problem());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("ionhop-spark: " + e.getMessage());
            return 2;
        }
    }

    private static SparkScreenOptions options(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("screen")) {
            throw new IllegalArgumentException("expected the command \"screen\" first; see --help");
        }
        return SparkScreenOptions.parse(args.subList(1, args.size()));
    }

    /**
     * Runs the screen on a session (tests pass their own) and prints one summary line.
     *
     * @return the exit code
     */
    public static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
        try {
            SparkScreenOptions o = options(Arrays.asList(args));
            SparkScreenJob.Summary s = SparkScreenJob.run(spark, o);
            out.printf(Locale.ROOT, "screened %d structure(s) into %s: %d ok, %d error(s), %d timeout(s), %d already "
                            + "stored (%d partitions, cost imbalance %.2f, %.1f s)%n", s.inputs(), o.output(), s.ok(),
                    s.errors(), s.timeouts(), s.skipped(), s.partitions(), s.imbalance(), s.seconds());
            out.println("next: ionhop screen import " + o.output() + " --store screen.duckdb");
            return 0;
        } catch (InvalidSettingException e) {
            err.println("ionhop-spark: " + SparkScreenOptions.flagOf(e.setting()) + ": " + e.problem());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("ionhop-spark: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("ionhop-spark: I/O error: " + e.getMessage());
            return 1;
        }
    }
}
