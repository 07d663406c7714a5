package org.ionhop.cli.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.nmr.HavenRatio;
import org.ionhop.nmr.NumericTable;
import org.ionhop.nmr.StejskalTanner;
import org.ionhop.structure.Element;
import org.ionhop.structure.StructureReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ionhop nmr haven}: Haven ratio from D* (PFG-NMR) and sigma (EIS). */
@Command(name = "haven", mixinStandardHelpOptions = true,
        description = {"Haven ratio H_R = D* / D_sigma, D_sigma = sigma k_B T / (n q^2) (Nernst-Einstein).",
                "D* is given (--d-star) or fitted from a PFG-NMR table (--pfg); sigma is the bulk EIS conductivity.",
                "The carrier density n is given, or counted in a structure file (CIF, POSCAR)."})
public final class NmrHavenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--d-star", paramLabel = "CM2_S", description = "Tracer diffusivity D* in cm^2/s.")
    Double dStar;

    @Option(names = "--pfg", paramLabel = "FILE",
            description = "PFG-NMR table to fit for D* instead (settings from its '# nucleus/delta_ms/big_delta_ms' lines).")
    Path pfg;

    @Option(names = "--d-star-err", paramLabel = "CM2_S", description = "Its standard error.")
    double dStarErr;

    @Option(names = "--sigma", required = true, paramLabel = "S_CM", description = "Conductivity in S/cm (EIS).")
    double sigma;

    @Option(names = "--sigma-err", paramLabel = "S_CM", description = "Its standard error.")
    double sigmaErr;

    @Option(names = "--temperature", required = true, paramLabel = "K", description = "Temperature in K.")
    double temperatureK;

    @Option(names = "--carrier-density", paramLabel = "PER_A3", description = "Mobile ions per Å^3.")
    Double density;

    @Option(names = "--structure", paramLabel = "FILE", description = "Structure file to count the mobile ions in.")
    Path structure;

    @Option(names = "--ion", defaultValue = "Li", description = "Mobile ion (default ${DEFAULT-VALUE}).")
    String ion;

    @Option(names = "--charge", defaultValue = "1", description = "Ionic charge in e (default ${DEFAULT-VALUE}).")
    double charge;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if ((density == null) == (structure == null)) {
            throw new IllegalArgumentException("give --carrier-density or --structure (one of them)");
        }
        double n = density != null ? density
                : HavenRatio.carrierDensityPerA3(StructureReader.read(structure), Element.fromSymbol(ion)
                        .orElseThrow(() -> new IllegalArgumentException("unknown element --ion " + ion)));
        if ((dStar == null) == (pfg == null)) {
            throw new IllegalArgumentException("give --d-star or --pfg (one of them)");
        }
        double d = dStar != null ? dStar : Double.NaN;
        double dErr = dStarErr;
        if (pfg != null) {
            StejskalTanner st = NmrPfgCommand.fit(NumericTable.read(pfg), null, null, null, false, false);
            d = st.diffusivityCm2PerS();
            dErr = st.diffusivityErrCm2PerS();
        }
        HavenRatio h = HavenRatio.of(d, dErr, sigma, sigmaErr, n, charge, temperatureK);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            Json.putFinite(o, "haven_ratio", h.havenRatio());
            Json.putFinite(o, "haven_ratio_err", h.havenRatioErr());
            Json.putFinite(o, "D_star_cm2_s", h.tracerCm2PerS());
            Json.putFinite(o, "D_sigma_cm2_s", h.chargeDiffusivityCm2PerS());
            Json.putFinite(o, "carrier_density_per_A3", h.carrierDensityPerA3());
            Json.putFinite(o, "temperature_K", h.temperatureK());
            List<Path> in = new ArrayList<>();
            if (structure != null) {
                in.add(structure);
            }
            if (pfg != null) {
                in.add(pfg);
            }
            o.set("meta", Json.meta("nmr haven", in, null, NmrRuns.units()));
            w.println(Json.write(o));
        } else {
            w.printf(Locale.ROOT, "H_R = %.3f +/- %.3f (D* = %.3g cm^2/s, D_sigma = %.3g cm^2/s, n = %.4g /A^3, T = %.1f K)%n",
                    h.havenRatio(), h.havenRatioErr(), h.tracerCm2PerS(), h.chargeDiffusivityCm2PerS(),
                    h.carrierDensityPerA3(), h.temperatureK());
        }
        w.flush();
        return 0;
    }
}
