package org.ionhop.defects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.fraction.Fraction;

/**
 * A Brouwer diagram: log10 of every defect concentration (per cm³, electrons and holes included) against a
 * {@link Scan} variable at one temperature, divided into regimes by the Brouwer approximation (Brouwer, Philips Res.
 * Rep. 9, 366 (1954); Kröger 1974; Smyth, The Defect Chemistry of Metal Oxides, 2000): in each regime neutrality is
 * dominated by one positive and one negative species (the majority pair), and every log concentration is linear in
 * the scan variable with a rational slope. The slopes are measured on the full solution (central differences at the
 * regime centre), not assumed, and printed as the nearest simple fraction.
 *
 * @param scan          the scan
 * @param temperatureK  T in K
 * @param x             scan values
 * @param names         species (and e', h^. when present) in the order of {@code log10PerCm3}
 * @param log10PerCm3   [species][point] log10 of the concentration in 1/cm³
 * @param fermiLevelEv  mu_e per point
 * @param regimes       the regimes in scan order
 */
public record BrouwerDiagram(Scan scan, double temperatureK, double[] x, List<KrogerVink> names, double[][] log10PerCm3,
                             double[] fermiLevelEv, List<Regime> regimes) {

    /**
     * One Brouwer regime.
     *
     * @param from             first scan value of the regime (boundary between grid points where it changes)
     * @param to               last scan value
     * @param majorityPositive dominant positive charge (species or h^.), null without positive charges
     * @param majorityNegative dominant negative charge (species or e'), null without negative charges
     * @param slopes           slope per species at the regime centre, in {@link Scan#slopeUnit()}
     */
    public record Regime(double from, double to, KrogerVink majorityPositive, KrogerVink majorityNegative,
                         Map<KrogerVink, Double> slopes) {
        /** The slopes with their nearest simple fractions, in the order of {@link #slopes()}. */
        public Map<KrogerVink, Slope> rationalSlopes() {
            Map<KrogerVink, Slope> out = new LinkedHashMap<>();
            slopes.forEach((kv, v) -> out.put(kv, new Slope(v, fraction(v))));
            return out;
        }

        /**
         * The neutrality condition of the regime, e.g. "[Li_i^.] ~ [V_Li']". With a Fermi level fixed by a reservoir
         * neutrality is not imposed, and charges of one sign only are possible (V_Li' alone): the regime is then
         * named by its majority charge, "[V_Li'] uncompensated (no charge of the other sign)".
         */
        public String condition() {
            if (majorityPositive == null && majorityNegative == null) {
                return "no charged defects";
            }
            if (majorityPositive == null || majorityNegative == null) {
                KrogerVink only = majorityPositive == null ? majorityNegative : majorityPositive;
                return "[" + only + "] uncompensated (no charge of the other sign)";
            }
            return "[" + majorityPositive + "] ~ [" + majorityNegative + "]";
        }
    }

    /** log10 of the concentration (1/cm³) along the scan per species, in the order of {@link #names()}. */
    public Map<KrogerVink, double[]> log10PerCm3ByName() {
        Map<KrogerVink, double[]> out = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            out.put(names.get(k), log10PerCm3[k].clone());
        }
        return out;
    }

    /**
     * A measured slope and the nearest simple fraction ({@link #fraction}).
     *
     * @param value    the slope in {@link Scan#slopeUnit()}
     * @param fraction e.g. "-1/2"
     */
    public record Slope(double value, String fraction) {
    }

    /** Computes the diagram. */
    public static BrouwerDiagram compute(DefectModel model, Scan scan, double temperatureK) {
        double[] xs = scan.grid();
        DefectState[] states = new DefectState[xs.length];
        for (int i = 0; i < xs.length; i++) {
            states[i] = DefectEquilibrium.solve(scan.apply(model, xs[i], temperatureK), temperatureK);
        }
        List<KrogerVink> names = states[0].allNames();
        double[][] logs = new double[names.size()][xs.length];
        double[] fermi = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            for (int k = 0; k < names.size(); k++) {
                logs[k][i] = Math.log10(states[i].perCm3(names.get(k)));
            }
            fermi[i] = states[i].fermiLevelEv();
        }
        return new BrouwerDiagram(scan, temperatureK, xs, names, logs, fermi,
                regimes(model, scan, temperatureK, xs, states, names));
    }

    private static List<Regime> regimes(DefectModel model, Scan scan, double t, double[] xs, DefectState[] states,
                                        List<KrogerVink> names) {
        List<Regime> out = new ArrayList<>();
        int start = 0;
        KrogerVink[] pair = majority(states[0]);
        for (int i = 1; i <= xs.length; i++) {
            KrogerVink[] next = i < xs.length ? majority(states[i]) : null;
            if (next == null || !java.util.Objects.equals(next[0], pair[0]) || !java.util.Objects.equals(next[1], pair[1])) {
                double from = start == 0 ? xs[0] : 0.5 * (xs[start - 1] + xs[start]);
                double to = i == xs.length ? xs[xs.length - 1] : 0.5 * (xs[i - 1] + xs[i]);
                out.add(new Regime(from, to, pair[0], pair[1], slopes(model, scan, t, xs, start, i - 1, names)));
                start = i;
                pair = next;
            }
        }
        return out;
    }

    /** The largest positive and negative charge contributions q c. */
    static KrogerVink[] majority(DefectState s) {
        KrogerVink pos = null;
        KrogerVink neg = null;
        double maxPos = -1;
        double maxNeg = -1;
        for (KrogerVink kv : s.allNames()) {
            double qc = Math.abs(kv.charge()) * s.perA3(kv);
            if (kv.charge() > 0 && qc > maxPos) {
                maxPos = qc;
                pos = kv;
            } else if (kv.charge() < 0 && qc > maxNeg) {
                maxNeg = qc;
                neg = kv;
            }
        }
        return new KrogerVink[] {pos, neg};
    }

    private static Map<KrogerVink, Double> slopes(DefectModel model, Scan scan, double t, double[] xs, int first,
                                                  int last, List<KrogerVink> names) {
        double xc = 0.5 * (xs[first] + xs[last]);
        double h = Math.abs(xs[1] - xs[0]) * 0.05;
        DefectState lo = DefectEquilibrium.solve(scan.apply(model, xc - h, t), t);
        DefectState hi = DefectEquilibrium.solve(scan.apply(model, xc + h, t), t);
        Map<KrogerVink, Double> slopes = new LinkedHashMap<>();
        for (KrogerVink kv : names) {
            double d = (Math.log(hi.perA3(kv)) - Math.log(lo.perA3(kv))) / (2 * h);
            slopes.put(kv, scan.slope(d, t));
        }
        return slopes;
    }

    /** A slope as the nearest simple fraction (denominator at most 12), e.g. "-1/6", "0", "+1/4". */
    public static String fraction(double slope) {
        Fraction f = new Fraction(slope, 12);
        if (f.getNumerator() == 0) {
            return "0";
        }
        String sign = f.getNumerator() > 0 ? "+" : "-";
        int num = Math.abs(f.getNumerator());
        return f.getDenominator() == 1 ? sign + num : sign + num + "/" + f.getDenominator();
    }
}
