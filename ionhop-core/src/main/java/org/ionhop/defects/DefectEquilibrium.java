package org.ionhop.defects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

import org.ionhop.units.Units;

/**
 * Equilibrium defect concentrations from Boltzmann statistics and charge neutrality.
 *
 * <p>Each equilibrium species has the dilute-limit site fraction x_j = exp(-G_f,j / k_B T) (G_f from
 * {@link DefectSpecies#formationFreeEnergy}); fixed dopants keep theirs. In numbers per volume,
 * c_j = m_j x_j / V_fu, and neutrality reads
 * <pre>
 *   sum_{q_j > 0} q_j c_j + p  =  sum_{q_j &lt; 0} |q_j| c_j + n
 * </pre>
 * Every term is exp(linear in mu_e), so g(mu_e) = ln(positive side) - ln(negative side) is strictly decreasing in
 * mu_e and well scaled over hundreds of decades; its root is bracketed by expanding an interval and found with
 * Hipparchus' {@link BracketingNthOrderBrentSolver} (log-sum-exp keeps every term finite). The Frenkel and Schottky
 * mass-action laws (x_V x_i = exp(-G_F/k_B T), x_VLi^2 x_VS = exp(-G_S/k_B T)) hold identically because each x_j
 * is a Boltzmann factor; neutrality selects mu_e (Kröger, The Chemistry of Imperfect Crystals, 1974).
 */
public final class DefectEquilibrium {
    private static final double ABS_ACCURACY_EV = 1e-12;
    private static final double REL_ACCURACY = 1e-15;
    private static final int MAX_EVAL = 400;
    private static final double MAX_BRACKET_EV = 1e4;

    private DefectEquilibrium() {
    }

    /** Solves the model at temperature T (K). */
    public static DefectState solve(DefectModel model, double temperatureK) {
        if (!(temperatureK > 0)) {
            throw new IllegalArgumentException("temperature must be > 0 K, found " + temperatureK);
        }
        Map<String, Double> mu = model.resolvedChemicalPotentials();
        Terms terms = new Terms(model, mu, temperatureK);
        double muE = Double.isNaN(model.fixedFermiLevelEv()) ? terms.solveNeutrality() : model.fixedFermiLevelEv();
        return terms.state(muE);
    }

    /** Log-concentrations of every charged term as a + b mu_e, split by the sign of the charge. */
    private static final class Terms {
        private final DefectModel model;
        private final Map<String, Double> mu;
        private final double t;
        private final double kT;
        private final List<double[]> positive = new ArrayList<>();
        private final List<double[]> negative = new ArrayList<>();

        Terms(DefectModel model, Map<String, Double> mu, double t) {
            this.model = model;
            this.mu = mu;
            this.t = t;
            this.kT = Units.kT(t);
            double lnPerFu = Math.log(model.formulaUnitsPerA3());
            for (DefectSpecies s : model.species()) {
                int q = s.name().charge();
                if (q == 0) {
                    continue;
                }
                double a = Math.log(Math.abs(q) * s.sitesPerFormulaUnit()) + lnPerFu + lnFractionAtZero(s);
                double b = s.isFixed() ? 0 : -q / kT;
                (q > 0 ? positive : negative).add(new double[] {a, b});
            }
            BandEdges be = model.bandEdges();
            if (be != null) {
                positive.add(new double[] {be.lnHoles(0, t), -1 / kT});
                negative.add(new double[] {be.lnElectrons(0, t), 1 / kT});
            }
        }

        private double lnFractionAtZero(DefectSpecies s) {
            return s.isFixed() ? Math.log(s.fixedSiteFraction()) : -s.formationFreeEnergy(mu, 0, t) / kT;
        }

        double g(double muE) {
            return lse(positive, muE) - lse(negative, muE);
        }

        private static double lse(List<double[]> terms, double x) {
            double max = Double.NEGATIVE_INFINITY;
            for (double[] ab : terms) {
                max = Math.max(max, ab[0] + ab[1] * x);
            }
            double sum = 0;
            for (double[] ab : terms) {
                sum += Math.exp(ab[0] + ab[1] * x - max);
            }
            return max + Math.log(sum);
        }

        double solveNeutrality() {
            if (positive.isEmpty() && negative.isEmpty()) {
                return Double.NaN;
            }
            if (positive.isEmpty() || negative.isEmpty()) {
                throw new IllegalArgumentException("model " + model.name() + " has only "
                        + (positive.isEmpty() ? "negative" : "positive")
                        + " charged defects: charge neutrality cannot hold; add compensating defects or band edges");
            }
            boolean varies = positive.stream().anyMatch(ab -> ab[1] != 0) || negative.stream().anyMatch(ab -> ab[1] != 0);
            if (!varies) {
                throw new IllegalArgumentException("model " + model.name() + ": every charged species is a fixed dopant, "
                        + "so nothing can restore neutrality");
            }
            double lo = -1;
            double hi = model.bandEdges() == null ? 1 : model.bandEdges().bandGapEv() + 1;
            while (g(lo) < 0 && lo > -MAX_BRACKET_EV) {
                lo *= 2;
            }
            while (g(hi) > 0 && hi < MAX_BRACKET_EV) {
                hi = hi < 1 ? 1 : hi * 2;
            }
            if (g(lo) < 0 || g(hi) > 0) {
                throw new IllegalArgumentException("model " + model.name()
                        + ": charge neutrality has no solution (the fixed dopant charge cannot be compensated)");
            }
            BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(REL_ACCURACY, ABS_ACCURACY_EV, 5);
            return solver.solve(MAX_EVAL, this::g, lo, hi, AllowedSolution.ANY_SIDE);
        }

        DefectState state(double muE) {
            List<DefectSpecies> sp = model.species();
            int k = sp.size();
            double[] gf = new double[k];
            double[] x = new double[k];
            double[] c = new double[k];
            double pos = 0;
            double neg = 0;
            double muEOrZero = Double.isNaN(muE) ? 0 : muE;
            for (int i = 0; i < k; i++) {
                DefectSpecies s = sp.get(i);
                gf[i] = s.isFixed() ? Double.NaN : s.formationFreeEnergy(mu, muEOrZero, t);
                x[i] = s.isFixed() ? s.fixedSiteFraction() : Math.exp(-gf[i] / kT);
                c[i] = s.sitesPerFormulaUnit() * x[i] * model.formulaUnitsPerA3();
                int q = s.name().charge();
                if (q > 0) {
                    pos += q * c[i];
                } else {
                    neg -= q * c[i];
                }
            }
            double n = Double.NaN;
            double p = Double.NaN;
            if (model.bandEdges() != null) {
                n = Math.exp(model.bandEdges().lnElectrons(muEOrZero, t));
                p = Math.exp(model.bandEdges().lnHoles(muEOrZero, t));
                pos += p;
                neg += n;
            }
            double imbalance = pos + neg > 0 ? Math.abs(pos - neg) / (pos + neg) : 0;
            return new DefectState(sp, t, muE, Map.copyOf(mu), gf, x, c, n, p, imbalance);
        }
    }
}
