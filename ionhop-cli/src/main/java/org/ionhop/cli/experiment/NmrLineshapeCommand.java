package org.ionhop.cli.experiment;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.nmr.LineShape;
import org.ionhop.nmr.LineshapeResult;
import org.ionhop.nmr.LineshapeSettings;
import org.ionhop.nmr.NmrAnalysis;

/** {@code ionhop nmr lineshape}: deconvolution of a line into components with area fractions. */
@Command(name = "lineshape", mixinStandardHelpOptions = true,
        description = {"Deconvolve an NMR line into Gaussian/Lorentzian/pseudo-Voigt components: area fractions.",
                "FILE columns: shift (ppm or Hz), intensity."})
public final class NmrLineshapeCommand implements Callable<Integer> {
    private static final LineshapeSettings DEFAULTS = LineshapeSettings.defaults();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Table: shift, intensity.")
    Path file;

    @Option(names = "--components", split = ",", arity = "1..*", paramLabel = "SHAPES", converter = ShapeConverter.class,
            description = "One shape per component: gaussian (g), lorentzian (l), pseudo-voigt (pv)"
                    + " (or '# components = ' in the file).")
    List<LineShape> components = new ArrayList<>(DEFAULTS.components());

    @Option(names = "--centres", split = ",", arity = "1..*", paramLabel = "X",
            description = "Starting centres (default: the peaks).")
    List<Double> centres = new ArrayList<>(DEFAULTS.centres());

    @Mixin
    OutputOptions out;

    /** Parses a shape name. */
    static final class ShapeConverter implements ITypeConverter<LineShape> {
        @Override
        public LineShape convert(String value) {
            return LineShape.parse(value);
        }
    }

    /** The settings the options give. */
    LineshapeSettings settings() {
        return new LineshapeSettings(components, centres);
    }

    @Override
    public Integer call() throws Exception {
        LineshapeSettings s = settings();
        LineshapeResult r = NmrAnalysis.lineshape(file, s);
        if (out.writeFiles()) { // figures only with -o
            Files.createDirectories(out.outputDir);
            Charts.writeSvg(NmrCharts.lineshapeChart(r), out.outputDir.resolve("lineshape_" + NmrCharts.stem(file) + ".svg"));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (out.json) {
            w.println(Json.write(ExperimentJson.withMeta(r, "nmr lineshape", List.of(file), ExperimentJson.nmrUnits(),
                    s)));
        } else {
            for (LineshapeResult.Component c : r.components()) {
                w.printf(Locale.ROOT, "%-13s centre %.4g +/- %.2g, FWHM %.4g +/- %.2g, fraction %.2f +/- %.2f %%%n",
                        c.shape().name().toLowerCase(Locale.ROOT), c.centre().value(), c.centre().err(),
                        c.fwhm().value(), c.fwhm().err(), 100 * c.fraction().value(), 100 * c.fraction().err());
            }
            r.warnings().forEach(x -> w.println("warning: " + x));
            if (out.writeFiles()) {
                w.println("Figure in " + out.outputDir.toAbsolutePath());
            }
        }
        w.flush();
        return 0;
    }
}
