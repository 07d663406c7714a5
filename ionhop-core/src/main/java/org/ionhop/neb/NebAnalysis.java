package org.ionhop.neb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.structure.Lattice;

/**
 * The NEB facade: a band and settings in, a {@link NebResult} out.
 *
 * <p>Steps. (1) Image-to-image displacement of every atom by the minimum image; the reaction coordinate is the
 * cumulative length of these 3N-dimensional steps. (2) The tangent at each intermediate image is the
 * energy-weighted upwind tangent of Henkelman and Jónsson, J. Chem. Phys. 113, 9978 (2000), Eqs. 8-11,
 * doi:10.1063/1.1323224 (the one VASP/VTST use), at the end points the direction to the neighbour. (3) The tangent
 * force F_par = F . tau (or VTST's reported REAL projection when present), the perpendicular force F - F_par tau
 * per atom, and for the climbing image the total force. (4) The profile E(s) by cubic Hermite segments with slopes
 * -F_par ({@link HermiteProfile}); the barriers are its maximum minus the end-point energies.
 *
 * <p>Images without forces get the slope of the parabola through them and their neighbours (end points: 0, as
 * for a minimum); this is noted in the result.
 */
public final class NebAnalysis {
    private static final int SPLINE_POINTS = 201;

    private NebAnalysis() {
    }

    /** Reads the band at {@code path} (folder or extended XYZ) and analyses it. */
    public static NebResult run(Path path, NebSettings settings) {
        return run(NebBand.read(path), settings);
    }

