package org.ionhop.impedance;

import java.util.ArrayList;
import java.util.List;

/**
 * Starting values estimated from the spectrum, so that a user need not supply any:
 * <ul>
 * <li>series resistors: the high-frequency intercept (smallest Z');</li>
 * <li>parallel blocks (arcs), in the order they appear, from the arcs found in the data, highest apex
 *     frequency first: diameter R_k = 2 (Z'(apex) - left end of the arc) (a symmetric arc has its apex above its
 *     centre), or 2.4 x apex height when that fails (a depressed arc with n ~ 0.85); time constant
 *     tau_k = 1 / (2 pi f_apex); then C = tau/R, or for a CPE n = 0.85 and Q = tau^n / R (R Q omega^n = 1 at
 *     the apex). Blocks left without an arc get time constants a factor 30 apart below the last apex;</li>
 * <li>series CPE or C (electrode): from the low-frequency tail, n = -d ln(-Z'')/d ln omega over the three lowest
 *     frequencies and Q = sin(n pi/2) / (-Z'' omega^n);</li>
 * <li>Warburg elements, wherever they sit: from the low-frequency end (R_W = 0.3 x span of Z',
 *     tau_W = 1/omega_min, A_W = -Z'' sqrt(omega_min));</li>
 * <li>other elements: scaled to the spectrum's span of Z' and its middle frequency.</li>
 * </ul>
 * The fit refines these; they only need to be in the right basin, which the multi-start widens.
 */
public final class InitialGuess {
    private static final double N_ARC = 0.85;

    private InitialGuess() {
    }

    /** An arc found in the data. */
    record ArcEstimate(double resistanceOhm, double apexFrequencyHz) {
    }

    /** Estimates every parameter of the circuit. */
    public static double[] estimate(Circuit c, Spectrum s) {
        double[] p = new double[c.parameterCount()];
        Scale sc = new Scale(s);
        List<CircuitNode> top = c.root() instanceof CircuitNode.Series ser ? ser.parts() : List.of(c.root());
        int seriesR = 0;
        int blocks = 0;
        for (CircuitNode n : top) {
            if (n instanceof CircuitNode.Leaf l && l.element().type() == ElementType.R) {
                seriesR++;
            } else if (n instanceof CircuitNode.Parallel) {
                blocks++;
            }
        }
        double left = seriesR > 0 ? sc.minRe : 0;
        List<ArcEstimate> arcs = findArcs(s, left);
        double fLast = arcs.isEmpty() ? sc.fMid * 10 : arcs.get(arcs.size() - 1).apexFrequencyHz();
        double rDefault = Math.max(sc.spanRe, 1e-12) / Math.max(1, blocks);
        int arcIndex = 0;
        for (CircuitNode n : top) {
            if (n instanceof CircuitNode.Leaf l) {
                seriesLeaf(l.element(), p, sc, seriesR);
            } else if (n instanceof CircuitNode.Parallel par) {
                double r;
                double tau;
                if (arcIndex < arcs.size()) {
                    r = arcs.get(arcIndex).resistanceOhm();
                    tau = 1 / (2 * Math.PI * arcs.get(arcIndex).apexFrequencyHz());
                } else {
                    fLast /= 30;
                    r = rDefault;
                    tau = 1 / (2 * Math.PI * fLast);
                }
                arcIndex++;
                fillBlock(par, p, r, tau, sc);
            } else {
                fillBlock(n, p, rDefault, 1 / (2 * Math.PI * sc.fMid), sc);
            }
        }
        return p;
    }

    /** Every element under a node, with one resistance and time constant for the whole block. */
    private static void fillBlock(CircuitNode n, double[] p, double r, double tau, Scale sc) {
        for (CircuitElement e : leaves(n, new ArrayList<>())) {
            int o = e.offset();
            switch (e.type()) {
                case R -> p[o] = r;
                case C -> p[o] = tau / r;
                case CPE -> {
                    p[o] = Math.pow(tau, N_ARC) / r;
                    p[o + 1] = N_ARC;
                }
                case L -> p[o] = 1e-3 * r * tau;
                // diffusion shows at the low-frequency end wherever the Warburg sits in the circuit
                case W, WO, WS -> seriesLeaf(e, p, sc, 1);
                default -> throw new IllegalStateException("no initial guess for " + e.type());
            }
        }
    }

    private static List<CircuitElement> leaves(CircuitNode n, List<CircuitElement> out) {
        if (n instanceof CircuitNode.Leaf l) {
            out.add(l.element());
        } else if (n instanceof CircuitNode.Series s) {
            s.parts().forEach(x -> leaves(x, out));
        } else if (n instanceof CircuitNode.Parallel par) {
            par.branches().forEach(x -> leaves(x, out));
        }
        return out;
    }

