package org.ionhop.cli.theory;

import static org.ionhop.cli.theory.TransportCommand.emit;
import static org.ionhop.cli.theory.TransportCommand.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.transport.IsotopeEffect;
import org.ionhop.transport.PhononAssistedHopping;
import org.ionhop.transport.Vineyard;
import org.ionhop.units.Units;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code transport vineyard}, {@code transport phonon} and {@code transport isotope}: the lattice-dynamics side of
 * hopping (attempt frequency, barrier modulation, isotope effect).
 */
final class LatticeDynamicsCommands {
    private LatticeDynamicsCommands() {
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
}
