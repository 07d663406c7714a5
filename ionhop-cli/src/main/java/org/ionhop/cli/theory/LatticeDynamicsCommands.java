package org.ionhop.cli.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.UnitNames;
import org.ionhop.transport.IsotopeResult;
import org.ionhop.transport.IsotopeSettings;
import org.ionhop.transport.PhononResult;
import org.ionhop.transport.PhononSettings;
import org.ionhop.transport.TransportTheory;
import org.ionhop.transport.VineyardResult;
import org.ionhop.transport.VineyardSettings;

/**
 * {@code transport vineyard}, {@code transport phonon} and {@code transport isotope}: the lattice-dynamics side of
 * hopping (attempt frequency, barrier modulation, isotope effect), each a call of {@link TransportTheory}.
 */
final class LatticeDynamicsCommands {
    private LatticeDynamicsCommands() {
    }

    /** {@code transport vineyard}. */
    @Command(name = "vineyard", mixinStandardHelpOptions = true,
            description = {"Harmonic TST attempt frequency nu* = prod nu_i(minimum) / prod nu'_j(saddle), and the rate "
                    + "nu* exp(-E_m/k_B T) when --barrier and -T are given. Frequencies in THz; leave zero modes out; "
                    + "the saddle's imaginary mode may be omitted or given as one negative value.",
                "nu* belongs to one path: for Eq. 1 ('transport sigma') give it with --paths z."})
    static final class VineyardCmd implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--minimum", required = true, split = ",", paramLabel = "THZ",
                description = "Normal-mode frequencies at the minimum (THz).")
        double[] minimumThz;
        @Option(names = "--saddle", required = true, split = ",", paramLabel = "THZ",
                description = "Normal-mode frequencies at the saddle (THz).")
        double[] saddleThz;
        @Option(names = "--barrier", paramLabel = "EV", description = "Migration barrier E_m (eV).")
        double barrierEv = Double.NaN;
        @Option(names = {"-T", "--temperature"}, split = ",", paramLabel = "K", description = "Temperature(s) (K).")
        double[] temperaturesK = new double[0];
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        VineyardSettings settings() {
            return new VineyardSettings(minimumThz, saddleThz, barrierEv, temperaturesK);
        }

        @Override
        public Integer call() {
            VineyardSettings s = settings();
            VineyardResult r = TransportTheory.vineyard(s);
            List<String> text = new ArrayList<>(List.of(String.format(Locale.ROOT, "nu* = %.5g THz",
                    r.attemptFrequencyThz())));
            if (r.rates() != null) {
                r.rates().forEach(k -> text.add(String.format(Locale.ROOT, "T = %.1f K: k = %.4e 1/s", k.temperatureK(),
                        k.ratePerS())));
            }
            TransportCommand.emit(spec, json, "vineyard", List.of(), UnitNames.of("frequency_THz", "rate", "energy",
                    "temperature"), s, r, text);
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
        double barrierEv;
        @Option(names = "--spread", paramLabel = "EV", description = "Standard deviation s of the barrier (eV).")
        double spreadEv = Double.NaN;
        @Option(names = "--coupling", paramLabel = "EV_PER_A", description = "alpha = -dE_m/du (eV/Å).")
        double couplingEvPerA = Double.NaN;
        @Option(names = "--mass", paramLabel = "AMU", description = "Effective mass of the mode (amu).")
        double massAmu = Double.NaN;
        @Option(names = "--mode-frequency", paramLabel = "THZ", description = "Mode frequency nu (THz).")
        double modeFrequencyThz = Double.NaN;
        @Option(names = "--nu0", paramLabel = "THZ", description = "Attempt frequency (THz, default ${DEFAULT-VALUE}).")
        double attemptFrequencyThz = PhononSettings.DEFAULT_ATTEMPT_FREQUENCY_THZ;
        @Option(names = {"-T", "--temperature"}, required = true, split = ",", paramLabel = "K",
                description = "Temperature(s) (K).")
        double[] temperaturesK;
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        PhononSettings settings() {
            return new PhononSettings(barrierEv, spreadEv, couplingEvPerA, massAmu, modeFrequencyThz,
                    attemptFrequencyThz, temperaturesK);
        }

        @Override
        public Integer call() {
            PhononSettings s = settings();
            PhononResult r = TransportTheory.phonon(s);
            List<String> text = new ArrayList<>();
            if (r.barrierLoweringEv() != null) {
                text.add(String.format(Locale.ROOT, "barrier lowering alpha^2/(2 m omega^2) = %.4f eV",
                        r.barrierLoweringEv()));
            }
            for (PhononResult.Row row : r.results()) {
                text.add(String.format(Locale.ROOT, "T = %.1f K: s = %.4f eV, E_eff = %.4f eV, rate = %.4e 1/s "
                        + "(x%.3g over a rigid barrier)", row.temperatureK(), row.spreadEv(), row.effectiveBarrierEv(),
                        row.meanRatePerS(), row.enhancement()));
            }
            TransportCommand.emit(spec, json, "phonon", List.of(), UnitNames.of("energy", "rate", "temperature",
                    "frequency_THz", "mass"), s, r, text);
            return 0;
        }
    }

    /** {@code transport isotope}. */
    @Command(name = "isotope", mixinStandardHelpOptions = true,
            description = "Isotope effect: the classical single-hop ratio D_light/D_heavy = sqrt(m_heavy/m_light), "
                    + "and the isotope-effect parameter E = (D_light/D_heavy - 1)/(sqrt(m_heavy/m_light) - 1) = f dK "
                    + "from a measured ratio. Defaults: 6Li and 7Li.")
    static final class Isotope implements Callable<Integer> {
        private static final IsotopeSettings DEFAULTS = IsotopeSettings.defaults();

        @Spec
        CommandSpec spec;
        @Option(names = "--light", paramLabel = "AMU", description = "Light mass (default ${DEFAULT-VALUE}).")
        double lightAmu = DEFAULTS.lightAmu();
        @Option(names = "--heavy", paramLabel = "AMU", description = "Heavy mass (default ${DEFAULT-VALUE}).")
        double heavyAmu = DEFAULTS.heavyAmu();
        @Option(names = "--ratio", paramLabel = "R", description = "Measured D_light / D_heavy (or sigma ratio).")
        double ratio = DEFAULTS.ratio();
        @Option(names = "--ratio-err", paramLabel = "S", description = "Its standard error (default ${DEFAULT-VALUE}).")
        double ratioErr = DEFAULTS.ratioErr();
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        IsotopeSettings settings() {
            return new IsotopeSettings(lightAmu, heavyAmu, ratio, ratioErr);
        }

        @Override
        public Integer call() {
            IsotopeSettings s = settings();
            IsotopeResult r = TransportTheory.isotope(s);
            List<String> text = new ArrayList<>(List.of(String.format(Locale.ROOT,
                    "classical single-hop D_light/D_heavy = sqrt(%.4f/%.4f) = %.5f", s.heavyAmu(), s.lightAmu(),
                    r.classicalRatio())));
            if (r.measurement() != null) {
                var e = r.measurement().parameter();
                text.add(String.format(Locale.ROOT, "isotope-effect parameter E = f dK = %.3f ± %.3f%s", e.value(),
                        e.err(), r.measurement().belowOne() ? " (below 1: correlated or collective motion)" : ""));
            }
            TransportCommand.emit(spec, json, "isotope", List.of(), UnitNames.of("mass"), s, r, text);
            return 0;
        }
    }
}
