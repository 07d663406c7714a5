package org.ionhop.defects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hipparchus.exception.MathRuntimeException;

import org.ionhop.io.NumericalFailureException;
import org.ionhop.io.ProgressListener;
import org.ionhop.units.Units;

/**
 * The defect-chemistry facade: one call does what {@code ionhop defects} reports. The equilibrium at the reference
 * temperature and the model's own chemical potentials ({@link DefectEquilibrium}), the Brouwer diagram along the
 * scan with regimes and rational slopes ({@link BrouwerDiagram}), the validity warnings, and for a model with
 * carriers the conductivity profile at the reference temperature and the mechanism map with dominant carriers,
 * activation energies of sigma T and switch points ({@link MechanismMap}). Conventions: docs/physics.md, "Defects
 * and activation energy", and docs/defects.md.
 */
public final class DefectStudy {
    private DefectStudy() {
    }

    /** Runs the study without progress reports. */
    public static DefectStudyResult run(DefectStudySettings settings) {
        return run(settings, ProgressListener.NONE);
    }

    /**
     * Runs the study.
     *
     * @param settings the model and the options
     * @param progress told about the mechanism map's temperature rows
     * @throws NumericalFailureException when a root finder fails on the valid model
     */
    public static DefectStudyResult run(DefectStudySettings settings, ProgressListener progress) {
        DefectModel model = settings.model();
        double t = settings.temperatureK();
        Scan scan = settings.scan();
        double[] mapT = settings.mapTemperaturesK();
        try {
            DefectState state = DefectEquilibrium.solve(model, t);
            BrouwerDiagram brouwer = BrouwerDiagram.compute(model, scan, t);
            MechanismMap profile = null;
            MechanismMap map = null;
            if (!model.carriers().isEmpty()) {
                profile = MechanismMap.compute(model, scan, new double[] {t});
                map = MechanismMap.compute(model, scan, mapT, progress);
            }
            return new DefectStudyResult(settings, scan, mapT, state, brouwer,
                    warnings(model, scan, brouwer, settings.diluteLimit()), profile, map);
        } catch (MathRuntimeException e) {
            throw new NumericalFailureException("defect equilibrium of " + model.name() + " could not be solved: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Where the Brouwer scan leaves the model's validity: a site fraction above the dilute limit, or electrons
     * (holes) above N_c (N_v), where they become degenerate and the Boltzmann form of {@link BandEdges} fails.
     */
    static List<String> warnings(DefectModel model, Scan scan, BrouwerDiagram brouwer, double diluteLimit) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < brouwer.names().size(); k++) {
            KrogerVink kv = brouwer.names().get(k);
            double limitLog10;
            String what;
            if (kv.isElectronic()) {
                double dos = kv.charge() < 0 ? model.bandEdges().conductionDosPerA3()
                        : model.bandEdges().valenceDosPerA3();
                limitLog10 = Math.log10(Units.perA3ToPerCm3(dos));
                what = kv.charge() < 0 ? "N_c (degenerate electrons)" : "N_v (degenerate holes)";
            } else {
                double sites = model.species().get(model.indexOf(kv)).sitesPerFormulaUnit() * model.formulaUnitsPerA3();
                limitLog10 = Math.log10(Units.perA3ToPerCm3(sites * diluteLimit));
                what = "a site fraction of " + diluteLimit + " (dilute limit)";
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
                        + "there", kv, what, scan.label(), lo, hi));
            }
        }
        return out;
    }
}
