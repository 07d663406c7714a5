package org.ionhop.trajectory;

import org.ionhop.stats.MsdExponent;

/**
 * The window of lag times that is fitted: the diffusive regime, where the MSD grows linearly in time, found from the
 * local log-log slope alpha(t) = d ln MSD / d ln t = ln(MSD(2t)/MSD(t)) / ln 2 (alpha = 2 ballistic, below 1 while
 * ions rattle in their cages, 1 diffusive).
 *
 * <p>Rule: the window ends at half the trajectory (lags beyond have fewer than half the time origins), unless the user
 * says otherwise. It starts at the shortest lag t from which alpha stays within 1 +- {@link #TOLERANCE} for every
 * sampled lag up to 4t (or the end), so that a crossing of alpha = 1 on the way from ballistic to caged motion is not
 * taken for diffusion. If no lag qualifies, the window is the second half of the range up to its end and
 * {@code clear} is false: for sub-diffusive data the latest lags are the closest to the long-time limit.
 *
 * @param startLag first fitted lag (frames)
 * @param endLag   last fitted lag (frames)
 * @param slope    mean log-log slope over the window, ln(MSD(end)/MSD(start)) / ln(end/start)
 * @param clear    whether a diffusive regime was found (false also when the user chose the window)
 * @param automatic whether the window was chosen automatically
 */
public record DiffusiveRegime(int startLag, int endLag, double slope, boolean clear, boolean automatic) {
    /** Allowed departure of the log-log slope from 1. */
    public static final double TOLERANCE = 0.2;

    /**
     * Chooses the window.
     *
     * @param msd     MSD at lags 0..n-1
     * @param dtPs    time between frames (ps)
     * @param startPs user's start (ps), or NaN for automatic
     * @param endPs   user's end (ps), or NaN for half the trajectory
     */
    public static DiffusiveRegime choose(double[] msd, double dtPs, double startPs, double endPs) {
        int n = msd.length;
        if (n < 4) {
            throw new IllegalArgumentException("a diffusion fit needs at least 4 frames, the trajectory has " + n);
        }
        int end = Double.isNaN(endPs) ? Math.max(3, (n - 1) / 2) : (int) Math.floor(endPs / dtPs + 1e-9);
        end = Math.min(end, n - 1);
        if (!Double.isNaN(startPs)) {
            int start = Math.max(1, (int) Math.ceil(startPs / dtPs - 1e-9));
            if (end - start < 2) {
                throw new IllegalArgumentException("the fit window " + startPs + ".." + (end * dtPs) + " ps holds fewer "
                        + "than three lags (time between frames " + dtPs + " ps)");
            }
            return new DiffusiveRegime(start, end, slope(msd, start, end), false, false);
        }
        int start = -1;
        for (int m = 1; m <= end - 2 && start < 0; m = next(m)) {
            if (steady(msd, m, end)) {
                start = m;
            }
        }
        boolean clear = start > 0;
        if (!clear) {
            start = Math.max(1, Math.min(end / 2, end - 2));
        }
        return new DiffusiveRegime(start, end, slope(msd, start, end), clear, true);
    }

    private static int next(int m) {
        return Math.max(m + 1, (int) Math.round(m * 1.15));
    }

    /** Whether alpha stays within tolerance from m to min(4m, end) (sampled geometrically). */
    private static boolean steady(double[] msd, int m, int end) {
        int last = Math.min(4 * m, end);
        for (int k = m; k <= last; k = next(k)) {
            int k2 = Math.min(2 * k, end);
            if (k2 <= k) {
                break;
            }
            double a = localSlope(msd, k, k2);
            if (!(Math.abs(a - 1) <= TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    private static double localSlope(double[] msd, int m1, int m2) {
        return MsdExponent.twoPoint(m1, msd[m1], m2, msd[m2]);
    }

    private static double slope(double[] msd, int start, int end) {
        return localSlope(msd, start, end);
    }
}
