package org.ionhop.cli.theory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.defects.BrouwerDiagram;
import org.ionhop.defects.DefectEquilibrium;
import org.ionhop.defects.DefectSpecies;
import org.ionhop.defects.DefectState;
import org.ionhop.defects.MechanismMap;
import org.ionhop.units.Units;
import org.jfree.chart.JFreeChart;

/**
 * Everything {@code ionhop defects} computes for one input: the equilibrium at the reference temperature, the
 * Brouwer diagram, the conductivity profile at the reference temperature and the mechanism map; plus its JSON and
 * figures. Shared by the command and the report section.
 *
 * @param input    the parsed input
 * @param state    equilibrium at the reference temperature
 * @param brouwer  Brouwer diagram at the reference temperature
 * @param profile  mechanism map at the reference temperature only (one row)
 * @param map      the mechanism map over the map temperatures
 */
record DefectAnalysis(DefectInput input, DefectState state, BrouwerDiagram brouwer, MechanismMap profile,
                      MechanismMap map) {

    /** Runs the analysis without progress output. */
    static DefectAnalysis run(DefectInput in) {
        return run(in, org.ionhop.io.ProgressListener.NONE);
    }

    /** Runs the analysis, reporting the mechanism map's progress. */
    static DefectAnalysis run(DefectInput in, org.ionhop.io.ProgressListener progress) {
        // The concentration table is at the file's own chemical potentials (chemical_potentials_eV), not along the scan.
        DefectState s = DefectEquilibrium.solve(in.model(), in.temperatureK());
        BrouwerDiagram b = BrouwerDiagram.compute(in.model(), in.scan(), in.temperatureK());
        MechanismMap profile = null;
        MechanismMap map = null;
        if (!in.model().carriers().isEmpty()) {
            profile = MechanismMap.compute(in.model(), in.scan(), new double[] {in.temperatureK()});
            map = MechanismMap.compute(in.model(), in.scan(), in.mapTemperaturesK(), progress);
        }
        return new DefectAnalysis(in, s, b, profile, map);
    }

    /** Figure file names for an input stem. */
    static List<String> figureNames(String stem, boolean withMap) {
        List<String> names = new ArrayList<>(List.of(stem + "-brouwer.svg"));
        if (withMap) {
            names.add(stem + "-mechanism-map.svg");
            names.add(stem + "-conductivity.svg");
            names.add(stem + "-activation.svg");
        }
        return names;
    }

    /** The Brouwer diagram, regimes shaded and labelled with their neutrality condition. */
    JFreeChart brouwerChart() {
        List<Charts.Series> series = new ArrayList<>();
        for (int k = 0; k < brouwer.names().size(); k++) {
            series.add(Charts.Series.line(brouwer.names().get(k).toString(), brouwer.x(), brouwer.log10PerCm3()[k]));
        }
        JFreeChart chart = Charts.xy(String.format(Locale.ROOT, "Brouwer diagram, T = %.0f K", input.temperatureK()),
                input.scan().label(), "log10 concentration (cm^-3)", false, false, series);
        MapCharts.markRegimes(chart, brouwer.regimes());
        return chart;
    }

    /** The mechanism map: scan value against T, a band per temperature coloured by the dominant carrier. */
    JFreeChart mapChart() {
        return MapCharts.mechanismMap("Mechanism map (dominant carrier)", input.scan().label(), map);
    }

    /** log10 of each carrier's conductivity along the scan at the reference temperature. */
    JFreeChart conductivityChart() {
        List<Charts.Series> series = new ArrayList<>();
        for (int c = 0; c < profile.carriers().size(); c++) {
            series.add(Charts.Series.line("sigma(" + profile.carriers().get(c) + ")", profile.x(),
                    profile.log10Sigma()[0][c]));
        }
        return Charts.xy(String.format(Locale.ROOT, "Partial ionic conductivities (Eq. 1), T = %.0f K",
                input.temperatureK()), input.scan().label(), "log10 sigma (S/cm)", false, false, series);
    }

    /** E_a (sigma T convention) along the scan at the reference temperature. */
    JFreeChart activationChart() {
        return Charts.xy(String.format(Locale.ROOT, "Activation energy of sigma T, T = %.0f K", input.temperatureK()),
                input.scan().label(), "E_a (eV)", false, false,
                List.of(Charts.Series.line("E_a", profile.x(), profile.activationEv()[0])));
    }

    /** Writes the figures into a folder; returns their file names. */
    List<String> writeFigures(Path dir, String stem) {
        List<String> names = figureNames(stem, map != null);
        Charts.writeSvg(brouwerChart(), dir.resolve(names.get(0)));
        if (map != null) {
            Charts.writeSvg(mapChart(), dir.resolve(names.get(1)));
            Charts.writeSvg(conductivityChart(), dir.resolve(names.get(2)));
            Charts.writeSvg(activationChart(), dir.resolve(names.get(3)));
        }
        return names;
    }

    private static double[] column(List<double[]> pts, int k) {
        double[] out = new double[pts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = pts.get(i)[k];
        }
        return out;
    }

    /** The JSON body (without meta). */
    ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("model", input.model().name());
        o.put("volume_per_formula_unit_A3", input.model().volumePerFormulaUnitA3());
        o.put("temperature_K", input.temperatureK());
        o.put("fermi_level_fixed", !Double.isNaN(input.model().fixedFermiLevelEv()));
        Json.putFinite(o, "fermi_level_eV", state.fermiLevelEv());
        ObjectNode mu = o.putObject("chemical_potentials_eV");
        state.chemicalPotentialsEv().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> mu.put(e.getKey(), e.getValue()));
        ArrayNode conc = o.putArray("concentrations");
        for (int i = 0; i < state.species().size(); i++) {
            DefectSpecies s = state.species().get(i);
            ObjectNode c = conc.addObject();
            c.put("species", s.name().toString());
            c.put("charge", s.name().charge());
            c.put("sites_per_formula_unit", s.sitesPerFormulaUnit());
            c.put("fixed", s.isFixed());
            Json.putFinite(c, "formation_energy_eV", state.formationEnergiesEv()[i]);
            c.put("site_fraction", state.siteFractions()[i]);
            c.put("per_cm3", Units.perA3ToPerCm3(state.perA3()[i]));
        }
        Json.putFinite(o, "electrons_per_cm3", Units.perA3ToPerCm3(state.electronsPerA3()));
        Json.putFinite(o, "holes_per_cm3", Units.perA3ToPerCm3(state.holesPerA3()));
        o.put("charge_imbalance", state.chargeImbalance());
        o.set("brouwer", brouwerJson());
        var warn = o.putArray("warnings");
        warnings().forEach(warn::add);
        if (map != null) {
            o.set("profile", mapJson(profile));
            o.set("mechanism_map", mapJson(map));
        }
        return o;
    }

    private ObjectNode brouwerJson() {
        ObjectNode b = Json.object();
        b.put("variable", input.scan().kind().name().toLowerCase(Locale.ROOT));
        b.put("target", input.scan().target());
        b.put("label", input.scan().label());
        b.put("slope_unit", input.scan().slopeUnit());
        b.put("temperature_K", brouwer.temperatureK());
        array(b.putArray("x"), brouwer.x());
        array(b.putArray("fermi_level_eV"), brouwer.fermiLevelEv());
        ObjectNode series = b.putObject("log10_per_cm3");
        for (int k = 0; k < brouwer.names().size(); k++) {
            array(series.putArray(brouwer.names().get(k).toString()), brouwer.log10PerCm3()[k]);
        }
        ArrayNode regimes = b.putArray("regimes");
        for (BrouwerDiagram.Regime r : brouwer.regimes()) {
            ObjectNode g = regimes.addObject();
            g.put("from", r.from());
            g.put("to", r.to());
            g.put("condition", r.condition());
            g.put("majority_positive", String.valueOf(r.majorityPositive()));
            g.put("majority_negative", String.valueOf(r.majorityNegative()));
            ObjectNode sl = g.putObject("slopes");
            r.slopes().forEach((kv, v) -> {
                ObjectNode e = sl.putObject(kv.toString());
                e.put("value", v);
                e.put("fraction", BrouwerDiagram.fraction(v));
            });
        }
        return b;
    }

    private static ObjectNode mapJson(MechanismMap m) {
        ObjectNode o = Json.object();
        array(o.putArray("temperatures_K"), m.temperaturesK());
        array(o.putArray("x"), m.x());
        ArrayNode carriers = o.putArray("carriers");
        m.carriers().forEach(c -> carriers.add(c.toString()));
        ArrayNode dom = o.putArray("dominant");
        ArrayNode ea = o.putArray("activation_energy_eV");
        ObjectNode sig = o.putObject("log10_sigma_S_per_cm");
        for (int c = 0; c < m.carriers().size(); c++) {
            ArrayNode rows = sig.putArray(m.carriers().get(c).toString());
            for (int it = 0; it < m.temperaturesK().length; it++) {
                array(rows.addArray(), m.log10Sigma()[it][c]);
            }
        }
        for (int it = 0; it < m.temperaturesK().length; it++) {
            ArrayNode row = dom.addArray();
            for (int d : m.dominant()[it]) {
                row.add(m.carriers().get(d).toString());
            }
            array(ea.addArray(), m.activationEv()[it]);
        }
        ArrayNode sw = o.putArray("switches");
        for (MechanismMap.Switch s : m.switches()) {
            ObjectNode e = sw.addObject();
            e.put("temperature_K", s.temperatureK());
            e.put("x", s.x());
            e.put("from", s.from().toString());
            e.put("to", s.to().toString());
        }
        return o;
    }

    private static void array(ArrayNode a, double[] v) {
        for (double d : v) {
            if (Double.isFinite(d)) {
                a.add(d);
            } else {
                a.addNull();
            }
        }
    }

    /** Site fractions above this break the dilute (Boltzmann, no site exclusion) approximation. */
    static final double DILUTE_LIMIT = 0.05;

    /**
     * Where the Brouwer scan leaves the model's validity: a site fraction above {@link #DILUTE_LIMIT}, or electrons
     * (holes) above N_c (N_v), where they become degenerate.
     */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        var model = input.model();
        for (int k = 0; k < brouwer.names().size(); k++) {
            var kv = brouwer.names().get(k);
            double limitLog10;
            String what;
            if (kv.isElectronic()) {
                double dos = kv.charge() < 0 ? model.bandEdges().conductionDosPerA3()
                        : model.bandEdges().valenceDosPerA3();
                limitLog10 = Math.log10(Units.perA3ToPerCm3(dos));
                what = kv.charge() < 0 ? "N_c (degenerate electrons)" : "N_v (degenerate holes)";
            } else {
                double sites = model.species().get(model.indexOf(kv)).sitesPerFormulaUnit() * model.formulaUnitsPerA3();
                limitLog10 = Math.log10(Units.perA3ToPerCm3(sites * DILUTE_LIMIT));
                what = "a site fraction of " + DILUTE_LIMIT + " (dilute limit)";
            }
            double lo = Double.NaN;
            double hi = Double.NaN;
            for (int i = 0; i < brouwer.x().length; i++) {
                if (brouwer.log10PerCm3()[k][i] > limitLog10) {
                    lo = Double.isNaN(lo) ? brouwer.x()[i] : Math.min(lo, brouwer.x()[i]);
                    hi = Double.isNaN(hi) ? brouwer.x()[i] : Math.max(hi, brouwer.x()[i]);
                }
            }
            if (!Double.isNaN(lo)) {
                out.add(String.format(Locale.ROOT, "%s exceeds %s for %s in [%.4g, %.4g]: the model is not valid "
                        + "there", kv, what, input.scan().label(), lo, hi));
            }
        }
        return out;
    }

    /** One-line summaries of the regimes for text output and the report. */
    List<String> regimeLines() {
        List<String> out = new ArrayList<>();
        for (BrouwerDiagram.Regime r : brouwer.regimes()) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%8.3f .. %8.3f  %-28s slopes:",
                    r.from(), r.to(), r.condition()));
            r.slopes().forEach((kv, v) -> b.append(' ').append(kv).append(' ').append(BrouwerDiagram.fraction(v)));
            out.add(b.toString());
        }
        return out;
    }
}
