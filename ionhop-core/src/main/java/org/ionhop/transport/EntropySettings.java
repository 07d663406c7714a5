package org.ionhop.transport;

import java.util.List;

import org.ionhop.io.InvalidSettingException;

/**
 * Ideal configurational entropy ({@link TransportTheory#entropy}) and, with a mixing enthalpy, the free energy of
 * mixing.
 *
 * @param sublattices      the disordered sublattices (vacancies among the fractions)
 * @param mixingEnthalpyEv dH_mix per formula unit (eV), or NaN
 * @param temperaturesK    temperatures of dG_mix (K), possibly none
 */
public record EntropySettings(List<ConfigurationalEntropy.Sublattice> sublattices, double mixingEnthalpyEv,
                              double[] temperaturesK) {

    /** Validates and copies. */
    public EntropySettings {
        InvalidSettingException.require(sublattices != null && !sublattices.isEmpty(), "sublattices",
                "expected at least one sublattice, got none");
        sublattices = List.copyOf(sublattices);
        InvalidSettingException.require(Double.isNaN(mixingEnthalpyEv) || Double.isFinite(mixingEnthalpyEv),
                "mixingEnthalpyEv", "expected a finite enthalpy, got " + mixingEnthalpyEv);
        temperaturesK = temperaturesK == null ? new double[0] : temperaturesK.clone();
        if (temperaturesK.length > 0) {
            TransportTheory.requireTemperatures("temperaturesK", temperaturesK);
        }
    }

    /** The entropy alone. */
    public static EntropySettings of(List<ConfigurationalEntropy.Sublattice> sublattices) {
        return new EntropySettings(sublattices, Double.NaN, new double[0]);
    }

    /** A copy with a mixing enthalpy and temperatures. */
    public EntropySettings withMixing(double enthalpyEv, double... temperatures) {
        return new EntropySettings(sublattices, enthalpyEv, temperatures);
    }

    /** Temperatures (a copy). */
    @Override
    public double[] temperaturesK() {
        return temperaturesK.clone();
    }
}
