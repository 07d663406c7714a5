package org.ionhop.defects;

import java.util.List;
import java.util.Map;

import org.ionhop.units.Units;

/**
 * The equilibrium defect concentrations of a {@link DefectModel} at one temperature.
 *
 * <p>Two conventions, converted explicitly: site fractions x_j (per site of the defect's kind, as in the mass-action
 * laws) and numbers per volume c_j = m_j x_j / V_fu (as in charge neutrality), m_j the sites per formula unit.
 *
 * @param species              the model's species, in order
 * @param temperatureK         T in K
 * @param fermiLevelEv         mu_e from the valence-band maximum (eV); with no band edges it is the Lagrange
 *                             multiplier of neutrality (only differences mu_i - mu_e matter then)
 * @param chemicalPotentialsEv the chemical potentials used (host constraint applied)
 * @param formationEnergiesEv  G_f per species at the solution (NaN for fixed dopants)
 * @param siteFractions        x_j per species
 * @param perA3                c_j per species in 1/Å³
 * @param electronsPerA3       n in 1/Å³ (NaN without band edges)
 * @param holesPerA3           p in 1/Å³ (NaN without band edges)
 * @param chargeImbalance      |sum of charges| / (sum of |charges|) at the solution (0 when neutral; not imposed
 *                             when the Fermi level is fixed)
 */
public record DefectState(List<DefectSpecies> species, double temperatureK, double fermiLevelEv,
                          Map<String, Double> chemicalPotentialsEv, double[] formationEnergiesEv,
                          double[] siteFractions, double[] perA3, double electronsPerA3, double holesPerA3,
                          double chargeImbalance) {

    /** Copies the arrays, so that a state cannot change after it is solved. */
    public DefectState {
        species = List.copyOf(species);
        chemicalPotentialsEv = Map.copyOf(chemicalPotentialsEv);
        formationEnergiesEv = formationEnergiesEv.clone();
        siteFractions = siteFractions.clone();
        perA3 = perA3.clone();
    }

    /** G_f per species (a copy; NaN for fixed dopants). */
    @Override
    public double[] formationEnergiesEv() {
        return formationEnergiesEv.clone();
    }

    /** Site fractions per species (a copy). */
    @Override
    public double[] siteFractions() {
        return siteFractions.clone();
    }

    /** Numbers per Å³ per species (a copy). */
    @Override
    public double[] perA3() {
        return perA3.clone();
    }

    /** Site fraction of one species. */
    public double siteFraction(KrogerVink kv) {
        return siteFractions[index(kv)];
    }

    /** Number per Å³ of one species, or of e' and h^. when band edges are present. */
    public double perA3(KrogerVink kv) {
        if (kv.equals(KrogerVink.ELECTRON)) {
            return electronsPerA3;
        }
        if (kv.equals(KrogerVink.HOLE)) {
            return holesPerA3;
        }
        return perA3[index(kv)];
    }

    /** Number per cm³ of one species (or e', h^.). */
    public double perCm3(KrogerVink kv) {
        return Units.perA3ToPerCm3(perA3(kv));
    }

    /** Every species followed by e' and h^. when band edges are present. */
    public List<KrogerVink> allNames() {
        var names = new java.util.ArrayList<KrogerVink>();
        for (DefectSpecies s : species) {
            names.add(s.name());
        }
        if (!Double.isNaN(electronsPerA3)) {
            names.add(KrogerVink.ELECTRON);
            names.add(KrogerVink.HOLE);
        }
        return names;
    }

    private int index(KrogerVink kv) {
        for (int i = 0; i < species.size(); i++) {
            if (species.get(i).name().equals(kv)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no species " + kv);
    }
}
