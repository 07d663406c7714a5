package org.ionhop.cli.theory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.UnitNames;
import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;
import org.ionhop.transport.HopSettings;
import org.ionhop.transport.InvertResult;
import org.ionhop.transport.InvertSettings;
import org.ionhop.transport.SigmaResult;
import org.ionhop.transport.SigmaSeries;
import org.ionhop.transport.SigmaSettings;
import org.ionhop.transport.TransportTheory;

/**
 * {@code transport sigma} and {@code transport invert}: the seeds' Eq. 1 forward and inverse
 * ({@link TransportTheory#sigma}, {@link TransportTheory#invert}), with the hop options they share.
 */
final class Eq1Commands {
    private Eq1Commands() {
    }

    /**
     * The hop statistics of Eq. 1 that {@code sigma} and {@code invert} share ({@link HopSettings}); field names are
     * the settings' components so that an invalid value is reported with its flag.
     */
    static final class HopOptions {
        private static final HopSettings DEFAULTS = HopSettings.defaults();

        @Option(names = "--f", paramLabel = "F", description = "Correlation factor f (default ${DEFAULT-VALUE}).")
        double correlationFactor = DEFAULTS.correlationFactor();
        @Option(names = "--haven", paramLabel = "H_R", description = "Haven ratio (default ${DEFAULT-VALUE}).")
        double havenRatio = DEFAULTS.havenRatio();
        @Option(names = "--q", paramLabel = "E", description = "Ion charge in e (default ${DEFAULT-VALUE}).")
        double chargeE = DEFAULTS.chargeE();
        @Option(names = "--dim", paramLabel = "D",
                description = "Dimension d of the walk: 1/(2d) replaces Eq. 1's 1/6 (default ${DEFAULT-VALUE}).")
        int dimension = DEFAULTS.dimension();

        HopSettings settings() {
            return new HopSettings(correlationFactor, havenRatio, chargeE, dimension);
        }
    }

    /** {@code transport sigma}: Eq. 1 forward. */
    @Command(name = "sigma", mixinStandardHelpOptions = true,
            description = {"Eq. 1 forward: sigma = (1/2d)(f/H_R)(c q^2/k_B T) a^2 nu_0 exp(dS/k_B) exp(-dH/k_B T), "
                    + "with D_sigma, D* and the jump rate, at each temperature.",
                "nu_0 exp(dS/k_B) is the total attempt frequency of an ion (Gamma is its total jump rate); a "
                    + "per-path prefactor such as 'transport vineyard' gives needs --paths z."})
    static final class Sigma implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--a", required = true, paramLabel = "ANGSTROM", description = "Jump distance a (Å).")
        double jumpDistanceA;
        @Mixin
        HopOptions hop;
        @Option(names = "--c", required = true, paramLabel = "PER_CM3",
                description = "Number density of mobile ions c (1/cm^3).")
        double carrierDensityPerCm3;
        @Option(names = "--nu0", required = true, paramLabel = "THZ",
                description = "Attempt frequency nu_0 (THz): the total of an ion, or per path with --paths.")
        double attemptFrequencyThz;
        @Option(names = "--paths", paramLabel = "Z",
                description = "Number z of equivalent paths out of a site when --nu0 is the prefactor of one path "
                        + "(Vineyard's nu*): Gamma = z nu_0 exp(dS/k_B) exp(-dH/k_B T) (default ${DEFAULT-VALUE}).")
        int paths = SigmaSettings.DEFAULT_PATHS;
        @Option(names = "--dS", paramLabel = "KB", description = "Activation entropy (k_B, default ${DEFAULT-VALUE}).")
        double activationEntropyKb = SigmaSettings.DEFAULT_ACTIVATION_ENTROPY_KB;
        @Option(names = "--dH", required = true, paramLabel = "EV", description = "Activation enthalpy (eV).")
        double activationEnthalpyEv;
        @Option(names = {"-T", "--temperature"}, required = true, split = ",", paramLabel = "K",
                description = "Temperature(s) in K, comma-separated.")
        double[] temperaturesK;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        SigmaSettings settings() {
            return new SigmaSettings(carrierDensityPerCm3, jumpDistanceA, hop.settings(), attemptFrequencyThz, paths,
                    activationEntropyKb, activationEnthalpyEv, temperaturesK);
        }

        @Override
        public Integer call() {
            SigmaSettings s = settings();
            SigmaResult r = TransportTheory.sigma(s);
            List<String> text = new ArrayList<>();
            text.add(String.format(Locale.ROOT, "%8s %14s %14s %14s %14s", "T (K)", "sigma (S/cm)", "D_sigma (cm2/s)",
                    "D* (cm2/s)", "Gamma (1/s)"));
            for (SigmaResult.Row row : r.results()) {
                text.add(String.format(Locale.ROOT, "%8.2f %14.4e %14.4e %14.4e %14.4e", row.temperatureK(),
                        row.sigmaSPerCm(), row.chargeDiffusivityCm2PerS(), row.tracerDiffusivityCm2PerS(),
                        row.jumpRatePerS()));
            }
            TransportCommand.emit(spec, json, "sigma", List.of(), units(), s, r, text);
            return 0;
        }

