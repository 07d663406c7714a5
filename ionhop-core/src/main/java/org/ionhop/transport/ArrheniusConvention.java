package org.ionhop.transport;

/**
 * Which quantity is fitted to an Arrhenius law (docs/physics.md, "Defects and activation energy").
 */
public enum ArrheniusConvention {
    /** y = A exp(-E_a / k_B T): diffusivities, rates, and sigma when so chosen. */
    PLAIN,
    /** y T = A exp(-E_a / k_B T): conductivity from hopping (the Nernst-Einstein 1/T moved to the left). */
    TIMES_T;

    /** The quantity whose logarithm is linear in 1/(k_B T). */
    public double transform(double y, double temperatureK) {
        return this == PLAIN ? y : y * temperatureK;
    }

    /** Back from the fitted quantity to y. */
    public double inverse(double fitted, double temperatureK) {
        return this == PLAIN ? fitted : fitted / temperatureK;
    }
}
