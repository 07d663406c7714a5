package org.ionhop.cli.md;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.cli.common.Json;
import org.ionhop.trajectory.ArrheniusAnalysis;
import org.ionhop.trajectory.DiffusionFit;
import org.ionhop.trajectory.SiteAnalysis;
import org.ionhop.trajectory.TransportResult;
import org.ionhop.units.Units;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON of {@code ionhop md}. One trajectory: its keys at the top level. Several: the same keys at the top level hold
 * arrays in input order, {@code results} holds one object per trajectory, and {@code arrhenius} the fit.
 */
final class MdJson {
    /** The keys the issue requires, which become arrays with several trajectories. */
    static final List<String> HEADLINE = List.of("temperature_K", "D_tracer_cm2_s", "D_tracer_err_cm2_s",
            "D_charge_cm2_s", "D_charge_err_cm2_s", "haven_ratio", "haven_ratio_err", "sigma_tracer_S_cm",
            "sigma_tracer_err_S_cm", "sigma_charge_S_cm", "sigma_charge_err_S_cm");

    private MdJson() {
    }

    /** The whole output object. */
    static ObjectNode of(MdOutcome o, List<Path> inputs, String ion) {
        ObjectNode root = Json.object();
        root.put("ion", ion);
        if (o.runs().size() == 1) {
            root.setAll(result(o.runs().get(0)));
        } else {
            List<ObjectNode> rs = o.runs().stream().map(MdJson::result).toList();
            for (String key : HEADLINE) {
                ArrayNode a = root.putArray(key);
                rs.forEach(r -> a.add(r.get(key)));
            }
            ArrayNode results = root.putArray("results");
            rs.forEach(results::add);
        }
        if (o.arrhenius() != null) {
            root.set("arrhenius", arrhenius(o.arrhenius()));
        }
        root.set("meta", Json.meta("md", inputs, null, units()));
        return root;
    }

