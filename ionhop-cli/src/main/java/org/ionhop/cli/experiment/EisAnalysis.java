package org.ionhop.cli.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.impedance.Arc;
import org.ionhop.impedance.ArcAssignment;
import org.ionhop.impedance.Circuit;
import org.ionhop.impedance.CircuitFitResult;
import org.ionhop.impedance.Drt;
import org.ionhop.impedance.FitOptions;
import org.ionhop.impedance.FittedSpectrum;
import org.ionhop.impedance.Geometry;
import org.ionhop.impedance.LinKK;
import org.ionhop.impedance.Spectrum;
import org.ionhop.impedance.TemperatureSeries;
import org.ionhop.io.ProgressListener;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.transport.ArrheniusFit;

/**
 * The whole EIS analysis of one or more spectra, shared by {@code ionhop eis} and the report: circuit fits
 * (a temperature series when every spectrum has a temperature), arcs, conductivities, Lin-KK, DRT and the
 * Arrhenius laws; and its JSON.
 *
 * @param spectra    the spectra as read (after filters)
 * @param circuit    the circuit
 * @param geometry   sample geometry or null
 * @param fits       fitted spectra, in temperature order for a series, else in input order
 * @param linKK      Lin-KK result per fit (same order)
 * @param drt        DRT per fit (same order)
 * @param series     the series (null when temperatures are missing)
 * @param kkTolerance residual tolerance of the Lin-KK verdict
 */