    /** Analyses a band. */
    public static NebResult run(NebBand band, NebSettings settings) {
        int n = band.size();
        int atoms = band.species().size();
        Lattice lat = band.lattice();
        List<NebImage> im = band.images();
        List<String> notes = new ArrayList<>();
        // (1) minimum-image steps and the reaction coordinate
        double[][][] step = new double[n - 1][atoms][3];
        double[] s = new double[n];
        for (int k = 0; k + 1 < n; k++) {
            double sum = 0;
            for (int a = 0; a < atoms; a++) {
                sum += lat.minimumImageVector(im.get(k).fracOf(a), im.get(k + 1).fracOf(a), step[k][a]);
            }
            s[k + 1] = s[k] + Math.sqrt(sum);
            if (!(s[k + 1] > s[k])) {
                throw new IllegalArgumentException(band.source() + ": images " + k + " and " + (k + 1)
                        + " are identical; expected a band of distinct images");
            }
        }
        double e0 = im.get(0).energyEv();
        double[] e = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = im.get(k).energyEv() - e0;
        }
        int highest = 1;
        for (int k = 2; k < n - 1; k++) {
            if (e[k] > e[highest]) {
                highest = k;
            }
        }
        // (2)-(3) tangents and forces
        double[] fPar = new double[n];
        double[] fPerp = new double[n];
        boolean allForces = true;
        for (int k = 0; k < n; k++) {
            double[][] tau = tangent(step, e, k, n, atoms);
            NebImage image = im.get(k);
            fPar[k] = Double.NaN;
            fPerp[k] = Double.NaN;
            if (image.hasForces()) {
                double dot = 0;
                for (int a = 0; a < atoms; a++) {
                    double[] f = image.forceOf(a);
                    dot += f[0] * tau[a][0] + f[1] * tau[a][1] + f[2] * tau[a][2];
                }
                fPar[k] = dot;
                boolean ci = settings.climbingImage() && k == highest;
                double worst = 0;
                for (int a = 0; a < atoms; a++) {
                    double[] f = image.forceOf(a);
                    double q = 0;
                    for (int c = 0; c < 3; c++) {
                        double x = ci ? f[c] : f[c] - dot * tau[a][c];
                        q += x * x;
                    }
                    worst = Math.max(worst, Math.sqrt(q));
                }
                fPerp[k] = worst;
            }
            if (Double.isFinite(image.tangentForceEvA())) {
                fPar[k] = image.tangentForceEvA();
            }
            if (!image.hasForces() && k > 0 && k < n - 1) {
                allForces = false;
            }
        }
        // (4) slopes, with fall-backs where forces are missing
        double[] slope = new double[n];
        for (int k = 0; k < n; k++) {
            if (Double.isFinite(fPar[k])) {
                slope[k] = -fPar[k];
            } else if (k == 0 || k == n - 1) {
                slope[k] = 0;
                notes.add("image " + k + " has no forces: slope 0 assumed (an end point at a minimum)");
            } else {
                slope[k] = threePointSlope(s, e, k);
                notes.add("image " + k + " has no forces: slope from the parabola through images " + (k - 1) + ", "
                        + k + ", " + (k + 1));
            }
        }
        HermiteProfile profile = new HermiteProfile(s, e, slope);
        double[] max = profile.maximum();
        int saddleImage = 0;
        for (int k = 1; k < n; k++) {
            if (Math.abs(s[k] - max[0]) < Math.abs(s[saddleImage] - max[0])) {
                saddleImage = k;
            }
        }
        double thr = settings.forceThresholdEvA();
        boolean minima = e[1] > e[0] && e[n - 2] > e[n - 1];
        for (int k : new int[] {0, n - 1}) {
            if (Double.isFinite(fPar[k]) && Math.abs(fPar[k]) > thr) {
                minima = false;
            }
        }
        double maxForce = Double.NaN;
        if (allForces) {
            maxForce = 0;
            for (int k = 1; k < n - 1; k++) {
                maxForce = Math.max(maxForce, fPerp[k]);
            }
        }
        NebConvergence conv = !allForces ? NebConvergence.UNKNOWN
                : maxForce <= thr ? NebConvergence.CONVERGED : NebConvergence.NOT_CONVERGED;
        List<NebImageResult> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            rows.add(new NebImageResult(k, s[k], e[k], fPar[k], fPerp[k], settings.climbingImage() && k == highest));
        }
        // the moving ion: largest displacement summed over the steps
        int moving = 0;
        double best = -1;
        double[] disp = new double[3];
        for (int a = 0; a < atoms; a++) {
            double[] d = new double[3];
            for (int k = 0; k + 1 < n; k++) {
                for (int c = 0; c < 3; c++) {
                    d[c] += step[k][a][c];
                }
            }
            double len = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
            if (len > best) {
                best = len;
                moving = a;
                disp = d;
            }
        }
        double[][] curve = profile.sample(SPLINE_POINTS);
        return new NebResult(band.source(), rows, max[1] - e[0], max[1] - e[n - 1], e[n - 1] - e[0], max[0],
                saddleImage, highest, minima, conv, maxForce, e0, moving, band.species().get(moving),
                lat.toCartesian(im.get(0).fracOf(moving)), disp, curve[0], curve[1], notes, settings);
    }

    /** Unit tangent at image k as per-atom Cartesian vectors (Henkelman and Jónsson 2000, Eqs. 8-11). */
    private static double[][] tangent(double[][][] step, double[] e, int k, int n, int atoms) {
        double[][] t = new double[atoms][3];
        double wPlus;
        double wMinus;
        if (k == 0) {
            wPlus = 1;
            wMinus = 0;
        } else if (k == n - 1) {
            wPlus = 0;
            wMinus = 1;
        } else {
            double up = e[k + 1] - e[k];
            double down = e[k - 1] - e[k];
            if (e[k + 1] > e[k] && e[k] > e[k - 1]) {
                wPlus = 1;
                wMinus = 0;
            } else if (e[k + 1] < e[k] && e[k] < e[k - 1]) {
                wPlus = 0;
                wMinus = 1;
            } else {
                double dMax = Math.max(Math.abs(up), Math.abs(down));
                double dMin = Math.min(Math.abs(up), Math.abs(down));
                if (e[k + 1] > e[k - 1]) {
                    wPlus = dMax;
                    wMinus = dMin;
                } else {
                    wPlus = dMin;
                    wMinus = dMax;
                }
                if (dMax == 0) {
                    wPlus = 1;
                    wMinus = 1;
                }
            }
        }
        double norm = 0;
        for (int a = 0; a < atoms; a++) {
            for (int c = 0; c < 3; c++) {
                double plus = k < n - 1 ? step[k][a][c] : 0;
                double minus = k > 0 ? step[k - 1][a][c] : 0;
                t[a][c] = wPlus * plus + wMinus * minus;
                norm += t[a][c] * t[a][c];
            }
        }
        norm = Math.sqrt(norm);
        for (double[] v : t) {
            for (int c = 0; c < 3; c++) {
                v[c] /= norm;
            }
        }
        return t;
    }

    /** Derivative at s_k of the parabola through (s_k-1, e_k-1), (s_k, e_k), (s_k+1, e_k+1). */
    private static double threePointSlope(double[] s, double[] e, int k) {
        double h1 = s[k] - s[k - 1];
        double h2 = s[k + 1] - s[k];
        return (h1 * h1 * (e[k + 1] - e[k]) + h2 * h2 * (e[k] - e[k - 1])) / (h1 * h2 * (h1 + h2));
    }
}
