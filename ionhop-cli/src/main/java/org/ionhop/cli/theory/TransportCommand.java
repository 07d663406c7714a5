package org.ionhop.cli.theory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;
import org.ionhop.transport.ConfigurationalEntropy;
import org.ionhop.transport.HoppingConductivity;
import org.ionhop.transport.IsotopeEffect;
import org.ionhop.transport.PhononAssistedHopping;
import org.ionhop.transport.Vineyard;
import org.ionhop.units.Units;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop transport}: the seeds' Eq. 1 as a calculator, lattice-dynamics effects and the consistency check. */
@Command(name = "transport", mixinStandardHelpOptions = true,
        description = "Transport theory: Eq. 1 forward and inverse, Vineyard attempt frequency, phonon-assisted "
                + "hopping, isotope effect, configurational entropy, and a consistency check of measured numbers.",
        subcommands = {TransportCommand.Sigma.class, TransportCommand.Invert.class, TransportCommand.VineyardCmd.class,
            TransportCommand.Phonon.class, TransportCommand.Isotope.class, TransportCommand.Entropy.class,
            TransportCommand.Check.class})
public final class TransportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Prints either JSON (with meta) or the text lines. */
    static void emit(CommandSpec spec, boolean json, String command, List<Path> inputs, Map<String, String> units,
                     ObjectNode body, List<String> text) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            o.set("meta", Json.meta("transport " + command, inputs, null, units));
            o.setAll(body);
            out.println(Json.write(o));
        } else {
            text.forEach(out::println);
        }
        out.flush();
    }

    private static Map<String, String> units(String... pairs) {
        Map<String, String> u = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            u.put(pairs[i], pairs[i + 1]);
        }
        return u;
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

    /** {@code transport vineyard}. */
    @Command(name = "vineyard", mixinStandardHelpOptions = true,
            description = "Harmonic TST attempt frequency nu* = prod nu_i(minimum) / prod nu'_j(saddle), and the rate "
                    + "nu* exp(-E_m/k_B T) when --barrier and -T are given. Frequencies in THz; leave zero modes out; "
                    + "the saddle's imaginary mode may be omitted or given as one negative value.")
    static final class VineyardCmd implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--minimum", required = true, split = ",", paramLabel = "THZ",
                description = "Normal-mode frequencies at the minimum (THz).")
        double[] minimum;
        @Option(names = "--saddle", required = true, split = ",", paramLabel = "THZ",
                description = "Normal-mode frequencies at the saddle (THz).")
        double[] saddle;
        @Option(names = "--barrier", paramLabel = "EV", description = "Migration barrier E_m (eV).")
        Double barrier;
        @Option(names = {"-T", "--temperature"}, split = ",", paramLabel = "K", description = "Temperature(s) (K).")
        double[] temperatures;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            double nu = Vineyard.attemptFrequencyThz(minimum, saddle);
            ObjectNode body = Json.object();
            body.put("attempt_frequency_THz", nu);
            List<String> text = new ArrayList<>(List.of(String.format(Locale.ROOT, "nu* = %.5g THz", nu)));
            if (barrier != null && temperatures != null) {
                var rows = body.putArray("rates");
                for (double t : temperatures) {
                    double k = Units.perPsToHz(Vineyard.ratePerPs(minimum, saddle, barrier, t));
                    rows.addObject().put("temperature_K", t).put("rate_per_s", k);
                    text.add(String.format(Locale.ROOT, "T = %.1f K: k = %.4e 1/s", t, k));
                }
            }
            emit(spec, json, "vineyard", List.of(), units("frequency", "THz", "rate", "1/s"), body, text);
            return 0;
        }
    }

    /** {@code transport phonon}. */
    @Command(name = "phonon", mixinStandardHelpOptions = true,
            description = "Phonon-assisted hopping: barrier lowering alpha^2/(2 m omega^2) of a mode (coupling alpha "
                    + "eV/Å, mass amu, frequency THz), or the effective barrier E_0 - s^2/(2 k_B T) for a Gaussian "
                    + "barrier spread s; the rate enhancement at each T.")
    static final class Phonon implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--barrier", required = true, paramLabel = "EV", description = "Mean barrier E_0 (eV).")
        double barrier;
        @Option(names = "--spread", paramLabel = "EV", description = "Standard deviation s of the barrier (eV).")
        Double spread;
        @Option(names = "--coupling", paramLabel = "EV_PER_A", description = "alpha = -dE_m/du (eV/Å).")
        Double coupling;
        @Option(names = "--mass", paramLabel = "AMU", description = "Effective mass of the mode (amu).")
        Double mass;
        @Option(names = "--mode-frequency", paramLabel = "THZ", description = "Mode frequency nu (THz).")
        Double modeThz;
        @Option(names = "--nu0", defaultValue = "10", paramLabel = "THZ", description = "Attempt frequency (THz).")
        double nu0;
        @Option(names = {"-T", "--temperature"}, required = true, split = ",", paramLabel = "K",
                description = "Temperature(s) (K).")
        double[] temperatures;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            boolean mode = coupling != null && mass != null && modeThz != null;
            if (!mode && spread == null) {
                throw new IllegalArgumentException("give --spread, or --coupling, --mass and --mode-frequency");
            }
            ObjectNode body = Json.object();
            List<String> text = new ArrayList<>();
            if (mode) {
                double low = PhononAssistedHopping.barrierLoweringEv(coupling, mass, modeThz);
                body.put("barrier_lowering_eV", low);
                text.add(String.format(Locale.ROOT, "barrier lowering alpha^2/(2 m omega^2) = %.4f eV", low));
            }
            var rows = body.putArray("results");
            for (double t : temperatures) {
                double s = mode ? PhononAssistedHopping.barrierSpreadEv(coupling, mass, modeThz, t) : spread;
                double eff = PhononAssistedHopping.effectiveBarrierEv(barrier, s, t);
                double rate = Units.perPsToHz(PhononAssistedHopping.meanRatePerPs(nu0, barrier, s, t));
                double enh = PhononAssistedHopping.enhancement(s, t);
                rows.addObject().put("temperature_K", t).put("spread_eV", s).put("effective_barrier_eV", eff)
                        .put("mean_rate_per_s", rate).put("enhancement", enh);
                text.add(String.format(Locale.ROOT, "T = %.1f K: s = %.4f eV, E_eff = %.4f eV, rate = %.4e 1/s "
                        + "(x%.3g over a rigid barrier)", t, s, eff, rate, enh));
            }
            emit(spec, json, "phonon", List.of(), units("energies", "eV", "rate", "1/s"), body, text);
            return 0;
        }
    }

    /** {@code transport isotope}. */
    @Command(name = "isotope", mixinStandardHelpOptions = true,
            description = "Isotope effect: the classical single-hop ratio D_light/D_heavy = sqrt(m_heavy/m_light), "
                    + "and the isotope-effect parameter E = (D_light/D_heavy - 1)/(sqrt(m_heavy/m_light) - 1) = f dK "
                    + "from a measured ratio. Defaults: 6Li and 7Li.")
    static final class Isotope implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--light", defaultValue = "6.0151228874", paramLabel = "AMU", description = "Light mass.")
        double light;
        @Option(names = "--heavy", defaultValue = "7.0160034366", paramLabel = "AMU", description = "Heavy mass.")
        double heavy;
        @Option(names = "--ratio", paramLabel = "R", description = "Measured D_light / D_heavy (or sigma ratio).")
        Double ratio;
        @Option(names = "--ratio-err", defaultValue = "0", paramLabel = "S", description = "Its standard error.")
        double ratioErr;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            double classical = IsotopeEffect.classicalRatio(light, heavy);
            ObjectNode body = Json.object();
            body.put("light_amu", light);
            body.put("heavy_amu", heavy);
            body.put("classical_ratio", classical);
            List<String> text = new ArrayList<>(List.of(String.format(Locale.ROOT,
                    "classical single-hop D_light/D_heavy = sqrt(%.4f/%.4f) = %.5f", heavy, light, classical)));
            if (ratio != null) {
                double e = IsotopeEffect.parameter(ratio, light, heavy);
                double err = IsotopeEffect.parameterErr(ratioErr, light, heavy);
                body.put("measured_ratio", ratio);
                body.put("isotope_effect_parameter", e);
                body.put("isotope_effect_parameter_err", err);
                text.add(String.format(Locale.ROOT, "isotope-effect parameter E = f dK = %.3f ± %.3f%s", e, err,
                        e < 1 - 2 * err ? " (below 1: correlated or collective motion)" : ""));
            }
            emit(spec, json, "isotope", List.of(), units("mass", "amu"), body, text);
            return 0;
        }
    }

    /** {@code transport entropy}. */
    @Command(name = "entropy", mixinStandardHelpOptions = true,
            description = "Ideal configurational entropy S = -k_B sum_s m_s sum_k x_sk ln x_sk per formula unit and, "
                    + "with --mixing-enthalpy, dG_mix = dH_mix - T dS_mix and the temperature above which mixing wins.")
    static final class Entropy implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--sublattice", required = true, paramLabel = "M:X1,X2,...",
                description = "Sites per formula unit and their fractions (vacancies included), e.g. 2:0.5,0.5; "
                        + "repeat for each sublattice.")
        List<String> sublattices;
        @Option(names = "--mixing-enthalpy", paramLabel = "EV", description = "dH_mix per formula unit (eV).")
        Double dH;
        @Option(names = {"-T", "--temperature"}, split = ",", paramLabel = "K", description = "Temperature(s) (K).")
        double[] temperatures;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            List<ConfigurationalEntropy.Sublattice> subs = new ArrayList<>();
            for (String s : sublattices) {
                String[] parts = s.split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("--sublattice: expected M:X1,X2,..., found '" + s + "'");
                }
                try {
                    double m = Double.parseDouble(parts[0]);
                    double[] x = java.util.Arrays.stream(parts[1].split(",")).mapToDouble(Double::parseDouble).toArray();
                    subs.add(new ConfigurationalEntropy.Sublattice(m, x));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--sublattice: expected numbers in M:X1,X2,..., found '" + s
                            + "'");
                }
            }
            double sKb = ConfigurationalEntropy.perFormulaUnitKb(subs);
            ObjectNode body = Json.object();
            body.put("entropy_kB_per_formula_unit", sKb);
            body.put("entropy_J_per_mol_K", sKb * org.ionhop.units.Constants.GAS_CONSTANT_J_PER_MOL_K);
            List<String> text = new ArrayList<>(List.of(String.format(Locale.ROOT,
                    "S_config = %.5f k_B per formula unit = %.4f J/(mol K)", sKb,
                    sKb * org.ionhop.units.Constants.GAS_CONSTANT_J_PER_MOL_K)));
            if (dH != null) {
                double tStar = ConfigurationalEntropy.stabilityTemperatureK(dH, sKb);
                Json.putFinite(body, "stability_temperature_K", tStar);
                text.add(String.format(Locale.ROOT, "dG_mix < 0 above T = %s K", TransportCheck.num(tStar)));
                if (temperatures != null) {
                    var rows = body.putArray("mixing_free_energy");
                    for (double t : temperatures) {
                        double g = ConfigurationalEntropy.mixingFreeEnergyEv(dH, sKb, t);
                        rows.addObject().put("temperature_K", t).put("dG_mix_eV", g);
                        text.add(String.format(Locale.ROOT, "T = %.1f K: dG_mix = %.4f eV per formula unit", t, g));
                    }
                }
            }
            emit(spec, json, "entropy", List.of(), units("entropy", "k_B per formula unit", "energies", "eV"), body,
                    text);
            return 0;
        }
    }

    /** {@code transport check FILE}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Consistency check: takes whatever is known (sigma, D*, D_sigma, H_R, c, f, jump rate, "
                    + "jump distance, nu_0 exp(dS/k_B), dH; each with its error) and reports the implied missing "
                    + "quantities and any inconsistency beyond the error bars (chi^2 and leave-one-out z-scores).",
                "FILE: YAML or JSON, format in docs/transport.md (example: examples/transport_check.yaml)."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", description = "Measurements (YAML or JSON).")
        Path file;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            var result = TransportCheck.run(TransportCheckInput.read(file));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(TransportCheck.toJson(result, file)));
            } else {
                TransportCheck.printText(result, out);
            }
            out.flush();
            return 0;
        }
    }
}
