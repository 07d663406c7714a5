package org.ionhop.defects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.ionhop.units.Units;

/**
 * What {@link DefectStudy} computes for one model: the equilibrium at the reference temperature (at the model's
 * own chemical potentials, not along the scan), the Brouwer diagram with its regimes and slopes, the validity
 * warnings, and, when the model has carriers (species with a migration barrier), the conductivity profile at the
 * reference temperature and the mechanism map.
 *
 * @param settings         the settings the study ran with
 * @param scan             the scan, open ends resolved
 * @param mapTemperaturesK the temperatures of the mechanism map (K)
 * @param equilibrium      the equilibrium at the reference temperature
 * @param brouwer          the Brouwer diagram at the reference temperature
 * @param warnings         where the scan leaves the dilute, non-degenerate range of the model
 * @param profile          the mechanism map at the reference temperature only (one row), or null without carriers
 * @param mechanismMap     the mechanism map over {@code mapTemperaturesK}, or null without carriers
 */
public record DefectStudyResult(DefectStudySettings settings, Scan scan, double[] mapTemperaturesK,
                                DefectState equilibrium, BrouwerDiagram brouwer, List<String> warnings,
                                MechanismMap profile, MechanismMap mechanismMap) {

    /** Copies the mutable parts. */
    public DefectStudyResult {
        mapTemperaturesK = mapTemperaturesK.clone();
        warnings = List.copyOf(warnings);
    }

    /** The map temperatures (a copy). */
    @Override
    public double[] mapTemperaturesK() {
        return mapTemperaturesK.clone();
    }

    /**
     * One row of the concentration table.
     *
     * @param species             the defect
     * @param charge              its effective charge (e)
     * @param sitesPerFormulaUnit sites of its kind per formula unit
     * @param fixed               whether it is a fixed dopant
     * @param formationEnergyEv   G_f at the solution (NaN for a fixed dopant)
     * @param siteFraction        x per site of its kind
     * @param perCm3              number per cm³
     */
    public record Concentration(KrogerVink species, int charge, double sitesPerFormulaUnit, boolean fixed,
                                double formationEnergyEv, double siteFraction, double perCm3) {
    }

    /** The model's label. */
    public String modelName() {
        return settings.model().name();
    }

    /** V_fu in Å³. */
    public double volumePerFormulaUnitA3() {
        return settings.model().volumePerFormulaUnitA3();
    }

    /** The reference temperature (K). */
    public double temperatureK() {
        return settings.temperatureK();
    }

    /** Whether the Fermi level is fixed by a reservoir (rather than solved from neutrality). */
    public boolean fermiLevelFixed() {
        return !Double.isNaN(settings.model().fixedFermiLevelEv());
    }

    /** mu_e at the reference temperature (eV from the VBM; the multiplier of neutrality without band edges). */
    public double fermiLevelEv() {
        return equilibrium.fermiLevelEv();
    }

    /** The chemical potentials of the equilibrium, host constraint applied, sorted by element. */
    public SortedMap<String, Double> chemicalPotentialsEv() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(equilibrium.chemicalPotentialsEv()));
    }

    /** The concentration table of the equilibrium, in model order. */
    public List<Concentration> concentrations() {
        List<Concentration> out = new ArrayList<>();
        double[] gf = equilibrium.formationEnergiesEv();
        double[] x = equilibrium.siteFractions();
        double[] c = equilibrium.perA3();
        for (int i = 0; i < equilibrium.species().size(); i++) {
            DefectSpecies s = equilibrium.species().get(i);
            out.add(new Concentration(s.name(), s.name().charge(), s.sitesPerFormulaUnit(), s.isFixed(), gf[i], x[i],
                    Units.perA3ToPerCm3(c[i])));
        }
        return out;
    }

    /** Electrons per cm³ (NaN without band edges). */
    public double electronsPerCm3() {
        return Units.perA3ToPerCm3(equilibrium.electronsPerA3());
    }

    /** Holes per cm³ (NaN without band edges). */
    public double holesPerCm3() {
        return Units.perA3ToPerCm3(equilibrium.holesPerA3());
    }

    /** |sum of charges| / sum of |charges| at the equilibrium. */
    public double chargeImbalance() {
        return equilibrium.chargeImbalance();
    }

    /** Whether the model has carriers, so that the profile and the mechanism map exist. */
    public boolean hasCarriers() {
        return mechanismMap != null;
    }
}
