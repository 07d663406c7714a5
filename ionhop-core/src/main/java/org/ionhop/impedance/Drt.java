package org.ionhop.impedance;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.RealMatrix;

import org.ionhop.fit.Nnls;

/**
 * Distribution of relaxation times (DRT) by Tikhonov-regularised non-negative least squares.
 *
 * <p>Model: Z(omega) = R_inf + j omega L + 1/(j omega C) + sum_k x_k / (1 + j omega tau_k), with
 * x_k = gamma(ln tau_k) Delta ln tau &gt;= 0 on a grid of 10 points per decade reaching one decade beyond the measured
 * range on each side, and R_inf, L, 1/C &gt;= 0 (the series capacitance takes up a blocking electrode's
 * capacitive tail, which the distribution would otherwise have to imitate with ever larger tau). Real and imaginary residuals are weighted by 1/|Z|. The objective is
 * |W (A x - Z)|^2 + lambda |P x|^2, with P the second differences of the distribution plus 0.1 times the identity
 * (smoothness keeps a peak from splitting, the small ridge term pins the ends; R_inf, L and 1/C are not penalised),
 * minimised by NNLS ({@link Nnls}) on the augmented system (the formulation of Saccoccio et al., Electrochim. Acta
 * 147 (2014) 470).
 *
 * <p>Choice of lambda: generalised cross-validation (Golub, Heath and Wahba, Technometrics 21 (1979) 215) of the
 * unconstrained problem, GCV(lambda) = m |r_lambda|^2 / (m - tr H_lambda)^2 with the influence matrix
 * H = A (A^T A + lambda P^T P)^-1 A^T, minimised over a log grid of 41 values from 1e-8 to 1e2 (relative to the
 * mean diagonal of A^T A); the NNLS solution is then computed at that lambda. The positivity constraint is not
 * part of the GCV; it only makes the chosen solution physical.
 *
 * @param tauS          time constants in s
 * @param gammaOhm      gamma(ln tau) in Ohm (x_k / Delta ln tau)
 * @param rInfOhm       high-frequency resistance
 * @param inductanceH   series inductance
 * @param seriesCapacitanceF series (blocking-electrode) capacitance, infinite when none is needed
 * @param lambda        regularisation parameter used (relative)
 * @param fit           model spectrum at the data's frequencies
 * @param peaks         peaks of gamma with their integrated resistances, shortest tau first
 */
