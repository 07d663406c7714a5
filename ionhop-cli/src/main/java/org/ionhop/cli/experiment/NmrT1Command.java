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
import org.ionhop.nmr.BppFit;
import org.ionhop.nmr.NumericTable;
import org.ionhop.nmr.RelaxationData;
import org.ionhop.nmr.RelaxationKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ionhop nmr t1}: BPP fit of T1(T) or T1rho(T). */
@Command(name = "t1", mixinStandardHelpOptions = true,
        description = {"Fit 1/T1 (or 1/T1rho) against T with the BPP spectral density: tau_0, E_a, jump rate at the",
                "rate peak. FILE columns: T (K), rate (1/s) [, error]."})
public final class NmrT1Command implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Table: T, 1/T1 [, error].")
    Path file;

    @Option(names = "--larmor-mhz", paramLabel = "MHZ", description = "Larmor frequency in MHz (or '# larmor_mhz = ' in the file).")
    Double larmorMhz;

    @Option(names = "--t1rho", description = "The rates are 1/T1rho (rotating frame).")
    boolean t1rho;

    @Option(names = "--lock-khz", paramLabel = "KHZ", description = "Spin-lock frequency in kHz (T1rho; or '# lock_khz = ').")
    Double lockKhz;

    @Option(names = "--asymmetric", description = "Fit beta too: J = tau / (1 + (omega tau)^beta), E_a,low = (beta - 1) E_a.")
    boolean asymmetric;

    @Option(names = "--times", description = "Column 2 holds T1 (s) instead of the rate.")
    boolean times;

    @Option(names = "--celsius", description = "Column 1 is in °C.")
    boolean celsius;

    @Mixin
    OutputOptions out;

    @Override
    public Integer call() throws Exception {
        NumericTable t = NumericTable.read(file);
        double larmor = larmorMhz != null ? larmorMhz : t.number("larmor_mhz");
        if (Double.isNaN(larmor)) {
            throw new IllegalArgumentException("give --larmor-mhz (or '# larmor_mhz = ...' in " + file + ")");
        }
        double lock = lockKhz != null ? lockKhz : t.number("lock_khz");
        boolean rho = t1rho || "t1rho".equalsIgnoreCase(t.metadata().getOrDefault("kind", ""));
        RelaxationData d = NmrRuns.relaxation(t, rho ? RelaxationKind.T1RHO : RelaxationKind.T1, larmor * 1e6,
                rho ? lock * 1e3 : Double.NaN, times, celsius);
        BppFit f = asymmetric ? BppFit.asymmetric(d) : BppFit.symmetric(d);
        if (out.writeFiles()) {
            Files.createDirectories(out.outputDir);
            Charts.writeSvg(NmrRuns.bppChart(f), out.outputDir.resolve("t1_" + NmrRuns.stem(file) + ".svg"));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (out.json) {
            ObjectNode o = NmrRuns.bppJson(f);
            o.set("meta", Json.meta("nmr t1", List.of(file), null, NmrRuns.units()));
            w.println(Json.write(o));
        } else {
            w.printf(Locale.ROOT, "%s fit of %d rates (%s, %.4g MHz):%n", f.asymmetric() ? "Asymmetric" : "BPP",
                    d.size(), d.kind(), larmor);
            w.printf(Locale.ROOT, "  E_a      = %.4f +/- %.4f eV (high-T flank)%n", f.eaEv(), f.eaErrEv());
            w.printf(Locale.ROOT, "  E_a,low  = %.4f +/- %.4f eV (beta = %.3f)%n", f.eaLowEv(), f.eaLowErrEv(), f.beta());
            w.printf(Locale.ROOT, "  tau_0    = %.3g +/- %.2g s%n", f.tau0S(), f.tau0ErrS());
            w.printf(Locale.ROOT, "  peak at T = %.1f K (omega tau_c = %.4f), jump rate there %.3g 1/s%n",
                    f.peakTemperatureK(), f.peakOmegaTau(), f.jumpRateAtPeakPerS());
            if (out.writeFiles()) {
                w.println("Figure in " + out.outputDir.toAbsolutePath());
            }
        }
        w.flush();
        return 0;
    }
}
