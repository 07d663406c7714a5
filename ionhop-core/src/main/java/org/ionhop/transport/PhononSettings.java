package org.ionhop.transport;

import org.ionhop.io.InvalidSettingException;

/**
 * Phonon-assisted hopping ({@link TransportTheory#phonon}): a mean barrier with either a Gaussian spread or a mode
 * (coupling, effective mass, frequency) that modulates it, the attempt frequency and the temperatures.
 *
 * @param barrierEv           mean barrier E_0 (eV)
 * @param spreadEv            standard deviation s of the barrier (eV), or NaN with a mode
 * @param couplingEvPerA      alpha = -dE_m/du (eV/Å), or NaN
 * @param massAmu             effective mass of the mode (amu), or NaN
 * @param modeFrequencyThz    frequency of the mode (THz), or NaN
 * @param attemptFrequencyThz nu_0 (THz)
 * @param temperaturesK       temperatures (K)
 */
public record PhononSettings(double barrierEv, double spreadEv, double couplingEvPerA, double massAmu,
                             double modeFrequencyThz, double attemptFrequencyThz, double[] temperaturesK) {

    /** Default attempt frequency (THz), a typical optical-phonon frequency. */
    public static final double DEFAULT_ATTEMPT_FREQUENCY_THZ = 10;

    /** Validates and copies. */
    public PhononSettings {
        InvalidSettingException.finite("barrierEv", barrierEv);
        boolean mode = !Double.isNaN(couplingEvPerA) && !Double.isNaN(massAmu) && !Double.isNaN(modeFrequencyThz);
        InvalidSettingException.require(mode || !Double.isNaN(spreadEv), "spreadEv",
                "expected a barrier spread, or a coupling, mass and mode frequency together, got neither");
        if (mode) {
            InvalidSettingException.finite("couplingEvPerA", couplingEvPerA);
            InvalidSettingException.positive("massAmu", massAmu);
            InvalidSettingException.positive("modeFrequencyThz", modeFrequencyThz);
        } else {
            InvalidSettingException.nonNegative("spreadEv", spreadEv);
        }
        InvalidSettingException.positive("attemptFrequencyThz", attemptFrequencyThz);
        TransportTheory.requireTemperatures("temperaturesK", temperaturesK);
        temperaturesK = temperaturesK.clone();
    }

    /** A Gaussian barrier spread at the default attempt frequency. */
    public static PhononSettings ofSpread(double barrierEv, double spreadEv, double... temperaturesK) {
        return new PhononSettings(barrierEv, spreadEv, Double.NaN, Double.NaN, Double.NaN,
                DEFAULT_ATTEMPT_FREQUENCY_THZ, temperaturesK);
    }

    /** A modulating mode at the default attempt frequency. */
    public static PhononSettings ofMode(double barrierEv, double couplingEvPerA, double massAmu,
                                        double modeFrequencyThz, double... temperaturesK) {
        return new PhononSettings(barrierEv, Double.NaN, couplingEvPerA, massAmu, modeFrequencyThz,
                DEFAULT_ATTEMPT_FREQUENCY_THZ, temperaturesK);
    }

    /** Whether a mode (rather than a fixed spread) sets the barrier distribution. */
    public boolean hasMode() {
        return !Double.isNaN(couplingEvPerA) && !Double.isNaN(massAmu) && !Double.isNaN(modeFrequencyThz);
    }

    /** Temperatures (a copy). */
    @Override
    public double[] temperaturesK() {
        return temperaturesK.clone();
    }
}
