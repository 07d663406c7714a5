package org.ionhop.cli.theory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.transport.CheckSettings;
import org.ionhop.transport.ConfigurationalEntropy;
import org.ionhop.transport.ConsistencyCheck;
import org.ionhop.transport.EntropyResult;
import org.ionhop.transport.EntropySettings;
import org.ionhop.transport.TransportTheory;

/**
 * {@code ionhop transport}: the seeds' Eq. 1 as a calculator, lattice-dynamics effects and the consistency check. Each
 * subcommand parses its options into a settings record, calls {@link TransportTheory} and renders the result.
 */
@Command(name = "transport", mixinStandardHelpOptions = true,
        description = "Transport theory: Eq. 1 forward and inverse, Vineyard attempt frequency, phonon-assisted "
                + "hopping, isotope effect, configurational entropy, and a consistency check of measured numbers.",
        subcommands = {Eq1Commands.Sigma.class, Eq1Commands.Invert.class, LatticeDynamicsCommands.VineyardCmd.class,
            LatticeDynamicsCommands.Phonon.class, LatticeDynamicsCommands.Isotope.class, TransportCommand.Entropy.class,
            TransportCommand.Check.class})
public final class TransportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Prints either JSON ({@code meta} with the settings, then the result) or the text lines. */
    static void emit(CommandSpec spec, boolean json, String command, List<Path> inputs, Map<String, String> units,
                     Object settings, Object result, List<String> text) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(TheoryJson.output("transport " + command, inputs, units, settings, result)));
        } else {
            text.forEach(out::println);
        }
        out.flush();
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
        double mixingEnthalpyEv = Double.NaN;
        @Option(names = {"-T", "--temperature"}, split = ",", paramLabel = "K", description = "Temperature(s) (K).")
        double[] temperaturesK = new double[0];
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        EntropySettings settings() {
            List<ConfigurationalEntropy.Sublattice> subs = new ArrayList<>();
            for (String s : sublattices) {
                String[] parts = s.split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("--sublattice: expected M:X1,X2,..., found '" + s + "'");
                }
                try {
                    double m = Double.parseDouble(parts[0]);
                    double[] x = Arrays.stream(parts[1].split(",")).mapToDouble(Double::parseDouble).toArray();
                    subs.add(new ConfigurationalEntropy.Sublattice(m, x));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--sublattice: expected numbers in M:X1,X2,..., found '" + s
                            + "'");
                }
            }
            return new EntropySettings(subs, mixingEnthalpyEv, temperaturesK);
        }

        @Override
        public Integer call() {
            EntropySettings s = settings();
            EntropyResult r = TransportTheory.entropy(s);
            List<String> text = new ArrayList<>(List.of(String.format(Locale.ROOT,
                    "S_config = %.5f k_B per formula unit = %.4f J/(mol K)", r.entropyKbPerFormulaUnit(),
                    r.entropyJPerMolK())));
            if (r.mixing() != null) {
                text.add(String.format(Locale.ROOT, "dG_mix < 0 above T = %s K",
                        TransportCheck.num(r.mixing().stabilityTemperatureK())));
                if (r.mixing().mixingFreeEnergy() != null) {
                    r.mixing().mixingFreeEnergy().forEach(g -> text.add(String.format(Locale.ROOT,
                            "T = %.1f K: dG_mix = %.4f eV per formula unit", g.temperatureK(), g.mixingFreeEnergyEv())));
                }
            }
            emit(spec, json, "entropy", List.of(), UnitNames.of("entropy", "energy", "temperature"), s, r, text);
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

        /** The settings of the command: the file's, over the library's defaults. */
        CheckSettings settings() {
            return TransportCheckInput.read(file);
        }

        @Override
        public Integer call() {
            CheckSettings settings = settings();
            ConsistencyCheck.Result result = TransportTheory.check(settings);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(TransportCheck.output(result, file, settings)));
            } else {
                TransportCheck.printText(result, out);
            }
            out.flush();
            return 0;
        }
    }
}
