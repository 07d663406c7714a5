package org.ionhop.transport;

import org.ionhop.units.Constants;
import org.ionhop.units.Units;

/**
 * Phonon-assisted hopping by barrier modulation (docs/physics.md, "Lattice dynamics and hopping").
 *
 * <p>If the barrier fluctuates as a Gaussian with mean E_0 and standard deviation s, the mean Arrhenius factor is
 * <pre>
 *   &lt;exp(-E / k_B T)&gt; = exp(-E_0 / k_B T + s^2 / (2 (k_B T)^2)),
 * </pre>
 * i.e. an effective barrier E_0 - s^2 / (2 k_B T) (the Gaussian integral; the tail E &lt; 0 is included, which is
 * negligible for s &lt;&lt; E_0). When a mode of angular frequency omega and effective mass m modulates the barrier
 * linearly, E(u) = E_0 - alpha u, its classical thermal amplitude &lt;u^2&gt; = k_B T / (m omega^2) gives
 * s^2 = alpha^2 k_B T / (m omega^2), and the barrier is lowered by alpha^2 / (2 m omega^2), independent of T and
 * larger for soft (low omega) modes.
 *
 * <p>Units: energies eV, alpha eV/Å, mass amu, mode frequency nu in THz (omega = 2 pi nu).
 */
public final class PhononAssistedHopping {
    /** 1 amu Å²/ps² in eV: amu [kg] * 1e-20 [m² per Å²] / 1e-24 [s² per ps²] / e [J per eV]. */
    static final double EV_PER_AMU_A2_PER_PS2 = Constants.ATOMIC_MASS_UNIT_KG * 1e-20 / 1e-24
            / Constants.ELEMENTARY_CHARGE_C;

    private PhononAssistedHopping() {
    }

    /** m omega^2 in eV/Å² for a mode of frequency nu (THz) and mass m (amu). */
    public static double stiffnessEvPerA2(double massAmu, double modeFrequencyThz) {
        if (!(massAmu > 0) || !(modeFrequencyThz > 0)) {
            throw new IllegalArgumentException("mode mass and frequency must be positive, found " + massAmu + " amu, "
                    + modeFrequencyThz + " THz");
        }
        double omega = 2 * Math.PI * modeFrequencyThz;
        return massAmu * omega * omega * EV_PER_AMU_A2_PER_PS2;
    }

    /** The barrier lowering alpha^2 / (2 m omega^2) in eV. */
    public static double barrierLoweringEv(double couplingEvPerA, double massAmu, double modeFrequencyThz) {
        return couplingEvPerA * couplingEvPerA / (2 * stiffnessEvPerA2(massAmu, modeFrequencyThz));
    }

    /** The standard deviation s of the barrier, alpha sqrt(k_B T / (m omega^2)), in eV. */
    public static double barrierSpreadEv(double couplingEvPerA, double massAmu, double modeFrequencyThz,
                                         double temperatureK) {
        return Math.abs(couplingEvPerA) * Math.sqrt(Units.kT(temperatureK) / stiffnessEvPerA2(massAmu, modeFrequencyThz));
    }

    /** The effective barrier E_0 - s^2 / (2 k_B T) in eV under a Gaussian barrier distribution. */
    public static double effectiveBarrierEv(double meanBarrierEv, double spreadEv, double temperatureK) {
        if (!(spreadEv >= 0)) {
            throw new IllegalArgumentException("barrier spread must be >= 0, found " + spreadEv);
        }
        return meanBarrierEv - spreadEv * spreadEv / (2 * Units.kT(temperatureK));
    }

    /** The mean rate nu_0 &lt;exp(-E / k_B T)&gt; in 1/ps under a Gaussian barrier distribution (nu_0 in THz). */
    public static double meanRatePerPs(double attemptFrequencyThz, double meanBarrierEv, double spreadEv,
                                       double temperatureK) {
        return attemptFrequencyThz * Math.exp(-effectiveBarrierEv(meanBarrierEv, spreadEv, temperatureK)
                / Units.kT(temperatureK));
    }

    /** The rate enhancement over a rigid barrier, exp(s^2 / (2 (k_B T)^2)). */
    public static double enhancement(double spreadEv, double temperatureK) {
        double kT = Units.kT(temperatureK);
        return Math.exp(spreadEv * spreadEv / (2 * kT * kT));
    }
}
