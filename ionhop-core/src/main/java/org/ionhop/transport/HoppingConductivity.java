package org.ionhop.transport;

import org.ionhop.units.Constants;
import org.ionhop.units.Units;

/**
 * The seeds' Eq. 1 (Deck and Hu, J. Mater. Res. 2023, Eq. 1; docs/physics.md, "Hopping, transition state theory"):
 * <pre>
 *   sigma = (1 / 2d) (f / H_R) (c q^2 / k_B T) a^2 nu_0 exp(dS / k_B) exp(-dH / k_B T)
 * </pre>
 * with d = 3 for isotropic 3D hopping (the 1/6 of Eq. 1), f the correlation factor, H_R the Haven ratio, c the number
 * density of mobile ions, q their charge, a the jump distance, nu_0 the attempt frequency, dS and dH the activation
 * entropy and enthalpy. It is Nernst-Einstein, sigma = c q^2 D_sigma / (k_B T), with D_sigma = (f/H_R) Gamma a^2/(2d)
 * and the jump rate Gamma = nu_0 exp(dS/k_B) exp(-dH/k_B T).
 *
 * <p>Units: inputs in internal units (c per Å³, q in e, a in Å, nu_0 in THz = 1/ps, dS in k_B, dH in eV, T in K);
 * sigma in S/cm. Every input is checked for sign and finiteness.
 *
 * @param correlationFactor      f (0 &lt; f &lt;= 1 for tracer correlation; any positive value accepted)
 * @param havenRatio             H_R (> 0)
 * @param carrierDensityPerA3    c in 1/Å³
 * @param chargeE                q in e (its magnitude is used)
 * @param jumpDistanceA          a in Å
 * @param attemptFrequencyThz    nu_0 in THz
 * @param activationEntropyKb    dS in units of k_B
 * @param activationEnthalpyEv   dH in eV
 * @param dimension              d: 3 for Eq. 1, 2 or 1 for layered or channel conductors
 */
