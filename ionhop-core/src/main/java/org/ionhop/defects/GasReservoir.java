package org.ionhop.defects;

import java.util.List;

import org.ionhop.units.Units;

/**
 * The temperature dependence of a diatomic gas reservoir X2 at the standard pressure p0 = 1 bar, for partial-pressure
 * scans ({@link Scan.Kind#PARTIAL_PRESSURE}). The chemical potential of one X atom is
 * mu_X(T, p) = mu_X(T_ref, p0) + [g(T) - g(T_ref)] + (k_B T / 2) ln(p / p0), g(T) = (1/2) [H(T) - T S(T)] of the
 * molecule per atom, with mu_X(T_ref, p0) the model's chemical potential at its reference temperature T_ref. An
 * activation energy at constant p therefore contains the gas's enthalpy: for a carrier whose concentration goes as
 * exp(-(E + n mu_X) / k_B T), -d ln c / d(1/k_B T) at fixed p is E + n [mu_X(T_ref, p0) - g(T_ref) + H(T)/2], not
 * E + n mu_X (docs/defects.md, "Activation energy at fixed partial pressure").
 *
 * <p>{@link #fixedMu()} keeps mu_X(T, p0) at its reference value for every T (g constant): the activation energy at
 * fixed chemical potential, the textbook E_f + E_m against a reservoir of fixed mu.
 */
