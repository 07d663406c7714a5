package org.ionhop.cli.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.stats.Measured;
import org.ionhop.kmc.KmcResult;
import org.ionhop.kmc.KmcSweep;
import org.ionhop.transport.ArrheniusFit;
import org.ionhop.units.Units;

/** JSON form of kinetic Monte Carlo results (keys and units documented in README and docs/kmc.md). */
final class KmcJson {
    private KmcJson() {
    }

    /** The units map of the meta block. */
    static Map<String, String> units() {
        return Map.of("D", "cm^2/s", "sigma", "S/cm", "T", "K", "energy", "eV", "time", "ps", "length", "Å",
                "velocity", "Å/ps", "field", "V/Å");
    }

    /** All keys of one temperature into {@code o}. */
    static void putResult(ObjectNode o, KmcResult r, List<String> isotopeLabels) {
        o.put("temperature_K", r.parameters().temperatureK());
        o.put("ions", r.parameters().ions());
        o.put("sites", r.sites());
        o.put("vacancies", r.sites() - r.parameters().ions());
        o.put("dimension", r.dimension());
        putD(o, "D_tracer", r.tracerDiffusivity());
        String[] dir = {"x", "y", "z"};
        for (int k = 0; k < 3; k++) {
            putD(o, "D_tracer_" + dir[k], r.tracerDiffusivity(k));
        }
        putD(o, "D_sigma", r.chargeDiffusivity());
        put(o, "haven_ratio", r.havenRatio());
        put(o, "correlation_factor", r.correlationFactor());
        put(o, "sigma_S_cm", r.conductivity(), "sigma_err_S_cm");
        put(o, "sigma_from_tracer_S_cm", r.conductivityFromTracer(), "sigma_from_tracer_err_S_cm");
        Json.putFinite(o, "number_density_per_A3", r.numberDensityPerA3());
        if (r.driven()) {
            o.put("field_V_per_A", r.fieldStrengthVPerA());
            put(o, "drift_velocity_A_ps", r.driftVelocity());
            put(o, "sigma_drift_S_cm", r.fieldConductivity(), "sigma_drift_err_S_cm");
        }
        ObjectNode occ = o.putObject("occupancy_by_site_type");
        for (Map.Entry<String, Measured> e : r.occupancyByType().entrySet()) {
            ObjectNode x = occ.putObject(e.getKey());
            put(x, "mean", e.getValue());
        }
        if (r.hasOrderParameter()) {
            put(o, "order_parameter", r.orderParameter());
            put(o, "binder_cumulant", r.binderCumulant());
        }
        if (!isotopeLabels.isEmpty()) {
            ObjectNode iso = o.putObject("D_tracer_by_isotope");
            List<Measured> byIso = r.tracerDiffusivityBySpecies();
            for (int k = 0; k < isotopeLabels.size(); k++) {
                putD(iso.putObject(isotopeLabels.get(k)), "D_tracer", byIso.get(k));
            }
        }
        put(o, "tracer_msd_exponent", r.tracerMsdExponent());
        o.put("tracer_subdiffusive", r.tracerSubdiffusive());
        o.put("effective_samples", r.tracerDiffusivity().samples());
        o.put("replicas", r.replicas().size());
        o.put("events", r.events());
        o.put("equilibration_events", r.totalEvents() - r.events());
        Json.putFinite(o, "events_per_second", r.eventsPerSecond());
        Json.putFinite(o, "simulated_time_ps", r.simulatedTimePs());
    }

    /** The Arrhenius block of a sweep (absent with one temperature). */
    static void putArrhenius(ObjectNode o, KmcSweep sweep) {
        sweep.conductivityFit().ifPresent(f -> putFit(o.putObject("arrhenius_sigma"), f, "sigma*T = A exp(-E_a/k_B T)"));
        sweep.tracerFit().ifPresent(f -> putFit(o.putObject("arrhenius_D_tracer"), f, "D* = A exp(-E_a/k_B T)"));
    }

    private static void putFit(ObjectNode o, ArrheniusFit f, String form) {
        o.put("form", form);
        Json.putFinite(o, "E_a_eV", f.activationEnergyEv());
        Json.putFinite(o, "E_a_err_eV", f.activationEnergyErrEv());
        Json.putFinite(o, "ln_prefactor", f.lnPrefactor());
        Json.putFinite(o, "ln_prefactor_err", f.lnPrefactorErr());
        Json.putFinite(o, "reduced_chi_square", f.reducedChiSquare());
        o.put("points", f.points());
    }

    private static void putD(ObjectNode o, String key, Measured e) {
        Json.putFinite(o, key + "_cm2_s", Units.a2PerPsToCm2PerS(e.value()));
        Json.putFinite(o, key + "_err_cm2_s", Units.a2PerPsToCm2PerS(e.err()));
    }

    private static void put(ObjectNode o, String key, Measured e) {
        Json.putFinite(o, key, e.value());
        Json.putFinite(o, key + "_err", e.err());
    }

    private static void put(ObjectNode o, String key, Measured e, String errKey) {
        Json.putFinite(o, key, e.value());
        Json.putFinite(o, errKey, e.err());
    }

    /** The sweep as an array of per-temperature objects. */
    static ArrayNode sweep(KmcSweep sweep, List<String> isotopeLabels) {
        ArrayNode a = Json.mapper().createArrayNode();
        for (KmcResult r : sweep.results()) {
            putResult(a.addObject(), r, isotopeLabels);
        }
        return a;
    }

    /**
     * A warning when the tracer MSD grows markedly slower than t at the end of the run at some temperature
     * ({@link KmcResult#tracerSubdiffusive}), else empty: D*, f and H_R are then not converged.
     */
    static Optional<String> subdiffusionWarning(KmcSweep sweep) {
        List<String> flagged = new ArrayList<>();
        for (KmcResult r : sweep.results()) {
            if (r.tracerSubdiffusive()) {
                Measured x = r.tracerMsdExponent();
                flagged.add(String.format(Locale.ROOT, "%.0f K (MSD ~ t^%.2f±%.2f)", r.parameters().temperatureK(),
                        x.value(), x.err()));
            }
        }
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the tracer MSD is sub-diffusive at " + String.join(", ", flagged)
                + ": ions in channels they cannot pass each other in (single file) or in deep traps. D_tracer, "
                + "correlation_factor and haven_ratio then depend on the run length (single file: D* -> 0); "
                + "D_sigma and sigma do not.");
    }
}
