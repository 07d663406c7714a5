package org.ionhop.cli.theory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.UnitNames;
import org.ionhop.transport.ConsistencyCheck;

/**
 * Renders a consistency check (text and JSON) in the input file's units, for the command and the report. The JSON
 * is the {@link Report} record: the core's estimates converted from internal units to those the input keys name.
 */
final class TransportCheck {
    /** The relations the check ties together, as the output states them. */
    static final String RELATIONS = "sigma = c q^2 D_sigma/(k_B T); H_R = D*/D_sigma; D* = f Gamma a^2/(2d); "
            + "Gamma = nu_0 exp(dS/k_B) exp(-dH/k_B T)";

    private TransportCheck() {
    }

    /**
     * The check in the file's units.
     *
     * @param temperatureK     T
     * @param chargeE          q
     * @param dimension        d
     * @param quantities       per input key, the estimate
     * @param chiSquare        chi²
     * @param degreesOfFreedom dof
     * @param pValue           p
     * @param consistent       whether consistent
     * @param findings         plain-language findings
     * @param relations        the relations used
     */
    @JsonPropertyOrder({"temperature_K", "charge_e", "dimension", "quantities", "chi_square", "degrees_of_freedom",
        "p_value", "consistent", "findings", "relations"})
    record Report(@JsonProperty("temperature_K") double temperatureK, @JsonProperty("charge_e") double chargeE,
                  int dimension, Map<String, Quantity> quantities, @JsonProperty("chi_square") double chiSquare,
                  @JsonProperty("degrees_of_freedom") int degreesOfFreedom, @JsonProperty("p_value") double pValue,
                  boolean consistent, List<String> findings, String relations) {
    }

    /**
     * One quantity in the file's unit.
     *
     * @param determined whether the measurements fix it
     * @param value      best estimate (NaN when not determined)
     * @param error      its standard error
     * @param measured   the measurement, or null
     */
    @JsonPropertyOrder({"determined", "value", "error", "measured"})
    record Quantity(boolean determined, double value, double error,
                    @JsonUnwrapped @JsonInclude(JsonInclude.Include.NON_NULL) Measurement measured) {
    }

    /**
     * A measurement and how it compares with the rest.
     *
     * @param value       measured value
     * @param error       its standard error
     * @param source      where it came from
     * @param zVsOthers   leave-one-out z-score (NaN when the others do not determine it)
     */
    @JsonPropertyOrder({"measured", "measured_error", "source", "z_vs_others"})
    record Measurement(@JsonProperty("measured") double value, @JsonProperty("measured_error") double error,
                       String source, @JsonProperty("z_vs_others") double zVsOthers) {
    }

    /** The check in the file's units. */
    static Report report(ConsistencyCheck.Result r) {
        Map<String, Quantity> q = new LinkedHashMap<>();
        for (ConsistencyCheck.Estimate e : r.estimates()) {
            TransportCheckInput.Key k = TransportCheckInput.Key.of(e.quantity());
            Measurement m = e.measured() == null ? null : new Measurement(e.measured().value() / k.toInternal,
                    e.measured().stdErr() / k.toInternal, e.measured().source(), e.looZ());
            q.put(k.key, new Quantity(e.determined(), e.value() / k.toInternal, e.stdErr() / k.toInternal, m));
        }
        return new Report(r.temperatureK(), r.chargeE(), r.dimension(), q, r.chiSquare(), r.degreesOfFreedom(),
                r.pValue(), r.consistent(), findings(r), RELATIONS);
    }

    /** Units of the reported values. */
    static Map<String, String> units() {
        return UnitNames.of("conductivity", "number_density", "diffusivity", "rate", "length", "frequency_THz",
                "energy", "temperature");
    }

    /** {@code meta} (with the settings) followed by the report. */
    static ObjectNode output(ConsistencyCheck.Result r, Path file, Object settings) {
        return TheoryJson.output("transport check", List.of(file), units(), settings, report(r));
    }

    static void printText(ConsistencyCheck.Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "Consistency check at T = %.2f K (q = %.0f e, d = %d)%n", r.temperatureK(), r.chargeE(),
                r.dimension());
        out.printf(Locale.ROOT, "%-34s %-10s %14s %12s %14s %8s%n", "quantity", "status", "estimate", "± error",
                "measured", "z");
        for (ConsistencyCheck.Estimate e : r.estimates()) {
            TransportCheckInput.Key k = TransportCheckInput.Key.of(e.quantity());
            String status = e.measured() != null ? "measured" : e.determined() ? "implied" : "unknown";
            out.printf(Locale.ROOT, "%-34s %-10s %14s %12s %14s %8s%n", k.key, status, num(e.value() / k.toInternal),
                    num(e.stdErr() / k.toInternal), e.measured() == null ? "" : num(e.measured().value() / k.toInternal),
                    Double.isFinite(e.looZ()) ? String.format(Locale.ROOT, "%.2f", e.looZ()) : "");
        }
        out.printf(Locale.ROOT, "chi^2 = %s for %d degrees of freedom, p = %s: %s%n", num(r.chiSquare()),
                r.degreesOfFreedom(), num(r.pValue()), r.consistent() ? "consistent" : "INCONSISTENT");
        findings(r).forEach(f -> out.println("- " + f));
    }

    /**
     * The core's findings, with its "implied" and "measured ... differs" lines (internal units) rewritten in the
     * input file's units.
     */
    static List<String> findings(ConsistencyCheck.Result r) {
        List<String> out = new ArrayList<>();
        for (ConsistencyCheck.Estimate e : r.estimates()) {
            if (e.determined() && e.measured() == null) {
                TransportCheckInput.Key k = TransportCheckInput.Key.of(e.quantity());
                out.add(String.format(Locale.ROOT, "implied %s = %.4g ± %.2g", k.key, e.value() / k.toInternal,
                        e.stdErr() / k.toInternal));
            }
        }
        for (ConsistencyCheck.Estimate e : r.estimates()) {
            if (e.measured() != null && Math.abs(e.looZ()) > 2) {
                TransportCheckInput.Key k = TransportCheckInput.Key.of(e.quantity());
                out.add(String.format(Locale.ROOT, "%s measured (%s) = %.4g differs from the %.4g implied by the "
                        + "others by %.1f sigma", k.key, e.measured().source(), e.measured().value() / k.toInternal,
                        e.impliedByOthers() / k.toInternal, e.looZ()));
            }
        }
        r.findings().stream().filter(f -> !f.startsWith("implied ") && !f.contains(" measured (")).forEach(out::add);
        return out;
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "n/a";
    }
}
