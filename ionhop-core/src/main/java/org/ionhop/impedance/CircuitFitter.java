package org.ionhop.impedance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.hipparchus.complex.Complex;

import org.ionhop.fit.NonlinearLeastSquares;
import org.ionhop.fit.ParameterTransform;
import org.ionhop.io.NumericalFailureException;

/**
 * Complex nonlinear least squares (CNLS) fit of an equivalent circuit to a spectrum (Macdonald and
 * Garber, J. Electrochem. Soc. 124 (1977) 1022; Boukamp, Solid State Ionics 20 (1986) 31): the weighted
 * real and imaginary residuals are stacked into one vector of length 2N and minimised by Levenberg-Marquardt
 * ({@link NonlinearLeastSquares}). Parameters are fitted through bound-enforcing transforms
 * ({@link ParameterTransform}); fixed parameters are left out of the fit vector.
 *
 * <p>Starting values: the user's, else {@link InitialGuess} from the spectrum, plus any seeds the caller adds
 * (the neighbouring temperature's fit in a series). When the best fit is still poor (relative rms above
 * {@link FitOptions#poorFitRms()}) the estimate from the spectrum is tried too (if the user's start was used) and
 * further starts are drawn around the best and the first point (log-normal factors of about 4 on positive
 * parameters, a logit step of about 1 on bounded ones); the lowest chi^2 wins.
 */
public final class CircuitFitter {
    private CircuitFitter() {
    }

    /** Fits with automatic (or user) starting values. */
    public static CircuitFitResult fit(Spectrum spectrum, Circuit circuit, FitOptions options) {
        return fit(spectrum, circuit, options, List.of());
    }

    /**
     * Fits, also trying the given starting vectors (full parameter vectors; fixed entries are overridden).
     *
     * @throws IllegalArgumentException if an option names an unknown parameter
     * @throws NumericalFailureException if no start converges
     */
    public static CircuitFitResult fit(Spectrum spectrum, Circuit circuit, FitOptions options, List<double[]> seeds) {
        Problem prob = new Problem(spectrum, circuit, options);
        List<double[]> starts = new ArrayList<>();
        starts.add(prob.internal(prob.guess));
        for (double[] s : seeds) {
            starts.add(prob.internal(prob.withFixed(s)));
        }
        NonlinearLeastSquares.Result best = null;
        int tried = 0;
        for (double[] u0 : starts) {
            best = better(best, prob.solve(u0));
            tried++;
        }
        if (options.multiStarts() > 0 && (best == null || prob.relativeRms(best.point()) > options.poorFitRms())) {
            SplittableRandom rnd = new SplittableRandom(options.seed());
            double[] base = starts.get(0);
            if (!options.initial().isEmpty()) {
                // the user's start was poor: try the estimate from the spectrum as well
                base = prob.internal(prob.withFixed(InitialGuess.estimate(circuit, spectrum)));
                best = better(best, prob.solve(base));
                tried++;
            }
            for (int k = 0; k < options.multiStarts(); k++) {
                double[] centre = (k % 2 == 0 && best != null) ? best.point() : base;
                best = better(best, prob.solve(prob.perturb(centre, rnd)));
                tried++;
            }
        }
        if (best == null) {
            throw new NumericalFailureException("the fit of " + circuit.text() + " to " + spectrum.source()
                    + " did not converge from any starting point");
        }
        return prob.result(best, tried);
    }

    private static NonlinearLeastSquares.Result better(NonlinearLeastSquares.Result a, NonlinearLeastSquares.Result b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.chiSquare() < a.chiSquare() ? b : a;
    }

    /** The fit problem: data, weights, transforms, and the map between free variables and parameters. */
    private static final class Problem {
        final Spectrum s;
        final Circuit c;
        final FitOptions o;
        final double[] guess;
        final boolean[] fixed;
        final int[] free;
        final ParameterTransform[] tr;
        final double[] wRe;
        final double[] wIm;

        Problem(Spectrum s, Circuit c, FitOptions o) {
            this.s = s;
            this.c = c;
            this.o = o;
            List<String> names = c.parameterNames();
            checkNames(names, o.initial(), "starting value");
            checkNames(names, o.fixed(), "fixed value");
            checkNames(names, o.bounds(), "bound");
            int p = c.parameterCount();
            guess = InitialGuess.estimate(c, s);
            fixed = new boolean[p];
            tr = new ParameterTransform[p];
            int nFree = 0;
            for (int i = 0; i < p; i++) {
                String n = names.get(i);
                if (o.initial().containsKey(n)) {
                    guess[i] = o.initial().get(n);
                }
                if (o.fixed().containsKey(n)) {
                    guess[i] = o.fixed().get(n);
                    fixed[i] = true;
                } else {
                    nFree++;
                }
                tr[i] = transform(c, i, o.bounds().get(n));
            }
            free = new int[nFree];
            for (int i = 0, k = 0; i < p; i++) {
                if (!fixed[i]) {
                    free[k++] = i;
                }
            }
            if (2 * s.size() <= nFree) {
                throw new IllegalArgumentException("a fit of " + nFree + " parameters needs more than " + nFree / 2
                        + " frequencies, got " + s.size());
            }
            wRe = new double[s.size()];
            wIm = new double[s.size()];
            for (int i = 0; i < s.size(); i++) {
                wRe[i] = o.weighting().real(s.re(i), s.im(i));
                wIm[i] = o.weighting().imag(s.re(i), s.im(i));
            }
        }

