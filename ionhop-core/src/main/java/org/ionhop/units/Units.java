package org.ionhop.units;

/**
 * Unit conversions between ionhop's internal units (eV, Å, ps, K, e, amu) and the units a
 * researcher reports (cm²/s, S/cm, mS/cm, J, fs, °C).
 *
 * <p>Conversions happen at input and output only; inside the library every quantity is in internal
 * units and the method names say which way they convert.
 */
public final class Units {
    private Units() {
    }

    /** 1 Å²/ps = 1e-16 cm² / 1e-12 s = 1e-4 cm²/s. */
    public static final double CM2_PER_S_PER_A2_PER_PS = 1e-4;
    /** 1 Å = 1e-8 cm. */
    public static final double CM_PER_ANGSTROM = 1e-8;
    /** 1 Å³ = 1e-24 cm³. */
    public static final double CM3_PER_ANGSTROM3 = 1e-24;
    /** Offset between the Celsius and Kelvin scales. */
    public static final double CELSIUS_ZERO_K = 273.15;

    /** Diffusivity: Å²/ps to cm²/s. */
    public static double a2PerPsToCm2PerS(double dA2PerPs) {
        return dA2PerPs * CM2_PER_S_PER_A2_PER_PS;
    }

    /** Diffusivity: cm²/s to Å²/ps. */
    public static double cm2PerSToA2PerPs(double dCm2PerS) {
        return dCm2PerS / CM2_PER_S_PER_A2_PER_PS;
    }

    /** Diffusivity: m²/s to cm²/s. */
    public static double m2PerSToCm2PerS(double dM2PerS) {
        return dM2PerS * 1e4;
    }

    /** Conductivity: S/m to S/cm. */
    public static double sPerMToSPerCm(double sigmaSPerM) {
        return sigmaSPerM * 1e-2;
    }

    /** Conductivity: S/cm to mS/cm. */
    public static double sPerCmToMsPerCm(double sigmaSPerCm) {
        return sigmaSPerCm * 1e3;
    }

    /** Energy: eV to J. */
    public static double evToJoule(double energyEv) {
        return energyEv * Constants.ELEMENTARY_CHARGE_C;
    }

    /** Energy: J to eV. */
    public static double jouleToEv(double energyJ) {
        return energyJ / Constants.ELEMENTARY_CHARGE_C;
    }

    /** Energy: eV to kJ/mol. */
    public static double evToKjPerMol(double energyEv) {
        return energyEv * Constants.FARADAY_C_PER_MOL / 1000.0;
    }

    /** Energy: kJ/mol to eV. */
    public static double kjPerMolToEv(double energyKjPerMol) {
        return energyKjPerMol * 1000.0 / Constants.FARADAY_C_PER_MOL;
    }

    /** Time: fs to ps. */
    public static double fsToPs(double timeFs) {
        return timeFs * 1e-3;
    }

    /** Time: s to ps. */
    public static double secondsToPs(double timeS) {
        return timeS * 1e12;
    }

    /** Frequency: Hz (1/s) to 1/ps. */
    public static double hzToPerPs(double frequencyHz) {
        return frequencyHz * 1e-12;
    }

    /** Frequency: 1/ps to Hz. */
    public static double perPsToHz(double frequencyPerPs) {
        return frequencyPerPs * 1e12;
    }

    /** Temperature: °C to K. */
    public static double celsiusToKelvin(double temperatureC) {
        return temperatureC + CELSIUS_ZERO_K;
    }

    /** Temperature: K to °C. */
    public static double kelvinToCelsius(double temperatureK) {
        return temperatureK - CELSIUS_ZERO_K;
    }

    /** Number density: per Å³ to per cm³. */
    public static double perA3ToPerCm3(double densityPerA3) {
        return densityPerA3 / CM3_PER_ANGSTROM3;
    }

    /** Mass density from amu/Å³ to g/cm³: amu in g (1/N_A) over Å³ in cm³. */
    public static double amuPerA3ToGPerCm3(double densityAmuPerA3) {
        return densityAmuPerA3 / Constants.AVOGADRO_PER_MOL / CM3_PER_ANGSTROM3;
    }

    /** Thermal energy k_B T in eV. */
    public static double kT(double temperatureK) {
        return Constants.BOLTZMANN_EV_PER_K * temperatureK;
    }
}
