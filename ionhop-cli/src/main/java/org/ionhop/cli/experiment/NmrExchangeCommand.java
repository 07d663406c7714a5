package org.ionhop.cli.experiment;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.nmr.TracerExchange;
import org.ionhop.nmr.TracerExchangeCandidate;
import org.ionhop.nmr.TracerExchangeData;
import org.ionhop.nmr.TracerExchangeModel;
import org.ionhop.nmr.TracerExchangePool;
import org.ionhop.nmr.TracerExchangeRate;
import org.ionhop.nmr.TracerExchangeResult;
import org.ionhop.nmr.TracerExchangeSettings;
import org.ionhop.stats.Measured;

/** {@code ionhop nmr exchange}: 6Li/7Li tracer exchange between components, fitted to exchange models. */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = {"6Li/7Li tracer exchange: fits the 6Li fraction of each component against time.",
                "DATA: columns time (s; '# time_unit = h' for hours) and one 6Li fraction per component (header names).",
                "Models: first-order exchange between two or three pools (three: chains and triangle compared by BIC), "
                        + "or diffusion into spheres of --radius-um (Crank Eq. 6.20)."})
public final class NmrExchangeCommand implements Callable<Integer> {
    private static final TracerExchangeSettings DEFAULTS = TracerExchangeSettings.defaults();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "Table of time and 6Li fractions.")
    Path data;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "first-order, two-pool, three-pool or sphere-diffusion (default ${DEFAULT-VALUE}).")
    String model = DEFAULTS.model().label();

    @Option(names = "--radius-um", paramLabel = "UM", description = "Sphere radius in µm (sphere-diffusion).")
    double radiusUm = DEFAULTS.radiusUm();

    @Option(names = "--natural", paramLabel = "X",
            description = "Natural 6Li fraction (default ${DEFAULT-VALUE}).")
    double naturalAbundance = DEFAULTS.naturalAbundance();

    @Mixin
    OutputOptions output;

    /** The settings the options describe. */
    TracerExchangeSettings settings() {
        return new TracerExchangeSettings(TracerExchangeModel.parse(model), radiusUm, naturalAbundance);
    }

    @Override
    public Integer call() {
        TracerExchangeSettings s = settings();
        TracerExchangeData table = TracerExchangeData.read(data);
        TracerExchangeResult r = TracerExchange.run(table, s);
        if (output.writeFiles()) { // figures only with -o
            figure(table, r);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (output.json) {
            ObjectNode o = ExchangeOutput.tree(r);
            o.set("meta", Json.meta("nmr exchange", List.of(data), null, UnitNames.of("time_s", "rate",
                    "diffusivity"), s));
            w.println(Json.write(o));
        } else {
            text(w, r);
        }
        w.flush();
        return 0;
    }

    private void figure(TracerExchangeData table, TracerExchangeResult r) {
        try {
            Files.createDirectories(output.outputDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Charts.writeSvg(ExchangeOutput.chart(table, r), output.outputDir.resolve("exchange.svg"));
    }

    private static void text(PrintWriter w, TracerExchangeResult r) {
        w.printf(Locale.ROOT, "%s: model %s, topology %s; tracer from %s, first taken up by %s%n", r.source(),
                r.model().label(), r.topology(), r.donor(), r.firstReceiver());
        for (TracerExchangePool p : r.pools()) {
            w.printf(Locale.ROOT, "  %-12s w = %s  x(0) = %s  x(inf) = %s  t10 = %.4g h%s%n", p.name(),
                    fmt(p.amountFraction()), fmt(p.initialFraction()), fmt(p.finalFraction()), p.riseTimeS() / 3600,
                    Double.isFinite(p.diffusivityCm2S().value()) ? "  D = " + fmt(p.diffusivityCm2S()) + " cm^2/s"
                            : "");
        }
        for (TracerExchangeRate x : r.rates()) {
            w.printf(Locale.ROOT, "  %s <-> %s: r = %s /s, k(%s->%s) = %s /s, k(%s->%s) = %s /s%n", x.poolA(),
                    x.poolB(), fmt(x.ratePerS()), x.poolA(), x.poolB(), fmt(x.kAbPerS()), x.poolB(), x.poolA(),
                    fmt(x.kBaPerS()));
        }
        for (TracerExchangeCandidate c : r.candidates()) {
            w.printf(Locale.ROOT, "  candidate %-28s p = %d  chi2_red = %.3g  BIC = %.2f%n", c.topology(),
                    c.parameters(), c.chi2Reduced(), c.bic());
        }
    }

    private static String fmt(Measured m) {
        return Double.isFinite(m.value()) ? String.format(Locale.ROOT, "%.4g +/- %.2g", m.value(), m.err()) : "-";
    }
}
