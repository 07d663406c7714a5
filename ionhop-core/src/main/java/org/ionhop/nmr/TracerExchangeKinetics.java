package org.ionhop.nmr;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Closed-form 6Li fractions of the exchange models.
 *
 * <p><b>First-order exchange between pools.</b> Pool i holds the fraction w_i of all Li (sum w_i = 1) with 6Li
 * fraction x_i. Between pools i and j Li is swapped at the rate r_ij = r_ji (fraction of all Li per second), so
 * <pre>
 *   w_i dx_i/dt = sum_j r_ij (x_j - x_i),     i.e.  dx/dt = -W^-1 L x,   L = graph Laplacian of r
 * </pre>
 * and the amount of 6Li, sum w_i x_i, is conserved. The rate constant of pool i towards j (the probability per
 * second that a Li of pool i is replaced by one from j) is k_ij = r_ij / w_i, with detailed balance
 * w_i k_ij = w_j k_ji. With S = W^-1/2 L W^-1/2 = V diag(lambda) V^T (symmetric, lambda &gt;= 0, one zero),
 * <pre>
 *   x(t) = W^-1/2 V exp(-diag(lambda) t) V^T W^1/2 x(0)
 * </pre>
 * (the eigen-decomposition solution of a linear ODE system; for two pools it reduces to
 * x_i(t) = x_inf + (x_i(0) - x_inf) exp(-(k_12 + k_21) t), x_inf = w_1 x_1(0) + w_2 x_2(0)).
 *
 * <p><b>Diffusion into spheres.</b> A sphere of radius a in a well-stirred reservoir of constant composition
 * takes up the fraction (Crank, The Mathematics of Diffusion, 2nd ed., 1975, Eq. 6.20)
 * <pre>
 *   M_t / M_inf = 1 - 6/pi² sum_n 1/n² exp(-D n² pi² t / a²)
 * </pre>
 * at small tau = D t / a² from the equivalent short-time form 6 sqrt(tau/pi) - 3 tau (Crank Eq. 6.21 without its
 * ierfc terms, which are below exp(-1/tau) and negligible for tau &lt; 1e-3).
 */
public final class TracerExchangeKinetics {
    private TracerExchangeKinetics() {
    }

    /**
     * 6Li fractions of exchanging pools at the given times.
     *
     * @param w     amount fractions of the pools (positive, sum 1)
     * @param r     symmetric exchange rates r[i][j] in 1/s (diagonal ignored)
     * @param x0    initial 6Li fractions
     * @param times times in s
     * @return x[pool][time]
     */
    public static double[][] pools(double[] w, double[][] r, double[] x0, double[] times) {
        int m = w.length;
        double[][] s = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i != j) {
                    s[i][j] = -r[i][j] / Math.sqrt(w[i] * w[j]);
                    s[i][i] += r[i][j] / w[i];
                }
            }
        }
        EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(s));
        double[] lambda = eig.getEigenvalues();
        RealMatrix v = eig.getV();
        // coefficients c = V^T W^1/2 x(0)
        double[] c = new double[m];
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < m; i++) {
                c[k] += v.getEntry(i, k) * Math.sqrt(w[i]) * x0[i];
            }
        }
        double[][] x = new double[m][times.length];
        for (int t = 0; t < times.length; t++) {
            for (int i = 0; i < m; i++) {
                double sum = 0;
                for (int k = 0; k < m; k++) {
                    sum += v.getEntry(i, k) * Math.exp(-Math.max(0, lambda[k]) * times[t]) * c[k];
                }
                x[i][t] = sum / Math.sqrt(w[i]);
            }
        }
        return x;
    }

    /** The two-pool closed form: x_i(t) = x_inf + (x_i(0) - x_inf) exp(-r (1/w_1 + 1/w_2) t). */
    public static double[][] twoPool(double w1, double r, double x1, double x2, double[] times) {
        double w2 = 1 - w1;
        double xInf = w1 * x1 + w2 * x2;
        double rate = r / w1 + r / w2;
        double[][] x = new double[2][times.length];
        for (int t = 0; t < times.length; t++) {
            double e = Math.exp(-rate * times[t]);
            x[0][t] = xInf + (x1 - xInf) * e;
            x[1][t] = xInf + (x2 - xInf) * e;
        }
        return x;
    }

    /** Crank's fractional uptake M_t/M_inf of a sphere at tau = D t / a² (Eq. 6.20). */
    public static double sphereUptake(double tau) {
        if (tau <= 0) {
            return 0;
        }
        if (tau < 1e-3) {
            return shortTimeUptake(tau);
        }
        double sum = 0;
        for (int n = 1; n < 100_000; n++) {
            double term = Math.exp(-n * n * Math.PI * Math.PI * tau) / ((double) n * n);
            sum += term;
            if (term <= 1e-17 * sum) {
                break;
            }
        }
        return 1 - 6 / (Math.PI * Math.PI) * sum;
    }

    /** The short-time form 6 sqrt(tau/pi) - 3 tau (Crank Eq. 6.21 without the ierfc terms). */
    public static double shortTimeUptake(double tau) {
        return 6 * Math.sqrt(tau / Math.PI) - 3 * tau;
    }
}
