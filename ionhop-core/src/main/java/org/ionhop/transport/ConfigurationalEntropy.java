package org.ionhop.transport;

import java.util.List;

import org.ionhop.units.Units;

/**
 * Ideal configurational entropy of disordered sublattices and the free energy of mixing (docs/physics.md, "Defects and
 * activation energy"; the seeds' dS_configuration and dH_mix):
 * <pre>
 *   S = -k_B sum_s m_s sum_k x_sk ln x_sk      (per formula unit)
 *   dG_mix = dH_mix - T dS_mix
 * </pre>
 * m_s the number of sites of sublattice s per formula unit and x_sk the fraction of those sites held by species k
 * (vacancies count as a species). The ideal form is the Stirling limit of ln(N! / prod_k N_k!) per formula unit.
 */
public final class ConfigurationalEntropy {
    private ConfigurationalEntropy() {
    }

    /**
     * One sublattice.
     *
     * @param sitesPerFormulaUnit m_s
     * @param fractions           x_sk, summing to 1 (within 1e-6)
     */
    public record Sublattice(double sitesPerFormulaUnit, double[] fractions) {
        /** Validates. */
        public Sublattice {
            if (!(sitesPerFormulaUnit > 0)) {
                throw new IllegalArgumentException("sites per formula unit must be > 0, found " + sitesPerFormulaUnit);
            }
            double sum = 0;
            for (double x : fractions) {
                if (!(x >= 0 && x <= 1)) {
                    throw new IllegalArgumentException("site fractions must lie in [0, 1], found " + x);
                }
                sum += x;
            }
            if (Math.abs(sum - 1) > 1e-6) {
                throw new IllegalArgumentException("site fractions of a sublattice must sum to 1 (vacancies included), "
                        + "found " + sum);
            }
            fractions = fractions.clone();
        }
    }

    /** S per formula unit in units of k_B. */
    public static double perFormulaUnitKb(List<Sublattice> sublattices) {
        double s = 0;
        for (Sublattice sub : sublattices) {
            for (double x : sub.fractions()) {
                if (x > 0) {
                    s -= sub.sitesPerFormulaUnit() * x * Math.log(x);
                }
            }
        }
        return s;
    }

    /** S per formula unit in eV/K. */
    public static double perFormulaUnitEvPerK(List<Sublattice> sublattices) {
        return perFormulaUnitKb(sublattices) * org.ionhop.units.Constants.BOLTZMANN_EV_PER_K;
    }

    /** dG_mix = dH_mix - T dS_mix in eV per formula unit (dS in k_B per formula unit). */
    public static double mixingFreeEnergyEv(double mixingEnthalpyEv, double mixingEntropyKb, double temperatureK) {
        return mixingEnthalpyEv - Units.kT(temperatureK) * mixingEntropyKb;
    }

    /**
     * The temperature above which dG_mix &lt; 0 (the mixed phase is favoured over its end members), dH / (k_B dS), in K;
     * 0 when dH &lt;= 0 (always favoured), infinite when dS &lt;= 0 and dH &gt; 0.
     */
    public static double stabilityTemperatureK(double mixingEnthalpyEv, double mixingEntropyKb) {
        if (mixingEnthalpyEv <= 0) {
            return 0;
        }
        if (mixingEntropyKb <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return mixingEnthalpyEv / (org.ionhop.units.Constants.BOLTZMANN_EV_PER_K * mixingEntropyKb);
    }
}
