package org.ionhop.cli.experiment;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.nmr.LineshapeFit;
import org.ionhop.nmr.NumericTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop nmr lineshape}: deconvolution of a line into components with area fractions. */
@Command(name = "lineshape", mixinStandardHelpOptions = true,
        description = {"Deconvolve an NMR line into Gaussian/Lorentzian/pseudo-Voigt components: area fractions.",
                "FILE columns: shift (ppm or Hz), intensity."})
public final class NmrLineshapeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Table: shift, intensity.")
    Path file;

    @Option(names = "--components", split = ",", required = true, paramLabel = "SHAPES",
            description = "One shape per component: gaussian (g), lorentzian (l), pseudo-voigt (pv).")
    List<String> components = new ArrayList<>();

    @Option(names = "--centres", split = ",", paramLabel = "X", description = "Starting centres (default: the peaks).")
    List<Double> centres = new ArrayList<>();

    @Mixin
    OutputOptions out;

    @Override
    public Integer call() throws Exception {
        NumericTable t = NumericTable.read(file);
        double[] x = t.column(0);
        double[] y = t.column(1);
        double[] c = centres.isEmpty() ? null : centres.stream().mapToDouble(Double::doubleValue).toArray();
        LineshapeFit f = LineshapeFit.fit(x, y, NmrRuns.shapes(components), c);
        if (out.writeFiles()) {
            Files.createDirectories(out.outputDir);
            Charts.writeSvg(NmrRuns.lineshapeChart(x, y, f),
                    out.outputDir.resolve("lineshape_" + NmrRuns.stem(file) + ".svg"));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (out.json) {
            ObjectNode o = NmrRuns.lineshapeJson(f);
            o.set("meta", Json.meta("nmr lineshape", List.of(file), null, NmrRuns.units()));
            w.println(Json.write(o));
        } else {
            for (int k = 0; k < f.shapes().size(); k++) {
                w.printf(Locale.ROOT, "%-13s centre %.4g +/- %.2g, FWHM %.4g +/- %.2g, fraction %.2f +/- %.2f %%%n",
                        f.shapes().get(k).name().toLowerCase(Locale.ROOT), f.centres()[k], f.centreErrs()[k],
                        f.widths()[k], f.widthErrs()[k], 100 * f.fractions()[k], 100 * f.fractionErrs()[k]);
            }
            if (out.writeFiles()) {
                w.println("Figure in " + out.outputDir.toAbsolutePath());
            }
        }
        w.flush();
        return 0;
    }
}
