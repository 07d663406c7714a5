package org.ionhop.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void boltzmannInEvIsTheSiValueDividedByTheElementaryCharge() {
        // CODATA 2018 fixes k_B and e exactly, so the eV value is their ratio (8.617333262...e-5 eV/K).
        assertThat(Constants.BOLTZMANN_EV_PER_K)
                .isCloseTo(Constants.BOLTZMANN_J_PER_K / Constants.ELEMENTARY_CHARGE_C, within(1e-14));
    }

    @Test
    void coulombConstantIsTheBondValenceValue() {
        // e^2/(4 pi eps0) = 14.399645 eV Å (CODATA 2018); physics.md rounds it to 14.4.
        assertThat(Constants.COULOMB_EV_ANGSTROM).isCloseTo(14.399645, within(1e-5));
    }

    @Test
    void faradayAndGasConstantsFollowFromTheExactOnes() {
        assertThat(Constants.FARADAY_C_PER_MOL).isCloseTo(96485.33212, within(1e-4));
        assertThat(Constants.GAS_CONSTANT_J_PER_MOL_K).isCloseTo(8.314462618, within(1e-8));
    }

    @Test
    void diffusivityConversionIsOneAngstromSquaredPerPicosecondToCm2PerS() {
        // 1 Å^2/ps = (1e-8 cm)^2 / 1e-12 s = 1e-4 cm^2/s.
        assertThat(Units.a2PerPsToCm2PerS(1.0)).isEqualTo(1e-4);
        assertThat(Units.cm2PerSToA2PerPs(Units.a2PerPsToCm2PerS(3.7))).isCloseTo(3.7, within(1e-15));
        assertThat(Units.m2PerSToCm2PerS(1e-9)).isCloseTo(1e-5, within(1e-20));
    }

    @Test
    void energyConversionsRoundTrip() {
        assertThat(Units.evToJoule(1.0)).isEqualTo(Constants.ELEMENTARY_CHARGE_C);
        assertThat(Units.jouleToEv(Units.evToJoule(0.42))).isCloseTo(0.42, within(1e-15));
        // 1 eV per particle = 96.485 kJ/mol.
        assertThat(Units.evToKjPerMol(1.0)).isCloseTo(96.4853, within(1e-4));
        assertThat(Units.kjPerMolToEv(Units.evToKjPerMol(0.3))).isCloseTo(0.3, within(1e-14));
    }

    @Test
    void thermalEnergyAtRoomTemperature() {
        // k_B T at 300 K is 25.85 meV.
        assertThat(Units.kT(300)).isCloseTo(0.025852, within(1e-6));
        assertThat(Units.celsiusToKelvin(25)).isEqualTo(298.15);
        assertThat(Units.kelvinToCelsius(Units.celsiusToKelvin(-40))).isCloseTo(-40, within(1e-12));
    }

    @Test
    void massDensityConversion() {
        // One amu per Å^3 is 1/(N_A * 1e-24) g/cm^3 = 1.66054 g/cm^3.
        assertThat(Units.amuPerA3ToGPerCm3(1.0)).isCloseTo(1.66053906660, within(1e-9));
    }
}
