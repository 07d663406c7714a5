package org.ionhop.cli.theory;

import static org.ionhop.cli.theory.TransportCommand.emit;
import static org.ionhop.cli.theory.TransportCommand.units;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;
import org.ionhop.transport.HoppingConductivity;
import org.ionhop.units.Units;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code transport sigma} and {@code transport invert}: the seeds' Eq. 1 forward and inverse
 * ({@link HoppingConductivity}), with the hop options they share.
 */
final class Eq1Commands {
    private Eq1Commands() {
    }

    /**
     * The hop geometry and statistics of Eq. 1 that {@code sigma} and {@code invert} share (the carrier density is
     * required by one and solved for by the other, so it is declared in each).
     */
    static final class HopOptions {
        @Option(names = "--a", required = true, paramLabel = "ANGSTROM", description = "Jump distance a (Å).")
        double jumpA;
        @Option(names = "--f", defaultValue = "1", paramLabel = "F", description = "Correlation factor f (default 1).")
        double f;
        @Option(names = "--haven", defaultValue = "1", paramLabel = "H_R", description = "Haven ratio (default 1).")
        double haven;
        @Option(names = "--q", defaultValue = "1", paramLabel = "E", description = "Ion charge in e (default 1).")
        double q;
        @Option(names = "--dim", defaultValue = "3", paramLabel = "D",
                description = "Dimension d of the walk: 1/(2d) replaces Eq. 1's 1/6 (default 3).")
        int dim;

        HoppingConductivity with(double cPerA3, double nuThz, double dsKb, double dhEv) {
            return new HoppingConductivity(f, haven, cPerA3, q, jumpA, nuThz, dsKb, dhEv, dim);
        }

        void put(ObjectNode o) {
            o.put("jump_distance_A", jumpA);
            o.put("correlation_factor", f);
            o.put("haven_ratio", haven);
            o.put("charge_e", q);
            o.put("dimension", dim);
        }
    }

