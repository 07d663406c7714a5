package org.ionhop.impedance;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * The Lin-KK test of Kramers-Kronig compliance (Schönleber, Klotz and Ivers-Tiffée, Electrochim. Acta 131 (2014)
 * 20, doi:10.1016/j.electacta.2014.01.034; Boukamp, J. Electrochem. Soc. 142 (1995) 1885). The spectrum is fitted,
 * linearly, by a KK-compliant model
 * <pre>  Z = R_0 + j omega L + 1/(j omega C) + sum_k R_k / (1 + j omega tau_k)</pre>
 * with M time constants fixed and spaced logarithmically from tau_1 = 1/omega_max to tau_M = 1/omega_min.
 * R_0 and the R_k (which may be negative) are fitted to the real part, weighted by 1/|Z|, and L and 1/C (either
 * sign) to what the RC elements leave of the imaginary part; the series capacitance lets blocking electrodes
 * (a capacitive low-frequency tail) pass, as Schönleber et al. recommend and impedance.py's {@code add_cap} does: the imaginary residual is then the Kramers-Kronig check of the real part
 * (Schönleber et al.'s real-part test, impedance.py's default). M grows from 1
 * until mu = 1 - sum_{R_k&lt;0} |R_k| / sum_{R_k&gt;=0} |R_k| drops to the cut-off c (0.85 by default, the value
 * Schönleber et al. recommend): more elements would start to fit noise. The relative residuals
 * (Z - Z_fit)/|Z| then show whether the data obey causality, linearity and stability: a valid spectrum leaves
 * residuals at the noise level without trend; drift or nonlinearity leaves systematic residuals.
 *
 * @param elements      the number M of RC elements used
 * @param mu            the over-fitting measure at M
 * @param fit           the KK-compliant model at the data's frequencies
 * @param residualsReal (Z' - Z'_fit) / |Z| per point, in the data's order
 * @param residualsImag (Z'' - Z''_fit) / |Z| per point
 */
public record LinKK(int elements, double mu, Spectrum fit, double[] residualsReal, double[] residualsImag) {
    /** Default cut-off of mu. */
    public static final double DEFAULT_CUTOFF = 0.85;

    /** Copies the arrays. */
    public LinKK {
        residualsReal = residualsReal.clone();
        residualsImag = residualsImag.clone();
    }

    @Override
    public double[] residualsReal() {
        return residualsReal.clone();
    }

    @Override
    public double[] residualsImag() {
        return residualsImag.clone();
    }

    /**
     * Runs the test with the default cut-off, at most 50 elements, and at least two per decade of frequency (see
     * {@link #test(Spectrum, double, int, int)}).
     */
    public static LinKK test(Spectrum s) {
        return test(s, DEFAULT_CUTOFF, 50, minimumElements(s));
    }

    /**
     * Two RC elements per decade spanned: an RC kernel is about a decade wide, so with fewer the model cannot follow
     * even a single Debye arc and mu, which oscillates at small M, can stop the search while the fit is still poor
     * (seen on the ZPlot dummy-cell spectrum). This lower bound is ionhop's addition to Schönleber's rule.
     */
    public static int minimumElements(Spectrum s) {
        return Math.max(1, (int) Math.ceil(2 * Math.log10(s.maxOmega() / s.minOmega())));
    }

    /**
     * Runs the test.
     *
     * @param s      the spectrum
     * @param cutoff mu at which M stops growing
     * @param maxM   largest M tried (also limited to N - 2)
     * @param minM   smallest M tried (1 reproduces Schönleber's and impedance.py's search)
     */
    public static LinKK test(Spectrum s, double cutoff, int maxM, int minM) {
        int limit = Math.min(maxM, s.size() - 2);
        if (limit < 1) {
            throw new IllegalArgumentException("Lin-KK needs at least 3 frequencies, got " + s.size());
        }
        double[] sol = null;
        double[] tau = null;
        double mu = 1;
        int m = Math.max(0, Math.min(minM, limit) - 1);
        while (m < limit && (sol == null || mu > cutoff)) {
            m++;
            tau = timeConstants(s, m);
            sol = solve(s, tau);
            mu = mu(sol);
        }
        return build(s, tau, sol, m, mu);
    }

    /** Relative rms of all residuals (real and imaginary). */
    public double residualRms() {
        double sum = 0;
        for (int i = 0; i < residualsReal.length; i++) {
            sum += residualsReal[i] * residualsReal[i] + residualsImag[i] * residualsImag[i];
        }
        return Math.sqrt(sum / (2.0 * residualsReal.length));
    }

