package org.ionhop.impedance;

/**
 * Sample geometry for conductivity: sigma = L / (R A) (S/cm with L in cm, A in cm^2, R in Ohm).
 *
 * @param thicknessCm pellet thickness L in cm
 * @param areaCm2     electrode area A in cm^2
 */
public record Geometry(double thicknessCm, double areaCm2) {
    /** Checks both are positive. */
    public Geometry {
        if (!(thicknessCm > 0) || !(areaCm2 > 0)) {
            throw new IllegalArgumentException("thickness and area must be positive, got " + thicknessCm + " cm, "
                    + areaCm2 + " cm^2");
        }
    }

    /** A disc of diameter d (cm) and thickness L (cm). */
    public static Geometry disc(double diameterCm, double thicknessCm) {
        return new Geometry(thicknessCm, Math.PI * diameterCm * diameterCm / 4);
    }

    /** The cell constant L/A in 1/cm. */
    public double cellConstantPerCm() {
        return thicknessCm / areaCm2;
    }

    /** sigma in S/cm from a resistance in Ohm. */
    public double conductivitySPerCm(double resistanceOhm) {
        return cellConstantPerCm() / resistanceOhm;
    }
}
