package org.ionhop.cli.theory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.transport.ConsistencyCheck;

/** Runs the consistency check of a file and renders it (text and JSON), for the command and the report. */
final class TransportCheck {
    private TransportCheck() {
    }

    static ConsistencyCheck.Result run(TransportCheckInput in) {
        return ConsistencyCheck.check(in.measurements(), in.temperatureK(), in.chargeE(), in.dimension(), in.alpha());
    }

    /** Units of the reported values, keyed as in the input file. */
    static Map<String, String> units() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("sigma_S_per_cm", "S/cm");
        u.put("carrier_density_per_cm3", "1/cm^3");
        u.put("charge_diffusivity_cm2_per_s", "cm^2/s");
        u.put("tracer_diffusivity_cm2_per_s", "cm^2/s");
        u.put("haven_ratio", "1");
        u.put("correlation_factor", "1");
        u.put("jump_rate_per_s", "1/s");
        u.put("jump_distance_A", "Å");
        u.put("effective_attempt_frequency_THz", "THz (nu_0 exp(dS/k_B))");
        u.put("activation_enthalpy_eV", "eV");
        return u;
    }

    static ObjectNode toJson(ConsistencyCheck.Result r, Path file) {
        ObjectNode o = Json.object();
        o.set("meta", Json.meta("transport check", List.of(file), null, units()));
        o.put("temperature_K", r.temperatureK());
        o.put("charge_e", r.chargeE());
        o.put("dimension", r.dimension());
        var est = o.putObject("quantities");
        for (ConsistencyCheck.Estimate e : r.estimates()) {
            TransportCheckInput.Key k = TransportCheckInput.Key.of(e.quantity());
            ObjectNode q = est.putObject(k.key);
            q.put("determined", e.determined());
            Json.putFinite(q, "value", e.value() / k.toInternal);
            Json.putFinite(q, "error", e.stdErr() / k.toInternal);
            if (e.measured() != null) {
                q.put("measured", e.measured().value() / k.toInternal);
                q.put("measured_error", e.measured().stdErr() / k.toInternal);
                q.put("source", e.measured().source());
                Json.putFinite(q, "z_vs_others", e.looZ());
            }
        }
        Json.putFinite(o, "chi_square", r.chiSquare());
        o.put("degrees_of_freedom", r.degreesOfFreedom());
        Json.putFinite(o, "p_value", r.pValue());
        o.put("consistent", r.consistent());
        var f = o.putArray("findings");
        findings(r).forEach(f::add);
        o.put("relations", "sigma = c q^2 D_sigma/(k_B T); H_R = D*/D_sigma; D* = f Gamma a^2/(2d); "
                + "Gamma = nu_0 exp(dS/k_B) exp(-dH/k_B T)");
        return o;
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
        List<String> out = new java.util.ArrayList<>();
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
