package org.ionhop.cli.experiment;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.nmr.NumericTable;
import org.ionhop.nmr.Nucleus;
import org.ionhop.nmr.StejskalTanner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop nmr pfg}: Stejskal-Tanner fit of a PFG-NMR echo decay. */
@Command(name = "pfg", mixinStandardHelpOptions = true,
        description = {"Fit S = S0 exp(-D* gamma^2 g^2 delta^2 (Delta - delta/3)) to a PFG-NMR decay: D* with error.",
                "FILE columns: gradient g (T/m, or G/cm with --gauss-per-cm, or b in s/m^2 with --b-values), signal."})
public final class NmrPfgCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Table: g (or b), S.")
    Path file;

    @Option(names = "--nucleus", paramLabel = "NUC", description = "1H, 6Li, 7Li, 19F, 23Na, 31P (or '# nucleus = ').")
    String nucleus;

    @Option(names = "--delta-ms", paramLabel = "MS", description = "Gradient pulse length delta in ms (or '# delta_ms = ').")
    Double deltaMs;

    @Option(names = "--big-delta-ms", paramLabel = "MS", description = "Diffusion time Delta in ms (or '# big_delta_ms = ').")
    Double bigDeltaMs;

    @Option(names = "--gauss-per-cm", description = "Gradients are in G/cm (1 G/cm = 0.01 T/m).")
    boolean gaussPerCm;

    @Option(names = "--b-values", description = "Column 1 holds b in s/m^2 (no nucleus or timings needed).")
    boolean bValues;

    @Mixin
    OutputOptions out;

    @Override
    public Integer call() throws Exception {
        NumericTable t = NumericTable.read(file);
        StejskalTanner st = fit(t, nucleus, deltaMs, bigDeltaMs, gaussPerCm, bValues);
        if (out.writeFiles()) {
            Files.createDirectories(out.outputDir);
            Charts.writeSvg(NmrRuns.pfgChart(st), out.outputDir.resolve("pfg_" + NmrRuns.stem(file) + ".svg"));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (out.json) {
            ObjectNode o = NmrRuns.pfgJson(st);
            o.set("meta", Json.meta("nmr pfg", List.of(file), null, NmrRuns.units()));
            w.println(Json.write(o));
        } else {
            w.printf(Locale.ROOT, "D* = %.4g +/- %.2g cm^2/s (%d points)%n", st.diffusivityCm2PerS(),
                    st.diffusivityErrCm2PerS(), st.bValues().length);
            if (out.writeFiles()) {
                w.println("Figure in " + out.outputDir.toAbsolutePath());
            }
        }
        w.flush();
        return 0;
    }

    /** The fit, with settings from options or the file's '# key = value' lines. */
    static StejskalTanner fit(NumericTable t, String nucleus, Double deltaMs, Double bigDeltaMs, boolean gaussPerCm,
                              boolean bValues) {
        double[] x = t.column(0);
        double[] s = t.column(1);
        if (bValues || "b".equalsIgnoreCase(t.metadata().getOrDefault("abscissa", ""))) {
            return StejskalTanner.fit(x, s);
        }
        String nuc = nucleus != null ? nucleus : t.metadata().get("nucleus");
        double delta = deltaMs != null ? deltaMs : t.number("delta_ms");
        double bigDelta = bigDeltaMs != null ? bigDeltaMs : t.number("big_delta_ms");
        if (nuc == null || Double.isNaN(delta) || Double.isNaN(bigDelta)) {
            throw new IllegalArgumentException("PFG needs --nucleus, --delta-ms and --big-delta-ms (or the same as"
                    + " '# nucleus = ', '# delta_ms = ', '# big_delta_ms = ' in " + t.source() + "), or --b-values");
        }
        boolean gauss = gaussPerCm || "g/cm".equalsIgnoreCase(t.metadata().getOrDefault("gradient_unit", ""));
        if (gauss) {
            for (int i = 0; i < x.length; i++) {
                x[i] *= 0.01;
            }
        }
        return StejskalTanner.fitGradients(x, s, Nucleus.parse(nuc).gammaRadPerSPerT(), delta * 1e-3, bigDelta * 1e-3);
    }
}