    /** {@code transport sigma}: Eq. 1 forward. */
    @Command(name = "sigma", mixinStandardHelpOptions = true,
            description = "Eq. 1 forward: sigma = (1/2d)(f/H_R)(c q^2/k_B T) a^2 nu_0 exp(dS/k_B) exp(-dH/k_B T), "
                    + "with D_sigma, D* and the jump rate, at each temperature.")
    static final class Sigma implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        HopOptions hop;
        @Option(names = "--c", required = true, paramLabel = "PER_CM3",
                description = "Number density of mobile ions c (1/cm^3).")
        double cPerCm3;
        @Option(names = "--nu0", required = true, paramLabel = "THZ", description = "Attempt frequency nu_0 (THz).")
        double nu0;
        @Option(names = "--dS", defaultValue = "0", paramLabel = "KB", description = "Activation entropy (k_B).")
        double ds;
        @Option(names = "--dH", required = true, paramLabel = "EV", description = "Activation enthalpy (eV).")
        double dh;
        @Option(names = {"-T", "--temperature"}, required = true, split = ",", paramLabel = "K",
                description = "Temperature(s) in K, comma-separated.")
        double[] temperatures;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            HoppingConductivity h = hop.with(cPerCm3 * Units.CM3_PER_ANGSTROM3, nu0, ds, dh);
            ObjectNode body = Json.object();
            body.put("c_per_cm3", cPerCm3);
            hop.put(body);
            body.put("attempt_frequency_THz", nu0);
            body.put("activation_entropy_kB", ds);
            body.put("activation_enthalpy_eV", dh);
            var rows = body.putArray("results");
            List<String> text = new ArrayList<>();
            text.add(String.format(Locale.ROOT, "%8s %14s %14s %14s %14s", "T (K)", "sigma (S/cm)", "D_sigma (cm2/s)",
                    "D* (cm2/s)", "Gamma (1/s)"));
            for (double t : temperatures) {
                double sigma = h.conductivitySPerCm(t);
                double dSig = Units.a2PerPsToCm2PerS(h.chargeDiffusivityA2PerPs(t));
                double dTr = Units.a2PerPsToCm2PerS(h.tracerDiffusivityA2PerPs(t));
                double gamma = Units.perPsToHz(h.jumpRatePerPs(t));
                ObjectNode r = rows.addObject();
                r.put("temperature_K", t);
                r.put("sigma_S_per_cm", sigma);
                r.put("charge_diffusivity_cm2_per_s", dSig);
                r.put("tracer_diffusivity_cm2_per_s", dTr);
                r.put("jump_rate_per_s", gamma);
                text.add(String.format(Locale.ROOT, "%8.2f %14.4e %14.4e %14.4e %14.4e", t, sigma, dSig, dTr, gamma));
            }
            emit(spec, json, "sigma", List.of(), units("sigma", "S/cm", "diffusivity", "cm^2/s", "jump_rate", "1/s",
                    "c", "1/cm^3", "a", "Å", "nu0", "THz", "dS", "k_B", "dH", "eV"), body, text);
            return 0;
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
        Double cPerCm3;
        @Option(names = "--dS", defaultValue = "0", paramLabel = "KB",
                description = "Activation entropy (k_B), used when solving for c (default 0).")
        double dsKb;
        @Mixin
        HopOptions hop;
        @Option(names = "--sigma", paramLabel = "S_PER_CM", description = "Measured sigma (S/cm) at --temperature.")
        Double sigma;
        @Option(names = {"-T", "--temperature"}, paramLabel = "K", description = "Temperature of --sigma (K).")
        Double temperature;
        @Option(names = "--dH", paramLabel = "EV", description = "Activation enthalpy (eV), with --sigma.")
        Double dh;
        @Option(names = "--data", paramLabel = "FILE", description = "sigma(T) table instead of --sigma.")
        Path data;
        @Option(names = "--nu0", paramLabel = "THZ",
                description = "A known nu_0 (THz): dS is reported (with --c) or c is solved for (without --c).")
        Double nu0;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            boolean solveC = cPerCm3 == null;
            if (solveC && nu0 == null) {
                throw new IllegalArgumentException("give --c to solve for nu_0 exp(dS/k_B), or --nu0 (and --dS) to "
                        + "solve for c");
            }
            // With c unknown, a placeholder c = 1/Å^3 gives nu_eff(c=1), and c follows from the known nu_0 exp(dS).
            double cPerA3 = solveC ? 1.0 : cPerCm3 * Units.CM3_PER_ANGSTROM3;
            HoppingConductivity base = hop.with(cPerA3, solveC ? nu0 : 1, solveC ? dsKb : 0, dh == null ? 0 : dh);
            ObjectNode body = Json.object();
            List<String> text = new ArrayList<>();
            double nuEff;
            double nuEffErr = Double.NaN;
            List<Path> inputs = new ArrayList<>();
            if (data != null) {
                double[][] tbl = readTable(data);
                HoppingConductivity.InverseResult r = base.fromMeasurements(tbl[0], tbl[1], tbl[2]);
                nuEff = r.effectiveAttemptFrequencyThz();
                nuEffErr = r.effectiveAttemptFrequencyErrThz();
                double enthalpy = r.fit().activationEnergyEv();
                body.put("activation_enthalpy_eV", enthalpy);
                Json.putFinite(body, "activation_enthalpy_err_eV", r.fit().activationEnergyErrEv());
                body.put("convention", "sigma*T = A exp(-dH/k_B T)");
                body.put("points", tbl[0].length);
                text.add(String.format(Locale.ROOT, "Arrhenius fit of sigma T over %d points: dH = %.4f ± %s eV",
                        tbl[0].length, enthalpy, TransportCheck.num(r.fit().activationEnergyErrEv())));
                inputs.add(data);
                if (solveC) {
                    putDensity(body, text, base.carrierDensityPerA3From(r), nuEffErr / nuEff);
                }
            } else {
                if (sigma == null || temperature == null || dh == null) {
                    throw new IllegalArgumentException("give --sigma, --temperature and --dH, or --data FILE");
                }
                nuEff = base.effectiveAttemptFrequencyThz(sigma, temperature);
                body.put("sigma_S_per_cm", sigma);
                body.put("temperature_K", temperature);
                body.put("activation_enthalpy_eV", dh);
                if (solveC) {
                    putDensity(body, text, base.carrierDensityPerA3For(sigma, temperature), Double.NaN);
                }
            }
            if (!solveC) {
                body.put("effective_attempt_frequency_THz", nuEff);
                Json.putFinite(body, "effective_attempt_frequency_err_THz", nuEffErr);
                text.add(String.format(Locale.ROOT, "nu_0 exp(dS/k_B) = %.4g THz%s", nuEff,
                        Double.isFinite(nuEffErr) ? String.format(Locale.ROOT, " ± %.2g", nuEffErr) : ""));
                if (nu0 != null) {
                    double ds = Math.log(nuEff / nu0);
                    body.put("attempt_frequency_THz", nu0);
                    body.put("activation_entropy_kB", ds);
                    text.add(String.format(Locale.ROOT, "with nu_0 = %.4g THz: dS = %.3f k_B", nu0, ds));
                }
            }
            emit(spec, json, "invert", inputs, units("nu0", "THz", "dS", "k_B", "dH", "eV", "sigma", "S/cm",
                    "c", "1/cm^3"), body, text);
            return 0;
        }

        private static void putDensity(ObjectNode body, List<String> text, double cPerA3, double relErr) {
            double c = Units.perA3ToPerCm3(cPerA3);
            body.put("carrier_density_per_cm3", c);
            Json.putFinite(body, "carrier_density_err_per_cm3", c * relErr);
            text.add(String.format(Locale.ROOT, "implied carrier density c = %.4g 1/cm^3%s", c,
                    Double.isFinite(relErr) ? String.format(Locale.ROOT, " ± %.2g", c * relErr) : ""));
        }

        /** Reads T, sigma and optional error columns (whitespace or comma separated; # comments). */
        static double[][] readTable(Path file) {
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
            double[][] out = new double[3][];
            out[0] = rows.stream().mapToDouble(r -> r[0]).toArray();
            out[1] = rows.stream().mapToDouble(r -> r[1]).toArray();
            out[2] = errs ? rows.stream().mapToDouble(r -> r[2]).toArray() : null;
            return out;
        }
    }
}
