package org.ionhop.trajectory;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Mean squared displacement of one coordinate series over all time origins in O(N log N).
 *
 * <pre>
 * MSD(m) = 1/(N-m) sum_{k=0}^{N-m-1} (x_{k+m} - x_k)^2 = S1(m) - 2 S2(m)
 * S1(m)  = 1/(N-m) sum_{k=0}^{N-m-1} (x_k^2 + x_{k+m}^2)     (running sums, O(N))
 * S2(m)  = 1/(N-m) sum_{k=0}^{N-m-1} x_k x_{k+m}              (autocorrelation by FFT, zero-padded to 2N)
 * </pre>
 * (Kneller, Keiner, Kneller and Schiller, Comput. Phys. Commun. 91, 191 (1995); Calandrini et al., "nMoldyn",
 * JDN 12, 201 (2011), doi:10.1051/sfn/201112010). The series is centred first: MSD is invariant to a constant shift,
 * while S1 and 2 S2 both grow with the mean square position and would cancel catastrophically at small lags.
 *
 * <p>Not thread-safe (holds work arrays); use one instance per thread.
 */
final class MsdFft {
    private final int n;
    private final int padded;
    private final DoubleFFT_1D fft;
    private final double[] work;

    /** For series of n values. */
    MsdFft(int n) {
        this.n = n;
        int p = 1;
        while (p < 2 * n) {
            p <<= 1;
        }
        this.padded = p;
        this.fft = new DoubleFFT_1D(p);
        this.work = new double[p];
    }

    /** Adds weight x MSD(m) of the series to acc[m] for m = 0..n-1. The series is not modified. */
    void accumulate(double[] series, double weight, double[] acc) {
        double mean = 0;
        for (int k = 0; k < n; k++) {
            mean += series[k];
        }
        mean /= n;
        java.util.Arrays.fill(work, 0.0);
        double q = 0;
        for (int k = 0; k < n; k++) {
            double v = series[k] - mean;
            work[k] = v;
            q += v * v;
        }
        q *= 2;
        // Autocorrelation: |FFT|^2, inverse FFT (packed real format of JTransforms).
        fft.realForward(work);
        work[0] = work[0] * work[0];
        work[1] = work[1] * work[1];
        for (int k = 1; k < padded / 2; k++) {
            double re = work[2 * k];
            double im = work[2 * k + 1];
            work[2 * k] = re * re + im * im;
            work[2 * k + 1] = 0;
        }
        fft.realInverse(work, true);
        // S1 by the running sum Q(m) = Q(m-1) - x_{m-1}^2 - x_{N-m}^2 over the centred values.
        acc[0] += 0;
        for (int m = 1; m < n; m++) {
            double a = series[m - 1] - mean;
            double b = series[n - m] - mean;
            q -= a * a + b * b;
            double s1 = q / (n - m);
            double s2 = work[m] / (n - m);
            acc[m] += weight * (s1 - 2 * s2);
        }
    }
}
