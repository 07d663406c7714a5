package org.ionhop.mesoscale;

import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.units.Constants;

/**
 * The conductivity of one phase against temperature: y = A exp(-E_a / k_B T) with y = sigma (convention
 * {@link ArrheniusConvention#PLAIN}) or y = sigma T ({@link ArrheniusConvention#TIMES_T}).
 *
 * @param prefactor          A, in S/cm (plain) or S K/cm (sigma T)
 * @param activationEnergyEv E_a in eV
 * @param convention         which quantity is Arrhenius
 */
public record ArrheniusPhase(double prefactor, double activationEnergyEv, ArrheniusConvention convention) {

    /** The phase whose conductivity is {@code sigmaSCm} at {@code temperatureK}. */
    public static ArrheniusPhase atReference(double sigmaSCm, double temperatureK, double activationEnergyEv,
                                             ArrheniusConvention convention) {
        double y = convention.transform(sigmaSCm, temperatureK);
        double a = y * Math.exp(activationEnergyEv / (Constants.BOLTZMANN_EV_PER_K * temperatureK));
        return new ArrheniusPhase(a, activationEnergyEv, convention);
    }

    /** sigma in S/cm at a temperature in K. */
    public double sigma(double temperatureK) {
        double y = prefactor * Math.exp(-activationEnergyEv / (Constants.BOLTZMANN_EV_PER_K * temperatureK));
        return convention.inverse(y, temperatureK);
    }
}