        private static void checkNames(List<String> names, Map<String, ?> m, String what) {
            for (String k : m.keySet()) {
                if (!names.contains(k)) {
                    throw new IllegalArgumentException(what + " for unknown parameter '" + k + "'; the parameters are "
                            + names);
                }
            }
        }

        private static ParameterTransform transform(Circuit c, int i, double[] b) {
            if (b != null) {
                if (b.length != 2) {
                    throw new IllegalArgumentException("a bound is [lower, upper]");
                }
                return new ParameterTransform(b[0], b[1]);
            }
            for (CircuitElement e : c.elements()) {
                int k = i - e.offset();
                if (k >= 0 && k < e.type().parameterCount()) {
                    return new ParameterTransform(e.type().lowerBound(k), e.type().upperBound(k));
                }
            }
            throw new IllegalStateException("parameter " + i + " belongs to no element");
        }

        double[] withFixed(double[] full) {
            if (full.length != guess.length) {
                throw new IllegalArgumentException("a seed needs " + guess.length + " parameters, got " + full.length);
            }
            double[] p = full.clone();
            for (int i = 0; i < p.length; i++) {
                if (fixed[i]) {
                    p[i] = guess[i];
                }
            }
            return p;
        }

        double[] internal(double[] p) {
            double[] u = new double[free.length];
            for (int k = 0; k < free.length; k++) {
                u[k] = tr[free[k]].toInternal(p[free[k]]);
            }
            return u;
        }

        double[] physical(double[] u) {
            double[] p = guess.clone();
            for (int k = 0; k < free.length; k++) {
                p[free[k]] = tr[free[k]].toPhysical(u[k]);
            }
            return p;
        }

        void residuals(double[] u, double[] out) {
            double[] p = physical(u);
            for (int i = 0; i < s.size(); i++) {
                Complex z = c.root().impedance(s.omega(i), p);
                out[2 * i] = (z.getReal() - s.re(i)) / wRe[i];
                out[2 * i + 1] = (z.getImaginary() - s.im(i)) / wIm[i];
            }
        }

        NonlinearLeastSquares.Result solve(double[] u0) {
            return NonlinearLeastSquares.minimize(this::residuals, 2 * s.size(), u0, o.maxIterations()).orElse(null);
        }

        double relativeRms(double[] u) {
            double[] p = physical(u);
            double sum = 0;
            for (int i = 0; i < s.size(); i++) {
                Complex z = c.root().impedance(s.omega(i), p);
                double dr = z.getReal() - s.re(i);
                double di = z.getImaginary() - s.im(i);
                sum += (dr * dr + di * di) / (s.re(i) * s.re(i) + s.im(i) * s.im(i));
            }
            return Math.sqrt(sum / s.size());
        }

        double[] perturb(double[] u, SplittableRandom rnd) {
            double[] v = u.clone();
            for (int k = 0; k < v.length; k++) {
                double scale = tr[free[k]].bothBounds() ? 1.0 : 1.4;
                v[k] += scale * gaussian(rnd);
            }
            return v;
        }

        private static double gaussian(SplittableRandom rnd) {
            // Box-Muller
            double a = rnd.nextDouble();
            double b = rnd.nextDouble();
            return Math.sqrt(-2 * Math.log(1 - a)) * Math.cos(2 * Math.PI * b);
        }

        CircuitFitResult result(NonlinearLeastSquares.Result r, int tried) {
            double[] p = physical(r.point());
            double[] err = new double[p.length];
            double[][] cov = new double[p.length][p.length];
            double[] d = new double[free.length];
            for (int k = 0; k < free.length; k++) {
                d[k] = tr[free[k]].derivative(r.point()[k]);
            }
            // delta method: cov_p = D cov_u D with D = diag(dp/du); fixed parameters have zero rows
            for (int k = 0; k < free.length; k++) {
                err[free[k]] = Math.abs(d[k]) * r.error(k);
                for (int l = 0; l < free.length; l++) {
                    cov[free[k]][free[l]] = d[k] * d[l] * r.covariance()[k][l];
                }
            }
            return new CircuitFitResult(c, s, p, err, cov, fixed, o.weighting(), r.chiSquare(), r.dof(),
                    relativeRms(r.point()), tried);
        }
    }
}