record EisAnalysis(List<Spectrum> spectra, Circuit circuit, Geometry geometry, List<FittedSpectrum> fits,
                   List<LinKK> linKK, List<Drt> drt, TemperatureSeries series, double kkTolerance) {

    static EisAnalysis run(List<Spectrum> spectra, Circuit circuit, FitOptions options, Geometry geometry,
                           ArcAssignment.Order order, ArrheniusConvention conv, double kkTolerance,
                           ProgressListener progress) {
        boolean allT = spectra.stream().allMatch(s -> !Double.isNaN(s.temperatureK()));
        List<FittedSpectrum> fits = new ArrayList<>();
        TemperatureSeries series = null;
        if (allT && spectra.size() >= 2) {
            series = TemperatureSeries.fit(spectra, circuit, options, geometry, order, conv, progress);
            fits.addAll(series.points());
        } else {
            for (Spectrum s : spectra) {
                fits.add(FittedSpectrum.of(org.ionhop.impedance.CircuitFitter.fit(s, circuit, options), order, geometry));
                progress.progress(fits.size(), spectra.size());
            }
        }
        // the checks of different spectra are independent: run them in parallel
        List<LinKK> kk = fits.parallelStream().map(f -> LinKK.test(f.fit().spectrum())).toList();
        List<Drt> drt = fits.parallelStream().map(f -> Drt.compute(f.fit().spectrum())).toList();
        return new EisAnalysis(spectra, circuit, geometry, fits, kk, drt, series, kkTolerance);
    }

    /** Units of the JSON numbers. */
    static Map<String, String> units() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("temperature", "K");
        u.put("resistance", "Ohm");
        u.put("capacitance", "F");
        u.put("CPE_Q", "F s^(n-1)");
        u.put("time_constant", "s");
        u.put("frequency", "Hz");
        u.put("conductivity", "S/cm");
        u.put("activation_energy", "eV");
        u.put("prefactor", "S K/cm for sigma*T (S K without geometry); S/cm for plain sigma");
        return u;
    }

    ObjectNode toJson(String command, List<Path> inputs) {
        ObjectNode root = Json.object();
        root.put("circuit", circuit.text());
        if (geometry != null) {
            ObjectNode g = root.putObject("geometry");
            g.put("thickness_cm", geometry.thicknessCm());
            g.put("area_cm2", geometry.areaCm2());
        } else {
            root.putNull("geometry");
        }
        ArrayNode arr = root.putArray("fits");
        for (int i = 0; i < fits.size(); i++) {
            arr.add(fitJson(fits.get(i), linKK.get(i), drt.get(i)));
        }
        if (series != null) {
            ObjectNode a = root.putObject("arrhenius");
            a.put("convention", series.convention().name());
            a.put("quantity", geometry == null ? "conductance 1/R (no geometry given)" : "conductivity");
            a.set("bulk", arrheniusJson(series.bulk()));
            a.set("grain_boundary", arrheniusJson(series.grainBoundary()));
            a.set("total", arrheniusJson(series.total()));
        } else {
            root.putNull("arrhenius");
        }
        root.set("meta", Json.meta(command, inputs, null, units()));
        return root;
    }

    private ObjectNode fitJson(FittedSpectrum f, LinKK kk, Drt d) {
        CircuitFitResult r = f.fit();
        ObjectNode o = Json.object();
        o.put("file", r.spectrum().source());
        Json.putFinite(o, "temperature_K", f.temperatureK());
        o.put("points", r.spectrum().size());
        o.put("weighting", r.weighting().name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode p = o.putObject("parameters");
        r.parameterMap().forEach((k, v) -> Json.putFinite(p, k, v));
        ObjectNode e = o.putObject("errors");
        r.errorMap().forEach((k, v) -> Json.putFinite(e, k, v));
        ArrayNode arcs = o.putArray("arcs");
        for (Arc a : f.arcs()) {
            ObjectNode an = arcs.addObject();
            an.put("label", a.label());
            an.put("resistor", a.resistorName());
            an.put("capacitor", a.capacitorName());
            Json.putFinite(an, "R_ohm", a.resistanceOhm());
            Json.putFinite(an, "R_err_ohm", a.resistanceErrOhm());
            Json.putFinite(an, "C_eff_F", a.capacitanceF());
            Json.putFinite(an, "n", a.n());
            Json.putFinite(an, "tau_s", a.timeConstantS());
            Json.putFinite(an, "f_apex_Hz", a.apexFrequencyHz());
        }
        Arc b = f.bulk();
        Arc g = f.grainBoundary();
        Json.putFinite(o, "R_bulk_ohm", b == null ? Double.NaN : b.resistanceOhm());
        Json.putFinite(o, "R_bulk_err_ohm", b == null ? Double.NaN : b.resistanceErrOhm());
        Json.putFinite(o, "R_gb_ohm", g == null ? Double.NaN : g.resistanceOhm());
        Json.putFinite(o, "R_gb_err_ohm", g == null ? Double.NaN : g.resistanceErrOhm());
        Json.putFinite(o, "C_bulk_F", b == null ? Double.NaN : b.capacitanceF());
        Json.putFinite(o, "C_gb_F", g == null ? Double.NaN : g.capacitanceF());
        double sb = b == null ? Double.NaN : f.conductivitySPerCm(b.resistanceOhm());
        Json.putFinite(o, "sigma_bulk_S_cm", sb);
        Json.putFinite(o, "sigma_bulk_err_S_cm", b == null ? Double.NaN : sb * b.resistanceErrOhm() / b.resistanceOhm());
        Json.putFinite(o, "sigma_gb_S_cm", g == null ? Double.NaN : f.conductivitySPerCm(g.resistanceOhm()));
        double st = f.conductivitySPerCm(f.totalResistanceOhm());
        Json.putFinite(o, "sigma_total_S_cm", st);
        Json.putFinite(o, "sigma_total_err_S_cm", st * f.totalResistanceErrOhm() / f.totalResistanceOhm());
        Json.putFinite(o, "chi2", r.chiSquare());
        Json.putFinite(o, "reduced_chi2", r.reducedChiSquare());
        o.put("dof", r.dof());
        Json.putFinite(o, "relative_rms", r.relativeRms());
        o.put("starts", r.starts());
        ObjectNode k = o.putObject("lin_kk");
        k.put("M", kk.elements());
        Json.putFinite(k, "mu", kk.mu());
        Json.putFinite(k, "residual_rms", kk.residualRms());
        Json.putFinite(k, "residual_max", kk.residualMax());
        Json.putFinite(k, "tolerance", kkTolerance);
        k.put("passes", kk.passes(kkTolerance));
        ObjectNode dn = o.putObject("drt");
        Json.putFinite(dn, "lambda", d.lambda());
        Json.putFinite(dn, "R_inf_ohm", d.rInfOhm());
        Json.putFinite(dn, "C_series_F", d.seriesCapacitanceF());
        ArrayNode peaks = dn.putArray("peaks");
        for (Drt.Peak pk : d.peaks()) {
            ObjectNode pn = peaks.addObject();
            Json.putFinite(pn, "tau_s", pk.tauS());
            Json.putFinite(pn, "f_Hz", pk.frequencyHz());
            Json.putFinite(pn, "R_ohm", pk.resistanceOhm());
        }
        return o;
    }

    private static ObjectNode arrheniusJson(ArrheniusFit a) {
        ObjectNode o = Json.object();
        if (a == null) {
            o.putNull("Ea_eV");
            o.putNull("Ea_err_eV");
            o.putNull("prefactor");
            return o;
        }
        Json.putFinite(o, "Ea_eV", a.activationEnergyEv());
        Json.putFinite(o, "Ea_err_eV", a.activationEnergyErrEv());
        Json.putFinite(o, "prefactor", a.prefactor());
        Json.putFinite(o, "ln_prefactor", a.lnPrefactor());
        Json.putFinite(o, "ln_prefactor_err", a.lnPrefactorErr());
        Json.putFinite(o, "reduced_chi2", a.reducedChiSquare());
        o.put("points", a.points());
        return o;
    }
}
