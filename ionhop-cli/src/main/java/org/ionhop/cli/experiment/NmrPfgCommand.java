package org.ionhop.cli.experiment;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.nmr.NmrAnalysis;
import org.ionhop.nmr.PfgResult;
import org.ionhop.nmr.PfgSettings;

/** {@code ionhop nmr pfg}: Stejskal-Tanner fit of a PFG-NMR echo decay. */
@Command(name = "pfg", mixinStandardHelpOptions = true,
        description = {"Fit S = S0 exp(-D* gamma^2 g^2 delta^2 (Delta - delta/3)) to a PFG-NMR decay: D* with error.",
                "FILE columns: gradient g (T/m, or G/cm with --gauss-per-cm, or b in s/m^2 with --b-values), signal."})
public final class NmrPfgCommand implements Callable<Integer> {
    private static final PfgSettings DEFAULTS = PfgSettings.defaults();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Table: g (or b), S.")
    Path file;

    @Option(names = "--nucleus", paramLabel = "NUC", description = "1H, 6Li, 7Li, 19F, 23Na, 31P (or '# nucleus = ').")
    String nucleus = DEFAULTS.nucleus();

    @Option(names = "--delta-ms", paramLabel = "MS", description = "Gradient pulse length delta in ms (or '# delta_ms = ').")
    double deltaMs = DEFAULTS.deltaMs();

    @Option(names = "--big-delta-ms", paramLabel = "MS", description = "Diffusion time Delta in ms (or '# big_delta_ms = ').")
    double bigDeltaMs = DEFAULTS.bigDeltaMs();

    @Option(names = "--gauss-per-cm", description = "Gradients are in G/cm (1 G/cm = 0.01 T/m).")
    boolean gaussPerCm = DEFAULTS.gaussPerCm();

    @Option(names = "--b-values", description = "Column 1 holds b in s/m^2 (no nucleus or timings needed).")
    boolean bValues = DEFAULTS.bValues();

    @Mixin
    OutputOptions out;

    /** The settings the options give. */
    PfgSettings settings() {
        return new PfgSettings(nucleus, deltaMs, bigDeltaMs, gaussPerCm, bValues);
    }

    @Override
    public Integer call() throws Exception {
        PfgSettings s = settings();
        PfgResult r = NmrAnalysis.pfg(file, s);
        if (out.writeFiles()) { // figures only with -o
            Files.createDirectories(out.outputDir);
            Charts.writeSvg(NmrCharts.pfgChart(r.fit()), out.outputDir.resolve("pfg_" + NmrCharts.stem(file) + ".svg"));
        }
        out.show("pfg_" + NmrCharts.stem(file) + ".svg", () -> NmrCharts.pfgChart(r.fit()));
        PrintWriter w = spec.commandLine().getOut();
        if (out.json) {
            w.println(Json.write(ExperimentJson.withMeta(r, "nmr pfg", List.of(file), ExperimentJson.nmrUnits(), s)));
        } else {
            w.printf(Locale.ROOT, "D* = %.4g +/- %.2g cm^2/s (%d points)%n", r.diffusivityCm2PerS().value(),
                    r.diffusivityCm2PerS().err(), r.points());
            r.warnings().forEach(x -> w.println("warning: " + x));
            if (out.writeFiles()) {
                w.println("Figure in " + out.outputDir.toAbsolutePath());
            }
        }
        w.flush();
        return 0;
    }
}
