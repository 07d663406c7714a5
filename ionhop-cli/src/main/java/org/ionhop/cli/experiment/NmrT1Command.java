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
import org.ionhop.nmr.RelaxationResult;
import org.ionhop.nmr.T1Settings;

/** {@code ionhop nmr t1}: BPP fit of T1(T) or T1rho(T). */
@Command(name = "t1", mixinStandardHelpOptions = true,
        description = {"Fit 1/T1 (or 1/T1rho) against T with the BPP spectral density: tau_0, E_a, jump rate at the",
                "rate peak. FILE columns: T (K), rate (1/s) [, error]."})
public final class NmrT1Command implements Callable<Integer> {
    private static final T1Settings DEFAULTS = T1Settings.defaults();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Table: T, 1/T1 [, error].")
    Path file;

    @Option(names = "--larmor-mhz", paramLabel = "MHZ", description = "Larmor frequency in MHz (or '# larmor_mhz = ' in the file).")
    double larmorMhz = DEFAULTS.larmorMhz();

    @Option(names = "--t1rho", description = "The rates are 1/T1rho (rotating frame).")
    boolean t1rho = DEFAULTS.t1rho();

    @Option(names = "--lock-khz", paramLabel = "KHZ", description = "Spin-lock frequency in kHz (T1rho; or '# lock_khz = ').")
    double lockKhz = DEFAULTS.lockKhz();

    @Option(names = "--asymmetric", description = "Fit beta too: J = tau / (1 + (omega tau)^beta), E_a,low = (beta - 1) E_a.")
    boolean asymmetric = DEFAULTS.asymmetric();

    @Option(names = "--times", description = "Column 2 holds T1 (s) instead of the rate.")
    boolean times = DEFAULTS.times();

    @Option(names = "--celsius", description = "Column 1 is in °C.")
    boolean celsius = DEFAULTS.celsius();

    @Mixin
    OutputOptions out;

    /** The settings the options give. */
    T1Settings settings() {
        return new T1Settings(larmorMhz, t1rho, lockKhz, asymmetric, times, celsius);
    }

    @Override
    public Integer call() throws Exception {
        T1Settings s = settings();
        RelaxationResult r = NmrAnalysis.t1(file, s);
        if (out.writeFiles()) { // figures only with -o
            Files.createDirectories(out.outputDir);
            Charts.writeSvg(NmrCharts.bppChart(r.fit()), out.outputDir.resolve("t1_" + NmrCharts.stem(file) + ".svg"));
        }
        out.show("t1_" + NmrCharts.stem(file) + ".svg", () -> NmrCharts.bppChart(r.fit()));
        PrintWriter w = spec.commandLine().getOut();
        if (out.json) {
            w.println(Json.write(ExperimentJson.withMeta(r, "nmr t1", List.of(file), ExperimentJson.nmrUnits(), s)));
        } else {
            w.printf(Locale.ROOT, "%s fit of %d rates (%s, %.4g MHz):%n", r.asymmetric() ? "Asymmetric" : "BPP",
                    r.points(), r.kind(), r.larmorHz() / 1e6);
            w.printf(Locale.ROOT, "  E_a      = %.4f +/- %.4f eV (high-T flank)%n", r.activationEnergyEv().value(),
                    r.activationEnergyEv().err());
            w.printf(Locale.ROOT, "  E_a,low  = %.4f +/- %.4f eV (beta = %.3f)%n", r.lowFlankEaEv().value(),
                    r.lowFlankEaEv().err(), r.beta().value());
            w.printf(Locale.ROOT, "  tau_0    = %.3g +/- %.2g s%n", r.tau0S().value(), r.tau0S().err());
            w.printf(Locale.ROOT, "  peak at T = %.1f K (omega tau_c = %.4f), jump rate there %.3g 1/s%n",
                    r.peakTemperatureK(), r.peakOmegaTau(), r.jumpRateAtPeakPerS());
            r.warnings().forEach(x -> w.println("warning: " + x));
            if (out.writeFiles()) {
                w.println("Figure in " + out.outputDir.toAbsolutePath());
            }
        }
        w.flush();
        return 0;
    }
}