    /** Largest absolute relative residual. */
    public double residualMax() {
        double mx = 0;
        for (int i = 0; i < residualsReal.length; i++) {
            mx = Math.max(mx, Math.max(Math.abs(residualsReal[i]), Math.abs(residualsImag[i])));
        }
        return mx;
    }

    /** Whether every relative residual is within the tolerance (e.g. 0.01 for 1 %). */
    public boolean passes(double tolerance) {
        return residualMax() <= tolerance;
    }

    static double[] timeConstants(Spectrum s, int m) {
        double[] tau = new double[m];
        double lo = Math.log(1 / s.maxOmega());
        double hi = Math.log(1 / s.minOmega());
        for (int k = 0; k < m; k++) {
            tau[k] = m == 1 ? Math.exp(lo) : Math.exp(lo + (hi - lo) * k / (m - 1));
        }
        return tau;
    }

    /**
     * Solution [R_0, L, 1/C, R_1..R_M]: R_0 and R_1..R_M from the real parts (weighted by 1/|Z|), as in
     * Schönleber et al.'s real-part fit (the default of impedance.py); then L and 1/C from the imaginary residual.
     * The imaginary residual then tests the Kramers-Kronig transform of the real part.
     */
    private static double[] solve(Spectrum s, double[] tau) {
        int n = s.size();
        int p = tau.length + 1;
        Array2DRowRealMatrix a = new Array2DRowRealMatrix(n, p);
        RealVector b = new ArrayRealVector(n);
        for (int i = 0; i < n; i++) {
            double w = 1 / s.modulus(i);
            double om = s.omega(i);
            a.setEntry(i, 0, w);
            for (int k = 0; k < tau.length; k++) {
                double x = om * tau[k];
                a.setEntry(i, k + 1, w / (1 + x * x));
            }
            b.setEntry(i, s.re(i) * w);
        }
        double[] r = new QRDecomposition(a, 1e-14).getSolver().solve(b).toArray();
        // L and 1/C minimise sum w^2 (Z''_i - Z''_RC,i - omega_i L + 1/(omega_i C))^2 (2 x 2 normal equations)
        double saa = 0;
        double sab = 0;
        double sbb = 0;
        double sya = 0;
        double syb = 0;
        for (int i = 0; i < n; i++) {
            double w2 = 1 / (s.modulus(i) * s.modulus(i));
            double om = s.omega(i);
            double imRc = 0;
            for (int k = 0; k < tau.length; k++) {
                double x = om * tau[k];
                imRc -= r[k + 1] * x / (1 + x * x);
            }
            double y = s.im(i) - imRc;
            double fa = om;
            double fb = -1 / om;
            saa += w2 * fa * fa;
            sab += w2 * fa * fb;
            sbb += w2 * fb * fb;
            sya += w2 * y * fa;
            syb += w2 * y * fb;
        }
        double det = saa * sbb - sab * sab;
        double[] sol = new double[p + 2];
        sol[0] = r[0];
        sol[1] = (sya * sbb - syb * sab) / det;
        sol[2] = (syb * saa - sya * sab) / det;
        System.arraycopy(r, 1, sol, 3, tau.length);
        return sol;
    }

    private static double mu(double[] sol) {
        double neg = 0;
        double pos = 0;
        for (int k = 3; k < sol.length; k++) {
            if (sol[k] < 0) {
                neg -= sol[k];
            } else {
                pos += sol[k];
            }
        }
        return pos > 0 ? 1 - neg / pos : Double.NEGATIVE_INFINITY;
    }

    private static LinKK build(Spectrum s, double[] tau, double[] sol, int m, double mu) {
        int n = s.size();
        double[] re = new double[n];
        double[] im = new double[n];
        double[] rr = new double[n];
        double[] ri = new double[n];
        for (int i = 0; i < n; i++) {
            double om = s.omega(i);
            re[i] = sol[0];
            im[i] = om * sol[1] - sol[2] / om;
            for (int k = 0; k < tau.length; k++) {
                double x = om * tau[k];
                double d = 1 + x * x;
                re[i] += sol[k + 3] / d;
                im[i] -= sol[k + 3] * x / d;
            }
            rr[i] = (s.re(i) - re[i]) / s.modulus(i);
            ri[i] = (s.im(i) - im[i]) / s.modulus(i);
        }
        Spectrum fit = new Spectrum("Lin-KK fit of " + s.source(), s.frequencyHz(), re, im, s.temperatureK());
        return new LinKK(m, mu, fit, rr, ri);
    }
}