public record HoppingConductivity(double correlationFactor, double havenRatio, double carrierDensityPerA3,
                                  double chargeE, double jumpDistanceA, double attemptFrequencyThz,
                                  double activationEntropyKb, double activationEnthalpyEv, int dimension) {

    /** Validates the parameters (units are in the names; values must be physical). */
    public HoppingConductivity {
        requirePositive(correlationFactor, "correlation factor f");
        requirePositive(havenRatio, "Haven ratio H_R");
        requirePositive(carrierDensityPerA3, "carrier density c (1/Å^3)");
        requirePositive(Math.abs(chargeE), "charge q (e)");
        requirePositive(jumpDistanceA, "jump distance a (Å)");
        requirePositive(attemptFrequencyThz, "attempt frequency nu_0 (THz)");
        if (!Double.isFinite(activationEntropyKb) || !Double.isFinite(activationEnthalpyEv)) {
            throw new IllegalArgumentException("activation entropy and enthalpy must be finite");
        }
        if (dimension < 1 || dimension > 3) {
            throw new IllegalArgumentException("dimension must be 1, 2 or 3, found " + dimension);
        }
    }

    /** Eq. 1 in 3D with f = H_R = 1 and no activation entropy. */
    public static HoppingConductivity of(double carrierDensityPerA3, double chargeE, double jumpDistanceA,
                                         double attemptFrequencyThz, double activationEnthalpyEv) {
        return new HoppingConductivity(1, 1, carrierDensityPerA3, chargeE, jumpDistanceA, attemptFrequencyThz, 0,
                activationEnthalpyEv, 3);
    }

    private static void requirePositive(double v, String what) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite, found " + v);
        }
    }

    /** The jump rate Gamma = nu_0 exp(dS/k_B) exp(-dH/k_B T) in 1/ps. */
    public double jumpRatePerPs(double temperatureK) {
        return attemptFrequencyThz * Math.exp(activationEntropyKb - activationEnthalpyEv / Units.kT(temperatureK));
    }

    /** The charge diffusivity D_sigma = (f/H_R) Gamma a^2 / (2d) in Å²/ps. */
    public double chargeDiffusivityA2PerPs(double temperatureK) {
        return correlationFactor / havenRatio * jumpRatePerPs(temperatureK) * jumpDistanceA * jumpDistanceA
                / (2.0 * dimension);
    }

    /** The tracer diffusivity D* = f Gamma a^2 / (2d) in Å²/ps. */
    public double tracerDiffusivityA2PerPs(double temperatureK) {
        return correlationFactor * jumpRatePerPs(temperatureK) * jumpDistanceA * jumpDistanceA / (2.0 * dimension);
    }

    /** sigma in S/cm at temperature T (K), Eq. 1. */
    public double conductivitySPerCm(double temperatureK) {
        requirePositive(temperatureK, "temperature T (K)");
        return unitFactor(temperatureK) * carrierDensityPerA3 * chargeE * chargeE * correlationFactor / havenRatio
                * jumpDistanceA * jumpDistanceA * attemptFrequencyThz
                * Math.exp(activationEntropyKb - activationEnthalpyEv / Units.kT(temperatureK)) / (2.0 * dimension);
    }

    /**
     * Converts c q^2 a^2 nu / (k_B T), with c in 1/Å³, q in e, a in Å, nu in 1/ps, to S/cm:
     * e^2 [C^2] * 1e30 [1/m³ per 1/Å³] * 1e-20 [m² per Å²] * 1e12 [1/s per 1/ps] / (k_B [J/K] T) gives S/m; 1e-2 to S/cm.
     */
    static double unitFactor(double temperatureK) {
        double e = Constants.ELEMENTARY_CHARGE_C;
        return e * e * 1e30 * 1e-20 * 1e12 / (Constants.BOLTZMANN_J_PER_K * temperatureK) * 1e-2;
    }

    /**
     * Inverse of Eq. 1 for the effective attempt frequency nu_0 exp(dS/k_B) in THz that reproduces a measured sigma
     * (S/cm) at T with the other parameters of this record (its own nu_0 and dS are ignored).
     */
    public double effectiveAttemptFrequencyThz(double sigmaSPerCm, double temperatureK) {
        requirePositive(sigmaSPerCm, "conductivity sigma (S/cm)");
        HoppingConductivity unit = new HoppingConductivity(correlationFactor, havenRatio, carrierDensityPerA3, chargeE,
                jumpDistanceA, 1.0, 0.0, activationEnthalpyEv, dimension);
        return sigmaSPerCm / unit.conductivitySPerCm(temperatureK);
    }

    /**
     * Inverse of Eq. 1 for the carrier density c in 1/Å³ that reproduces a measured sigma (S/cm) at T with the other
     * parameters of this record (its own c is ignored).
     */
    public double carrierDensityPerA3For(double sigmaSPerCm, double temperatureK) {
        requirePositive(sigmaSPerCm, "conductivity sigma (S/cm)");
        return sigmaSPerCm / conductivitySPerCm(temperatureK) * carrierDensityPerA3;
    }

    /**
     * Inverse of Eq. 1 over a measured sigma(T) series: an Arrhenius fit of sigma T (the convention in which Eq. 1 is
     * exactly Arrhenius) gives dH = E_a and ln A; the prefactor then gives nu_0 exp(dS/k_B) with the other parameters
     * of this record.
     *
     * @return the fit and the effective attempt frequency in THz with its standard error (from that of ln A)
     */
    public InverseResult fromMeasurements(double[] temperaturesK, double[] sigmaSPerCm, double[] sigmaErr) {
        ArrheniusFit fit = ArrheniusFit.fit(temperaturesK, sigmaSPerCm, sigmaErr, ArrheniusConvention.TIMES_T);
        // sigma T = A exp(-dH/kT), A = T * unitFactor(T) * c q^2 (f/H_R) a^2 nuEff / (2d); T * unitFactor(T) is T-free.
        double perNu = temperaturesK[0] * unitFactor(temperaturesK[0]) * carrierDensityPerA3 * chargeE * chargeE
                * correlationFactor / havenRatio * jumpDistanceA * jumpDistanceA / (2.0 * dimension);
        double nuEff = fit.prefactor() / perNu;
        return new InverseResult(fit, nuEff, nuEff * fit.lnPrefactorErr());
    }

    /**
     * The carrier density in 1/Å³ that reproduces the prefactor of a fitted sigma(T) series with this record's nu_0
     * and dS: the fit gave nu_0 exp(dS/k_B) for this record's c, and the prefactor is proportional to c nu_0 exp(dS/k_B).
     */
    public double carrierDensityPerA3From(InverseResult inverse) {
        return carrierDensityPerA3 * inverse.effectiveAttemptFrequencyThz()
                / (attemptFrequencyThz * Math.exp(activationEntropyKb));
    }

    /**
     * What the inverse of Eq. 1 gives from a sigma(T) series.
     *
     * @param fit                          the Arrhenius fit of sigma T (E_a = dH)
     * @param effectiveAttemptFrequencyThz nu_0 exp(dS/k_B) in THz
     * @param effectiveAttemptFrequencyErrThz its standard error (first order in the error of ln A)
     */
    public record InverseResult(ArrheniusFit fit, double effectiveAttemptFrequencyThz,
                                double effectiveAttemptFrequencyErrThz) {
    }
}
