package org.ionhop.trajectory;

/**
 * Covariance of time-averaged MSD estimates at different lags for independent Gaussian random walks, the model the
 * generalised least-squares fit of {@link DiffusionFit} uses.
 *
 * <p>For one coordinate with independent steps of variance s^2 sampled at N frames, the estimate at lag n averages
 * K_n = N - n overlapping windows. Two windows' displacements X, Y are jointly Gaussian with Cov(X, Y) = s^2 x (the
 * number of steps they share), and Isserlis' theorem gives Cov(X^2, Y^2) = 2 Cov(X, Y)^2. Summing over all window
 * pairs (a in 0..K_n-1, b in 0..K_m-1), whose overlap depends only on delta = b - a:
 * <pre>
 * Cov(M_n, M_m) = 2 s^4 / (K_n K_m) sum_delta c(delta) o(delta)^2
 * o(delta) = max(0, min(n, delta + m) - max(0, delta))          (shared steps)
 * c(delta) = number of pairs with b - a = delta
 * </pre>
 * This is the exact covariance of the overlapping-window MSD of a random walk (the matrix whose neglect makes
 * ordinary least squares understate the error; Bullerjahn, von Bülow and Hummer, J. Chem. Phys. 153, 024116 (2020),
 * doi:10.1063/5.0008312, derive the same matrix with localisation noise added). Summed over d independent axes and
 * averaged over W independent walkers, the covariance is d / W times the above. Cost: O(n + m) per pair of lags.
 *
 * <p>Thermal vibration about the sites adds uncorrelated "localisation noise" of variance a^2 per axis to every
 * frame (Bullerjahn et al. 2020): a window displacement gains e_{a+n} - e_a, the MSD an offset 2 a^2, and the window
 * covariance becomes s^2 o(delta) + a^2 (1[delta = n - m] - 1[delta = n] - 1[delta = -m] + 1[delta = 0]); with
 * r = a^2 / s^2 the sum runs over delta in [-m, n].
 *
 * <p>Hops are not Gaussian: a walk of rare jumps has a large fourth cumulant kappa_4 per step. For zero-mean X, Y,
 * Cov(X^2, Y^2) = 2 Cov(X, Y)^2 + cum(X, X, Y, Y), and with independent steps the joint cumulant is kappa_4 times the
 * number of shared steps. So each term gains q o(delta) with q = kappa_4 / s^4 (0 for Brownian motion; for a Poisson
 * lattice walk with lambda hops of length l per step along an axis, kappa_4 = lambda l^4, which dominates the variance at
 * short lags when lambda is small).
 */
final class RandomWalkCovariance {
    private RandomWalkCovariance() {
    }

    /**
     * The covariance matrix with unit step variance (s^2 = 1), for lags (in frames) of a series of {@code frames}
     * values, summed over {@code dims} axes and averaged over {@code walkers} independent walkers.
     */
    static double[][] matrix(int[] lags, int frames, int dims, double walkers, double noiseRatio,
                             double cumulantRatio) {
        int p = lags.length;
        double[][] c = new double[p][p];
        java.util.stream.IntStream.range(0, p).parallel().forEach(i -> {
            for (int j = i; j < p; j++) {
                double v = dims / walkers * single(lags[i], lags[j], frames, noiseRatio, cumulantRatio);
                c[i][j] = v;
                c[j][i] = v;
            }
        });
        return c;
    }

    /**
     * Cov(M_n, M_m) for one axis of one walker with unit step variance, noise ratio r = a^2 / s^2 and step fourth
     * cumulant ratio q = kappa_4 / s^4.
     */
    static double single(int n, int m, int frames, double r, double q) {
        long kn = frames - n;
        long km = frames - m;
        double sum = 0;
        for (int delta = -m; delta <= n; delta++) {
            double shared = Math.max(0, Math.min(n, delta + m) - Math.max(0, delta));
            double c = shared;
            if (r > 0) {
                c += r * ((delta == n - m ? 1 : 0) - (delta == n ? 1 : 0) - (delta == -m ? 1 : 0) + (delta == 0 ? 1 : 0));
            }
            if (c == 0 && shared == 0) {
                continue;
            }
            long lo = Math.max(0, -delta);
            long hi = Math.min(kn - 1, km - 1 - delta);
            long count = hi - lo + 1;
            if (count > 0) {
                sum += count * (2 * c * c + q * shared);
            }
        }
        return sum / ((double) kn * km);
    }
}