    static Map<String, String> units() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("D", "cm^2/s");
        u.put("sigma", "S/cm");
        u.put("temperature", "K");
        u.put("time", "ps");
        u.put("length", "Angstrom");
        u.put("density", "ions per Angstrom^3");
        u.put("energy", "eV");
        return u;
    }

    /** One trajectory. */
    static ObjectNode result(MdOutcome.Run run) {
        TransportResult r = run.result();
        ObjectNode n = Json.object();
        n.put("source", r.source());
        n.put("ion", r.ion());
        Json.putFinite(n, "temperature_K", r.temperatureK());
        Json.putFinite(n, "D_tracer_cm2_s", r.tracerCm2PerS());
        Json.putFinite(n, "D_tracer_err_cm2_s", r.tracerErrCm2PerS());
        Json.putFinite(n, "D_charge_cm2_s", r.chargeCm2PerS());
        Json.putFinite(n, "D_charge_err_cm2_s", r.chargeErrCm2PerS());
        Json.putFinite(n, "haven_ratio", r.havenRatio());
        Json.putFinite(n, "haven_ratio_err", r.havenRatioErr());
        Json.putFinite(n, "sigma_tracer_S_cm", r.sigmaTracerSPerCm());
        Json.putFinite(n, "sigma_tracer_err_S_cm", r.sigmaTracerErrSPerCm());
        Json.putFinite(n, "sigma_charge_S_cm", r.sigmaChargeSPerCm());
        Json.putFinite(n, "sigma_charge_err_S_cm", r.sigmaChargeErrSPerCm());
        n.put("sigma_tracer_basis", "Nernst-Einstein with D* (assumes H_R = 1)");
        n.put("sigma_charge_basis", "Nernst-Einstein with D_sigma from the charge MSD (includes ion-ion correlations)");
        ArrayNode comp = n.putArray("D_tracer_components_cm2_s");
        ArrayNode compErr = n.putArray("D_tracer_components_err_cm2_s");
        for (DiffusionFit f : r.components()) {
            comp.add(Units.a2PerPsToCm2PerS(f.diffusivityA2PerPs()));
            compErr.add(Units.a2PerPsToCm2PerS(f.diffusivityErrA2PerPs()));
        }
        if (r.tracerBySpecies().size() > 1) {
            ObjectNode by = n.putObject("D_tracer_by_species_cm2_s");
            r.tracerBySpecies().forEach((sp, f) -> {
                ObjectNode e = by.putObject(sp);
                Json.putFinite(e, "D", Units.a2PerPsToCm2PerS(f.diffusivityA2PerPs()));
                Json.putFinite(e, "err", Units.a2PerPsToCm2PerS(f.diffusivityErrA2PerPs()));
            });
        }
        n.put("frames", r.frames());
        Json.putFinite(n, "frame_interval_ps", r.frameIntervalPs());
        Json.putFinite(n, "duration_ps", r.durationPs());
        n.put("n_ions", r.ions());
        Json.putFinite(n, "volume_A3", r.volumeA3());
        Json.putFinite(n, "max_framework_drift_A", r.maxFrameworkDriftA());
        ObjectNode fit = n.putObject("fit");
        Json.putFinite(fit, "start_ps", r.tracer().startPs());
        Json.putFinite(fit, "end_ps", r.tracer().endPs());
        fit.put("automatic", r.regime().automatic());
        fit.put("diffusive_regime_found", r.regime().clear());
        Json.putFinite(fit, "loglog_slope", r.regime().slope());
        fit.put("points", r.tracer().points());
        Json.putFinite(fit, "reduced_chi2_tracer", r.tracer().reducedChiSquare());
        Json.putFinite(fit, "reduced_chi2_charge", r.charge().reducedChiSquare());
        fit.put("method", "GLS with the random-walk MSD covariance (localisation noise included); errors widened by "
                + "sqrt(reduced chi2) when it exceeds 1");
        ObjectNode files = n.putObject("files");
        files.put("msd_svg", run.msdSvg());
        files.put("msd_csv", run.msdCsv());
        if (run.density() != null) {
            MdOutcome.DensitySummary ds = run.density();
            files.put("density_cube", ds.cubeFile());
            ObjectNode dn = n.putObject("density");
            ArrayNode g = dn.putArray("grid");
            for (int x : ds.grid()) {
                g.add(x);
            }
            Json.putFinite(dn, "max_per_A3", ds.maxPerA3());
            Json.putFinite(dn, "mean_per_A3", ds.meanPerA3());
            Json.putFinite(dn, "isosurface_level_per_A3", ds.levelPerA3());
            dn.put("percolation_dimensionality", ds.dimensionality());
            Json.putFinite(dn, "threshold_1d_per_A3", ds.thresholds()[0]);
            Json.putFinite(dn, "threshold_2d_per_A3", ds.thresholds()[1]);
            Json.putFinite(dn, "threshold_3d_per_A3", ds.thresholds()[2]);
        }
        if (run.sites() != null) {
            n.set("sites", sites(run.sites()));
        }
        return n;
    }

    static ObjectNode sites(SiteAnalysis s) {
        ObjectNode n = Json.object();
        n.put("site_count", s.siteCount());
        Json.putFinite(n, "unassigned_fraction", s.unassignedFraction());
        Json.putFinite(n, "jump_diffusivity_cm2_s", Units.a2PerPsToCm2PerS(s.jumpDiffusivityA2PerPs()));
        Json.putFinite(n, "correlation_factor", s.correlationFactor());
        ObjectNode types = n.putObject("types");
        for (int i = 0; i < s.types().size(); i++) {
            ObjectNode t = types.putObject(s.types().get(i));
            Json.putFinite(t, "time_fraction", s.timeFraction()[i]);
            Json.putFinite(t, "mean_residence_ps", s.meanResidencePs()[i]);
            t.put("residence_events", s.residenceEvents()[i]);
            ObjectNode j = t.putObject("jumps_to");
            ObjectNode rate = t.putObject("jump_rate_per_ion_per_ps_to");
            for (int k = 0; k < s.types().size(); k++) {
                j.put(s.types().get(k), s.jumps()[i][k]);
                Json.putFinite(rate, s.types().get(k), s.jumpRatePerIonPerPs()[i][k]);
            }
        }
        return n;
    }

    static ObjectNode arrhenius(ArrheniusAnalysis a) {
        ObjectNode n = Json.object();
        n.put("fitted_quantity", "D_tracer");
        Json.putFinite(n, "Ea_eV", a.fit().activationEnergyEv());
        Json.putFinite(n, "Ea_err_eV", a.fit().activationEnergyErrEv());
        Json.putFinite(n, "D0_cm2_s", Units.a2PerPsToCm2PerS(a.fit().prefactor()));
        Json.putFinite(n, "ln_D0_err", a.fit().lnPrefactorErr());
        Json.putFinite(n, "reduced_chi2", a.fit().reducedChiSquare());
        n.put("points", a.fit().points());
        Json.putFinite(n, "extrapolate_to_K", a.targetK());
        String t = String.format(Locale.ROOT, "%.0fK", a.targetK());
        Json.putFinite(n, "D_" + t + "_cm2_s", Units.a2PerPsToCm2PerS(a.diffusivity().value()));
        ArrayNode di = n.putArray("D_" + t + "_interval68_cm2_s");
        di.add(Units.a2PerPsToCm2PerS(a.diffusivity().low68()));
        di.add(Units.a2PerPsToCm2PerS(a.diffusivity().high68()));
        Json.putFinite(n, "sigma_" + t + "_S_cm", a.sigmaSPerCm());
        ArrayNode s68 = n.putArray("sigma_" + t + "_interval68_S_cm");
        s68.add(a.sigmaLow68SPerCm());
        s68.add(a.sigmaHigh68SPerCm());
        ArrayNode s95 = n.putArray("sigma_" + t + "_interval95_S_cm");
        s95.add(a.sigmaLow95SPerCm());
        s95.add(a.sigmaHigh95SPerCm());
        n.put("sigma_basis", "Nernst-Einstein from the extrapolated D* (assumes H_R = 1)");
        return n;
    }
}