public sealed interface GasReservoir permits GasReservoir.FixedMu, GasReservoir.Shomate,
        GasReservoir.ConstantHeatCapacity {

    /**
     * g(T) = (1/2) [H(T) - T S(T)] in eV per atom, relative to an arbitrary constant (only differences enter).
     *
     * @param temperatureK T in K
     * @return g in eV per atom
     */
    double halfGibbsEv(double temperatureK);

    /** A one-line description for outputs. */
    String description();

    /** The reservoir of fixed chemical potential (the old convention, kept as an explicit option). */
    static GasReservoir fixedMu() {
        return FixedMu.INSTANCE;
    }

    /**
     * Molecular oxygen, O2 gas, from the Shomate coefficients of the NIST Chemistry WebBook (NIST Standard Reference
     * Database 69, "Oxygen", gas-phase thermochemistry; data from Chase, NIST-JANAF Thermochemical Tables, 4th ed.,
     * J. Phys. Chem. Ref. Data Monograph 9, 1998): 100-700 K, 700-2000 K and 2000-6000 K. Check: S(1000 K) =
     * 243.58 J/(mol K), the JANAF table's 243.578.
     */
    static GasReservoir oxygen() {
        return Shomate.O2;
    }

    /** Fixed chemical potential: g(T) = 0. */
    enum FixedMu implements GasReservoir {
        /** The one instance. */
        INSTANCE;

        @Override
        public double halfGibbsEv(double temperatureK) {
            return 0;
        }

        @Override
        public String description() {
            return "fixed chemical potential (mu at p0 the same at every temperature)";
        }
    }

    /**
     * A gas described by Shomate equations in temperature ranges (NIST WebBook form, t = T / 1000 K):
     * Cp = A + B t + C t^2 + D t^3 + E / t^2 (J/(mol K)), H - H(298.15) = A t + B t^2/2 + C t^3/3 + D t^4/4 - E/t
     * + F - H (kJ/mol), S = A ln t + B t + C t^2/2 + D t^3/3 - E/(2 t^2) + G (J/(mol K)). Outside the ranges the
     * nearest range is extrapolated.
     *
     * @param name   the gas (for outputs)
     * @param ranges the ranges in increasing temperature, contiguous
     */
    record Shomate(String name, List<Range> ranges) implements GasReservoir {
        /** O2 gas, NIST WebBook (Chase 1998); see {@link GasReservoir#oxygen()}. */
        static final Shomate O2 = new Shomate("O2 (NIST-JANAF Shomate, Chase 1998)", List.of(
                new Range(100, 700, 31.32234, -20.23531, 57.86644, -36.50624, -0.007374, -8.903471, 246.7945, 0.0),
                new Range(700, 2000, 30.03235, 8.772972, -3.988133, 0.788313, -0.741599, -11.32468, 236.1663, 0.0),
                new Range(2000, 6000, 20.91111, 10.72071, -2.020498, 0.146449, 9.245722, 5.337651, 237.6185, 0.0)));

        /**
         * One temperature range of Shomate coefficients (NIST units, see the record comment).
         *
         * @param fromK lower end (K)
         * @param toK   upper end (K)
         * @param a     A
         * @param b     B
         * @param c     C
         * @param d     D
         * @param e     E
         * @param f     F
         * @param g     G
         * @param h     H
         */
        public record Range(double fromK, double toK, double a, double b, double c, double d, double e, double f,
                            double g, double h) {
            /** Validates. */
            public Range {
                if (!(fromK > 0) || !(toK > fromK) || !Double.isFinite(toK)) {
                    throw new IllegalArgumentException("a Shomate range needs 0 < from < to, found " + fromK + ", "
                            + toK);
                }
                for (double v : new double[] {a, b, c, d, e, f, g, h}) {
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("Shomate coefficients must be finite, found " + v);
                    }
                }
            }

            /** H(T) - H(298.15 K) in kJ/mol. */
            public double enthalpyKjPerMol(double temperatureK) {
                double t = temperatureK / 1000;
                return a * t + b * t * t / 2 + c * t * t * t / 3 + d * t * t * t * t / 4 - e / t + f - h;
            }

            /** S(T) at p0 in J/(mol K). */
            public double entropyJPerMolK(double temperatureK) {
                double t = temperatureK / 1000;
                return a * Math.log(t) + b * t + c * t * t / 2 + d * t * t * t / 3 - e / (2 * t * t) + g;
            }
        }

        /** Validates. */
        public Shomate {
            if (ranges == null || ranges.isEmpty()) {
                throw new IllegalArgumentException("a Shomate gas needs at least one temperature range");
            }
            ranges = List.copyOf(ranges);
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i).fromK() != ranges.get(i - 1).toK()) {
                    throw new IllegalArgumentException("Shomate ranges must be contiguous and increasing, found "
                            + ranges.get(i - 1).toK() + " K then " + ranges.get(i).fromK() + " K");
                }
            }
        }

        /** The range that covers T (the nearest one outside all ranges). */
        public Range rangeAt(double temperatureK) {
            for (Range r : ranges) {
                if (temperatureK < r.toK()) {
                    return r;
                }
            }
            return ranges.get(ranges.size() - 1);
        }

        /** S(T) at p0 in J/(mol K). */
        public double entropyJPerMolK(double temperatureK) {
            return rangeAt(temperatureK).entropyJPerMolK(temperatureK);
        }

        @Override
        public double halfGibbsEv(double temperatureK) {
            Range r = rangeAt(temperatureK);
            double gKj = r.enthalpyKjPerMol(temperatureK) - temperatureK * r.entropyJPerMolK(temperatureK) / 1000;
            return 0.5 * Units.kjPerMolToEv(gKj);
        }

        @Override
        public String description() {
            return name;
        }
    }

    /**
     * A gas with constant heat capacity Cp and entropy S0 at a reference temperature T0 (Cp = 7/2 R for a rigid
     * diatomic): H(T) = H0 + Cp (T - T0), S(T) = S0 + Cp ln(T / T0).
     *
     * @param referenceK       T0 in K
     * @param entropyJPerMolK  S0 at T0 and p0 in J/(mol K) (of the molecule)
     * @param heatCapacityJPerMolK Cp in J/(mol K) (of the molecule)
     */
    record ConstantHeatCapacity(double referenceK, double entropyJPerMolK, double heatCapacityJPerMolK)
            implements GasReservoir {
        /** Validates. */
        public ConstantHeatCapacity {
            if (!(referenceK > 0) || !Double.isFinite(referenceK)) {
                throw new IllegalArgumentException("expected a reference temperature > 0 K, found " + referenceK);
            }
            if (!(entropyJPerMolK > 0) || !Double.isFinite(entropyJPerMolK)) {
                throw new IllegalArgumentException("expected an entropy > 0 J/(mol K), found " + entropyJPerMolK);
            }
            if (!(heatCapacityJPerMolK >= 0) || !Double.isFinite(heatCapacityJPerMolK)) {
                throw new IllegalArgumentException("expected a heat capacity >= 0 J/(mol K), found "
                        + heatCapacityJPerMolK);
            }
        }

        @Override
        public double halfGibbsEv(double temperatureK) {
            double t0 = referenceK;
            double h = heatCapacityJPerMolK * (temperatureK - t0);
            double s = entropyJPerMolK + heatCapacityJPerMolK * Math.log(temperatureK / t0);
            return 0.5 * Units.kjPerMolToEv((h - temperatureK * s) / 1000);
        }

        @Override
        public String description() {
            return String.format(java.util.Locale.ROOT, "S = %.4g J/(mol K) at %.6g K, Cp = %.4g J/(mol K)",
                    entropyJPerMolK, referenceK, heatCapacityJPerMolK);
        }
    }
}
