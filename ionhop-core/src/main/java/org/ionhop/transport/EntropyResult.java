package org.ionhop.transport;

import java.util.List;

/**
 * Configurational entropy and mixing.
 *
 * @param settings                 the settings used
 * @param entropyKbPerFormulaUnit  S in k_B per formula unit
 * @param entropyJPerMolK          S in J/(mol K)
 * @param mixing                   dG_mix, or null without a mixing enthalpy
 */
public record EntropyResult(EntropySettings settings, double entropyKbPerFormulaUnit, double entropyJPerMolK,
                            Mixing mixing) {

    /**
     * The free energy of mixing.
     *
     * @param stabilityTemperatureK T above which dG_mix &lt; 0 (NaN when it never or always is)
     * @param mixingFreeEnergy      dG_mix per temperature, or null without temperatures
     */
    public record Mixing(double stabilityTemperatureK, List<Row> mixingFreeEnergy) {
        /** Copies. */
        public Mixing {
            mixingFreeEnergy = mixingFreeEnergy == null ? null : List.copyOf(mixingFreeEnergy);
        }
    }

    /**
     * dG_mix at one temperature.
     *
     * @param temperatureK T
     * @param mixingFreeEnergyEv dG_mix per formula unit (eV)
     */
    public record Row(double temperatureK, double mixingFreeEnergyEv) {
    }
}
