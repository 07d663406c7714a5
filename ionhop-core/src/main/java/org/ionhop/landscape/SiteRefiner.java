package org.ionhop.landscape;

/**
 * Moves a grid minimum to the minimum of the continuous model: a compass (pattern) search along the
 * Cartesian axes with halving steps, confined to one grid spacing around the start so that the site stays
 * in its basin. Equivalent sites then share one energy to about 1e-4 eV instead of differing by the grid's
 * discretisation error.
 */
final class SiteRefiner {
    private static final double FINAL_STEP_A = 2e-3;

    private SiteRefiner() {
    }

    /** The refined fractional position (may lie just outside [0, 1)). */
    static double[] refine(BvseModel model, double[] frac, double spacingA) {
        double[] x = model.lattice().toCartesian(frac);
        double[] start = x.clone();
        double e = model.energyAt(x[0], x[1], x[2]);
        double step = 0.5 * spacingA;
        double[] trial = new double[3];
        while (step > FINAL_STEP_A) {
            boolean moved = false;
            for (int dir = 0; dir < 6; dir++) {
                System.arraycopy(x, 0, trial, 0, 3);
                trial[dir >> 1] += (dir & 1) == 0 ? step : -step;
                if (Math.abs(trial[dir >> 1] - start[dir >> 1]) > spacingA) {
                    continue;
                }
                double et = model.energyAt(trial[0], trial[1], trial[2]);
                if (et < e) {
                    e = et;
                    System.arraycopy(trial, 0, x, 0, 3);
                    moved = true;
                }
            }
            if (!moved) {
                step *= 0.5;
            }
        }
        return model.lattice().toFractional(x);
    }
}