        static Map<String, String> units() {
            return UnitNames.of("conductivity", "diffusivity", "rate", "number_density", "length", "frequency_THz",
                    "entropy", "energy", "temperature");
        }
    }

    /** {@code transport invert}: Eq. 1 inverse. */
    @Command(name = "invert", mixinStandardHelpOptions = true,
            description = {"Eq. 1 inverse: the effective attempt frequency nu_0 exp(dS/k_B) (and dS when --nu0 is "
                    + "given) from a measured sigma at one T with dH, or from a sigma(T) file (columns T/K, sigma/S/cm, "
                    + "optional error; # comments) through an Arrhenius fit of sigma T, which also gives dH.",
                "Without --c, solves for the carrier density instead: give --nu0 (and --dS) with --sigma or --data."})
    static final class Invert implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--c", paramLabel = "PER_CM3",
                description = "Mobile-ion density (1/cm^3); omit it to solve for it (needs --nu0).")
        double carrierDensityPerCm3 = Double.NaN;
        @Option(names = "--dS", paramLabel = "KB",
                description = "Activation entropy (k_B), used when solving for c (default ${DEFAULT-VALUE}).")
        double activationEntropyKb = SigmaSettings.DEFAULT_ACTIVATION_ENTROPY_KB;
        @Option(names = "--a", required = true, paramLabel = "ANGSTROM", description = "Jump distance a (Å).")
        double jumpDistanceA;
        @Mixin
        HopOptions hop;
        @Option(names = "--sigma", paramLabel = "S_PER_CM", description = "Measured sigma (S/cm) at --temperature.")
        double sigmaSPerCm = Double.NaN;
        @Option(names = {"-T", "--temperature"}, paramLabel = "K", description = "Temperature of --sigma (K).")
        double temperatureK = Double.NaN;
        @Option(names = "--dH", paramLabel = "EV", description = "Activation enthalpy (eV), with --sigma.")
        double activationEnthalpyEv = Double.NaN;
        @Option(names = "--data", paramLabel = "FILE", description = "sigma(T) table instead of --sigma.")
        Path data;
        @Option(names = "--nu0", paramLabel = "THZ",
                description = "A known nu_0 (THz): dS is reported (with --c) or c is solved for (without --c).")
        double attemptFrequencyThz = Double.NaN;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        InvertSettings settings() {
            return new InvertSettings(carrierDensityPerCm3, jumpDistanceA, hop.settings(), activationEntropyKb,
                    attemptFrequencyThz, sigmaSPerCm, temperatureK, activationEnthalpyEv,
                    data == null ? null : readTable(data));
        }

        @Override
        public Integer call() {
            InvertSettings s = settings();
            InvertResult r = TransportTheory.invert(s);
            List<String> text = new ArrayList<>();
            if (r.fit() != null) {
                text.add(String.format(Locale.ROOT, "Arrhenius fit of sigma T over %d points: dH = %.4f ± %s eV",
                        r.fit().points(), r.fit().activationEnthalpyEv().value(),
                        TransportCheck.num(r.fit().activationEnthalpyEv().err())));
            }
            if (r.carrierDensity() != null) {
                var c = r.carrierDensity().perCm3();
                text.add(String.format(Locale.ROOT, "implied carrier density c = %.4g 1/cm^3%s", c.value(),
                        c.hasError() ? String.format(Locale.ROOT, " ± %.2g", c.err()) : ""));
            }
            if (r.attempt() != null) {
                var nu = r.attempt().effectiveThz();
                text.add(String.format(Locale.ROOT, "nu_0 exp(dS/k_B) = %.4g THz%s", nu.value(),
                        nu.hasError() ? String.format(Locale.ROOT, " ± %.2g", nu.err()) : ""));
                if (r.attempt().attemptFrequencyThz() != null) {
                    text.add(String.format(Locale.ROOT, "with nu_0 = %.4g THz: dS = %.3f k_B",
                            r.attempt().attemptFrequencyThz(), r.attempt().activationEntropyKb()));
                }
            }
            TransportCommand.emit(spec, json, "invert", data == null ? List.of() : List.of(data),
                    UnitNames.of("frequency_THz", "entropy", "energy", "conductivity", "number_density",
                            "temperature"), s, r, text);
            return 0;
        }

        /** Reads T, sigma and optional error columns (whitespace or comma separated; # comments). */
        static SigmaSeries readTable(Path file) {
            List<double[]> rows = new ArrayList<>();
            try (TextSource src = TextSource.open(file)) {
                String line;
                while ((line = src.nextLine()) != null) {
                    String s = line.strip();
                    if (s.isEmpty() || s.startsWith("#")) {
                        continue;
                    }
                    String[] tok = s.split("[,\\s]+");
                    if (tok.length < 2) {
                        throw src.error("expected T and sigma (and optionally its error), found '" + s + "'");
                    }
                    double[] r = new double[tok.length >= 3 ? 3 : 2];
                    for (int i = 0; i < r.length; i++) {
                        r[i] = src.parseDouble(tok[i], i == 0 ? "temperature (K)" : i == 1 ? "sigma (S/cm)" : "error");
                        // The fit takes logarithms of T and sigma and weights by 1/error: all must be positive,
                        // checked here so that the message names the line.
                        if (!(r[i] > 0) || !Double.isFinite(r[i])) {
                            throw src.error("expected a positive " + (i == 0 ? "temperature (K)" : i == 1
                                    ? "sigma (S/cm)" : "error of sigma (S/cm)") + ", found '" + tok[i] + "'");
                        }
                    }
                    if (!rows.isEmpty() && rows.get(0).length != r.length) {
                        throw src.error("expected " + rows.get(0).length + " columns as in the first row (an error "
                                + "for every sigma or for none), found " + r.length);
                    }
                    rows.add(r);
                }
            }
            if (rows.size() < 2) {
                throw new InputFormatException(file, 0, "expected at least two rows of T and sigma, found "
                        + rows.size());
            }
            boolean errs = rows.get(0).length == 3;
            return new SigmaSeries(rows.stream().mapToDouble(r -> r[0]).toArray(),
                    rows.stream().mapToDouble(r -> r[1]).toArray(),
                    errs ? rows.stream().mapToDouble(r -> r[2]).toArray() : null);
        }
    }
}
