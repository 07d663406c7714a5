package org.ionhop.cli.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Json;
import org.ionhop.nmr.HavenResult;
import org.ionhop.nmr.HavenSettings;
import org.ionhop.nmr.NmrAnalysis;

/** {@code ionhop nmr haven}: Haven ratio from D* (PFG-NMR) and sigma (EIS). */
@Command(name = "haven", mixinStandardHelpOptions = true,
        description = {"Haven ratio H_R = D* / D_sigma, D_sigma = sigma k_B T / (n q^2) (Nernst-Einstein).",
                "D* is given (--d-star) or fitted from a PFG-NMR table (--pfg); sigma is the bulk EIS conductivity.",
                "The carrier density n is given, or counted in a structure file (CIF, POSCAR)."})
public final class NmrHavenCommand implements Callable<Integer> {
    private static final HavenSettings DEFAULTS = HavenSettings.defaults();

    @Spec
    CommandSpec spec;

    @Option(names = "--d-star", paramLabel = "CM2_S", description = "Tracer diffusivity D* in cm^2/s.")
    double dStar = DEFAULTS.dStar();

    @Option(names = "--pfg", paramLabel = "FILE",
            description = "PFG-NMR table to fit for D* instead (settings from its '# nucleus/delta_ms/big_delta_ms' lines).")
    Path pfg = DEFAULTS.pfg();

    @Option(names = "--d-star-err", paramLabel = "CM2_S", description = "Its standard error.")
    double dStarErr = DEFAULTS.dStarErr();

    @Option(names = "--sigma", paramLabel = "S_CM", description = "Conductivity in S/cm (EIS; required).")
    double sigma = DEFAULTS.sigma();

    @Option(names = "--sigma-err", paramLabel = "S_CM", description = "Its standard error.")
    double sigmaErr = DEFAULTS.sigmaErr();

    @Option(names = "--temperature", paramLabel = "K", description = "Temperature in K (required).")
    double temperatureK = DEFAULTS.temperatureK();

    @Option(names = "--carrier-density", paramLabel = "PER_A3", description = "Mobile ions per Å^3.")
    double density = DEFAULTS.density();

    @Option(names = "--structure", paramLabel = "FILE", description = "Structure file to count the mobile ions in.")
    Path structure = DEFAULTS.structure();

    @Option(names = "--ion", description = "Mobile ion (default ${DEFAULT-VALUE}).")
    String ion = DEFAULTS.ion();

    @Option(names = "--charge", description = "Ionic charge in e (default ${DEFAULT-VALUE}).")
    double charge = DEFAULTS.charge();

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    /** The settings the options give. */
    HavenSettings settings() {
        return new HavenSettings(dStar, pfg, dStarErr, sigma, sigmaErr, temperatureK, density, structure, ion, charge);
    }

    @Override
    public Integer call() {
        HavenSettings s = settings();
        HavenResult h = NmrAnalysis.haven(s);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            List<Path> in = new ArrayList<>();
            if (structure != null) {
                in.add(structure);
            }
            if (pfg != null) {
                in.add(pfg);
            }
            w.println(Json.write(ExperimentJson.withMeta(h, "nmr haven", in, ExperimentJson.nmrUnits(), s)));
        } else {
            w.printf(Locale.ROOT, "H_R = %.3f +/- %.3f (D* = %.3g cm^2/s, D_sigma = %.3g cm^2/s, n = %.4g /A^3, T = %.1f K)%n",
                    h.havenRatio().value(), h.havenRatio().err(), h.tracerCm2PerS().value(),
                    h.chargeDiffusivityCm2PerS(), h.carrierDensityPerA3(), h.temperatureK());
        }
        w.flush();
        return 0;
    }
}