public record Drt(double[] tauS, double[] gammaOhm, double rInfOhm, double inductanceH, double seriesCapacitanceF,
                  double lambda, Spectrum fit, List<Peak> peaks) {
    private static final int PER_DECADE = 10;
    /** Unpenalised unknowns before the distribution: R_inf, L, 1/C. */
    private static final int FIXED = 3;

    /**
     * A DRT peak.
     *
     * @param tauS          time constant at the maximum
     * @param resistanceOhm sum of x_k between the neighbouring minima
     */
    public record Peak(double tauS, double resistanceOhm) {
        /** 1 / (2 pi tau) in Hz. */
        public double frequencyHz() {
            return 1 / (2 * Math.PI * tauS);
        }
    }

    /** Copies the arrays. */
    public Drt {
        tauS = tauS.clone();
        gammaOhm = gammaOhm.clone();
        peaks = List.copyOf(peaks);
    }

    @Override
    public double[] tauS() {
        return tauS.clone();
    }

    @Override
    public double[] gammaOhm() {
        return gammaOhm.clone();
    }

    /** DRT with lambda chosen by GCV. */
    public static Drt compute(Spectrum s) {
        return compute(s, Double.NaN);
    }

    /** DRT with a given relative lambda (NaN: choose by GCV). */
    public static Drt compute(Spectrum s, double lambda) {
        double[] tau = grid(s);
        int k = tau.length;
        int n = s.size();
        int m = 2 * n;
        int p = k + FIXED;
        double[][] a = new double[m][p];
        double[] b = new double[m];
        for (int i = 0; i < n; i++) {
            double w = 1 / s.modulus(i);
            double om = s.omega(i);
            a[2 * i][0] = w;
            a[2 * i + 1][1] = om * w;
            a[2 * i + 1][2] = -w / om;
            for (int j = 0; j < k; j++) {
                double x = om * tau[j];
                double d = 1 + x * x;
                a[2 * i][j + FIXED] = w / d;
                a[2 * i + 1][j + FIXED] = -x * w / d;
            }
            b[2 * i] = s.re(i) * w;
            b[2 * i + 1] = s.im(i) * w;
        }
        RealMatrix am = new Array2DRowRealMatrix(a, false);
        RealMatrix ata = am.transpose().multiply(am);
        double scale = 0;
        for (int j = FIXED; j < p; j++) {
            scale += ata.getEntry(j, j);
        }
        scale /= k;
        double[][] d = penalty(k, p);
        RealMatrix dm = new Array2DRowRealMatrix(d, false);
        RealMatrix dtd = dm.transpose().multiply(dm);
        double lam = Double.isNaN(lambda) ? gcvLambda(am, ata, dtd, b, scale) : lambda;
        double sq = Math.sqrt(lam * scale);
        double[][] aug = new double[m + d.length][];
        double[] baug = new double[m + d.length];
        for (int i = 0; i < m; i++) {
            aug[i] = a[i];
            baug[i] = b[i];
        }
        for (int r = 0; r < d.length; r++) {
            aug[m + r] = new double[p];
            for (int j = 0; j < p; j++) {
                aug[m + r][j] = sq * d[r][j];
            }
        }
        double[] x = Nnls.solve(aug, baug, null);
        return build(s, tau, x, lam);
    }

    /**
     * Rows of the penalty: the identity on the distribution (ridge, which keeps the ends from drifting) plus its
     * second differences (smoothness, which keeps a single peak from splitting). Columns 0 and 1 (R_inf, L) are
     * not penalised.
     */
    private static double[][] penalty(int k, int p) {
        double[][] d = new double[k + k - 2][p];
        for (int j = 0; j < k; j++) {
            d[j][j + FIXED] = 0.1;
        }
        for (int j = 0; j < k - 2; j++) {
            d[k + j][j + FIXED] = 1;
            d[k + j][j + FIXED + 1] = -2;
            d[k + j][j + FIXED + 2] = 1;
        }
        return d;
    }

    private static double[] grid(Spectrum s) {
        double lo = Math.log10(1 / s.maxOmega()) - 1;
        double hi = Math.log10(1 / s.minOmega()) + 1;
        int k = (int) Math.ceil((hi - lo) * PER_DECADE) + 1;
        double[] tau = new double[k];
        for (int j = 0; j < k; j++) {
            tau[j] = Math.pow(10, lo + (hi - lo) * j / (k - 1));
        }
        return tau;
    }

    /** Minimises GCV over a log grid. */
    static double gcvLambda(RealMatrix a, RealMatrix ata, RealMatrix penalty, double[] b, double scale) {
        int m = a.getRowDimension();
        RealMatrix atb = a.transpose().multiply(new Array2DRowRealMatrix(b));
        double best = Double.NaN;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int g = 0; g <= 40; g++) {
            double lam = Math.pow(10, -8 + g * 0.25);
            RealMatrix kmat = ata.add(penalty.scalarMultiply(lam * scale));
            for (int j = 0; j < FIXED; j++) {
                kmat.addToEntry(j, j, 1e-12 * (ata.getEntry(j, j) + scale));
            }
            DecompositionSolver solver;
            try {
                solver = new CholeskyDecomposition(kmat, 1e-15, 1e-300).getSolver();
            } catch (RuntimeException e) {
                continue;
            }
            RealMatrix x = solver.solve(atb);
            RealMatrix h = solver.solve(ata);
            double trace = h.getTrace();
            RealMatrix r = a.multiply(x);
            double rss = 0;
            for (int i = 0; i < m; i++) {
                double d = b[i] - r.getEntry(i, 0);
                rss += d * d;
            }
            double denom = m - trace;
            double score = m * rss / (denom * denom);
            if (score < bestScore) {
                bestScore = score;
                best = lam;
            }
        }
        if (Double.isNaN(best)) {
            throw new IllegalArgumentException("DRT: no regularisation parameter gave a solvable problem");
        }
        return best;
    }

    private static Drt build(Spectrum s, double[] tau, double[] x, double lam) {
        int k = tau.length;
        double dln = Math.log(tau[1] / tau[0]);
        double[] gamma = new double[k];
        for (int j = 0; j < k; j++) {
            gamma[j] = x[j + FIXED] / dln;
        }
        int n = s.size();
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            double om = s.omega(i);
            re[i] = x[0];
            im[i] = om * x[1] - x[2] / om;
            for (int j = 0; j < k; j++) {
                double v = om * tau[j];
                double d = 1 + v * v;
                re[i] += x[j + FIXED] / d;
                im[i] -= x[j + FIXED] * v / d;
            }
        }
        Spectrum fit = new Spectrum("DRT fit of " + s.source(), s.frequencyHz(), re, im, s.temperatureK());
        return new Drt(tau, gamma, x[0], x[1], x[2] > 0 ? 1 / x[2] : Double.POSITIVE_INFINITY, lam, fit,
                peaks(tau, x));
    }

    /** Local maxima of x above 5 % of the largest, with the resistance between the neighbouring minima. */
    private static List<Peak> peaks(double[] tau, double[] x) {
        int k = tau.length;
        double mx = 0;
        for (int j = 0; j < k; j++) {
            mx = Math.max(mx, x[j + FIXED]);
        }
        List<Peak> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double v = x[j + FIXED];
            double left = j > 0 ? x[j + FIXED - 1] : 0;
            double right = j < k - 1 ? x[j + FIXED + 1] : 0;
            if (v > 0.05 * mx && v >= left && v > right) {
                double r = v;
                for (int i = j - 1; i >= 0 && x[i + FIXED] <= x[i + FIXED + 1] && x[i + FIXED] > 0; i--) {
                    r += x[i + FIXED];
                }
                for (int i = j + 1; i < k && x[i + FIXED] <= x[i + FIXED - 1] && x[i + FIXED] > 0; i++) {
                    r += x[i + FIXED];
                }
                out.add(new Peak(tau[j], r));
            }
        }
        return out;
    }

    /** Relative rms misfit of the DRT model, sqrt(mean |Z_fit - Z|^2 / |Z|^2). */
    public double relativeRms(Spectrum s) {
        double sum = 0;
        for (int i = 0; i < s.size(); i++) {
            double dr = fit.re(i) - s.re(i);
            double di = fit.im(i) - s.im(i);
            sum += (dr * dr + di * di) / (s.modulus(i) * s.modulus(i));
        }
        return Math.sqrt(sum / s.size());
    }
}
