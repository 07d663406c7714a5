package org.ionhop.nmr;

import org.ionhop.stats.Measured;

/**
 * The result of a relaxation-rate fit ({@link NmrAnalysis#t1}).
 *
 * @param kind               T1 or T1rho
 * @param asymmetric         whether beta was fitted
 * @param larmorHz           Larmor frequency in Hz
 * @param lockHz             spin-lock frequency in Hz (NaN for T1)
 * @param activationEnergyEv E_a of the high-temperature flank in eV
 * @param lowFlankEaEv       apparent E_a of the low-temperature flank, (beta - 1) E_a, in eV
 * @param beta               spectral-density exponent (2 for BPP, error 0 when fixed)
 * @param tau0S              tau_0 in s
 * @param prefactorPerS2     C in 1/s^2
 * @param peakTemperatureK   temperature of the rate maximum in K
 * @param peakOmegaTau       omega tau_c at the maximum
 * @param jumpRateAtPeakPerS jump rate 1/tau_c at the maximum in 1/s
 * @param chiSquare          sum of squared (weighted) residuals of ln(rate)
 * @param dof                degrees of freedom
 * @param points             number of temperatures
 * @param fit                the fit itself (data and model curve)
 */
public record RelaxationResult(RelaxationKind kind, boolean asymmetric, double larmorHz, double lockHz,
                               Measured activationEnergyEv, Measured lowFlankEaEv, Measured beta, Measured tau0S,
                               Measured prefactorPerS2, double peakTemperatureK, double peakOmegaTau,
                               double jumpRateAtPeakPerS, double chiSquare, int dof, int points, BppFit fit) {

    /** From a fit. */
    public static RelaxationResult of(BppFit f) {
        return new RelaxationResult(f.data().kind(), f.asymmetric(), f.data().larmorHz(), f.data().lockingHz(),
                Measured.of(f.eaEv(), f.eaErrEv()), Measured.of(f.eaLowEv(), f.eaLowErrEv()),
                Measured.of(f.beta(), f.betaErr()), Measured.of(f.tau0S(), f.tau0ErrS()),
                Measured.of(f.prefactor(), f.prefactorErr()), f.peakTemperatureK(), f.peakOmegaTau(),
                f.jumpRateAtPeakPerS(), f.chiSquare(), f.dof(), f.data().size(), f);
    }

    /**
     * Signs that the fit is not a fit ({@link org.ionhop.fit.FitCheck}): E_a, tau0 or the prefactor with an
     * infinite or NaN error, or E_a with an error above its value; and a rate peak outside the measured temperatures
     * (only one flank measured: E_a and tau0 then trade off, and the peak is extrapolated).
     */
    public java.util.List<String> warnings() {
        java.util.List<String> out = new java.util.ArrayList<>(org.ionhop.fit.FitCheck.nonFinite(
                java.util.List.of("E_a", "tau0", "prefactor C"),
                new double[] {activationEnergyEv.value(), tau0S.value(), prefactorPerS2.value()},
                new double[] {activationEnergyEv.err(), tau0S.err(), prefactorPerS2.err()}));
        out.addAll(org.ionhop.fit.FitCheck.undetermined("E_a (eV)", activationEnergyEv.value(),
                activationEnergyEv.err(), 1.0));
        double[] t = fit.data().temperatureK();
        double lo = java.util.Arrays.stream(t).min().orElse(Double.NaN);
        double hi = java.util.Arrays.stream(t).max().orElse(Double.NaN);
        out.addAll(org.ionhop.fit.FitCheck.outsideData("the rate peak", peakTemperatureK, lo, hi, 0, "K"));
        return out;
    }

    /** The model in words: "BPP" or "asymmetric (beta free)". */
    public String model() {
        return asymmetric ? "asymmetric (beta free)" : "BPP";
    }
}
