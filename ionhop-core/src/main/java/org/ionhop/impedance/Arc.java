package org.ionhop.impedance;

/**
 * One parallel resistor-capacitor block of a fitted circuit, p(R, CPE) or p(R, C), with its effective
 * capacitance C = (R^(1-n) Q)^(1/n) (Brug et al., J. Electroanal. Chem. 176 (1984) 275; physics.md,
 * "Impedance") and time constant tau = R C.
 *
 * @param label           "bulk", "grain_boundary", "electrode" or "arc4"... by the order of C (see {@link ArcAssignment})
 * @param resistorName    name of the resistor ("R1")
 * @param capacitorName   name of the CPE or capacitor
 * @param resistanceOhm   R in Ohm
 * @param resistanceErrOhm standard error of R
 * @param capacitanceF    effective capacitance in F
 * @param n               CPE exponent (1 for an ideal capacitor)
 * @param timeConstantS   tau = R C in s
 */
public record Arc(String label, String resistorName, String capacitorName, double resistanceOhm,
                  double resistanceErrOhm, double capacitanceF, double n, double timeConstantS) {

    /** The relaxation (apex) frequency 1 / (2 pi tau) in Hz. */
    public double apexFrequencyHz() {
        return 1 / (2 * Math.PI * timeConstantS);
    }

    /** The same arc with another label. */
    Arc withLabel(String l) {
        return new Arc(l, resistorName, capacitorName, resistanceOhm, resistanceErrOhm, capacitanceF, n, timeConstantS);
    }
}