    private static void seriesLeaf(CircuitElement e, double[] p, Scale sc, int seriesR) {
        int o = e.offset();
        switch (e.type()) {
            case R -> p[o] = Math.max(sc.minRe, 1e-3 * sc.spanRe) / seriesR;
            case L -> p[o] = sc.inductiveL;
            case C -> p[o] = 1 / (sc.omegaLow * Math.max(sc.negImLow, 1e-12));
            case CPE -> {
                p[o] = Math.sin(sc.nLow * Math.PI / 2) / (Math.max(sc.negImLow, 1e-12) * Math.pow(sc.omegaLow, sc.nLow));
                p[o + 1] = sc.nLow;
            }
            case W -> p[o] = Math.max(sc.negImLow, 1e-12) * Math.sqrt(sc.omegaLow);
            case WO, WS -> {
                p[o] = Math.max(sc.spanRe, 1e-12) * 0.3;
                p[o + 1] = 1 / sc.omegaLow;
            }
            default -> throw new IllegalStateException("no initial guess for " + e.type());
        }
    }

    /**
     * Arcs from the local maxima of -Z'' against log f (3-point smoothed), highest frequency first; a maximum
     * counts if it stands at least 3 % of the largest -Z'' above the higher of its neighbouring minima, or if
     * -Z'' rises towards it all the way from the highest frequency (an arc cut off by the frequency window).
     */
    static List<ArcEstimate> findArcs(Spectrum s, double leftOhm) {
        int[] ord = s.ascendingFrequencyOrder();
        int n = ord.length;
        double[] y = new double[n];
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            int i = ord[n - 1 - k];
            y[k] = -s.im(i);
            x[k] = s.re(i);
        }
        double[] sm = new double[n];
        double ymax = 0;
        for (int k = 0; k < n; k++) {
            double a = y[Math.max(k - 1, 0)];
            double b = y[Math.min(k + 1, n - 1)];
            sm[k] = 0.25 * a + 0.5 * y[k] + 0.25 * b;
            ymax = Math.max(ymax, sm[k]);
        }
        List<ArcEstimate> arcs = new ArrayList<>();
        double left = leftOhm;
        for (int k = 1; k < n - 1; k++) {
            if (!(sm[k] > 0 && sm[k] >= sm[k - 1] && sm[k] > sm[k + 1])) {
                continue;
            }
            double minBefore = sm[k];
            for (int j = k - 1; j >= 0 && sm[j] <= sm[j + 1]; j--) {
                minBefore = sm[j];
            }
            double minAfter = sm[k];
            for (int j = k + 1; j < n && sm[j] <= sm[j - 1]; j++) {
                minAfter = sm[j];
            }
            boolean openAtHighF = minBefore == sm[0];
            if (sm[k] - Math.max(minBefore, minAfter) < 0.03 * ymax && !openAtHighF) {
                continue;
            }
            double r = 2 * (x[k] - left);
            if (!(r > 0.8 * y[k])) {
                r = 2.4 * y[k];
            }
            int i = ord[n - 1 - k];
            arcs.add(new ArcEstimate(r, s.frequency(i)));
            left += r;
        }
        return arcs;
    }

    /** Scales read off the spectrum. */
    private static final class Scale {
        final double minRe;
        final double spanRe;
        final double fMid;
        final double omegaLow;
        final double negImLow;
        final double nLow;
        final double inductiveL;

        Scale(Spectrum s) {
            int[] ord = s.ascendingFrequencyOrder();
            int n = ord.length;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, s.re(i));
                hi = Math.max(hi, s.re(i));
            }
            minRe = Math.max(lo, 0);
            spanRe = hi - minRe;
            fMid = Math.sqrt(s.frequency(ord[0]) * s.frequency(ord[n - 1]));
            omegaLow = s.omega(ord[0]);
            negImLow = -s.im(ord[0]);
            double slope = Double.NaN;
            if (n >= 3 && -s.im(ord[0]) > 0 && -s.im(ord[2]) > 0) {
                slope = -Math.log(s.im(ord[2]) / s.im(ord[0])) / Math.log(s.omega(ord[2]) / s.omega(ord[0]));
            }
            nLow = Double.isFinite(slope) ? Math.min(0.95, Math.max(0.3, slope)) : 0.7;
            int top = ord[n - 1];
            inductiveL = s.im(top) > 0 ? s.im(top) / s.omega(top) : 1e-3 * Math.hypot(s.re(top), s.im(top)) / s.omega(top);
        }
    }
}
