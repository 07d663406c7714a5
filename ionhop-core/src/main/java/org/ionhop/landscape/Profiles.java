package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.List;

import org.ionhop.network.NetworkHop;
import org.ionhop.network.SiteNetwork;

/** Energy profiles along hops: straight segments site to saddle to site, evaluated with the continuous model. */
final class Profiles {
    /** Samples per straight segment. */
    static final int SAMPLES = 24;

    private Profiles() {
    }

    /** Profile of one hop, forward. */
    static HopProfile hop(BvseModel model, SiteNetwork net, List<double[]> saddles, int h, String label, double ref) {
        List<double[]> pts = new ArrayList<>();
        appendHop(net, saddles, h, 1, new int[3], pts);
        return sample(model, pts, label, ref);
    }

    /** Profile along a chain of hops (hop index, direction) starting in cell 0. */
    static HopProfile path(BvseModel model, SiteNetwork net, List<double[]> saddles, List<int[]> steps, String label,
                           double ref) {
        List<double[]> pts = new ArrayList<>();
        int[] cell = new int[3];
        for (int[] st : steps) {
            appendHop(net, saddles, st[0], st[1], cell, pts);
            NetworkHop hop = net.hops().get(st[0]);
            for (int c = 0; c < 3; c++) {
                cell[c] += st[1] * hop.image(c);
            }
        }
        return sample(model, pts, label, ref);
    }

    /** Adds the corner points (fractional) of a hop walked from {@code cell}: start site, saddle, end site. */
    private static void appendHop(SiteNetwork net, List<double[]> saddles, int h, int dir, int[] cell, List<double[]> pts) {
        NetworkHop hop = net.hops().get(h);
        double[] a = net.sites().get(hop.from()).frac();
        double[] b = net.sites().get(hop.to()).frac();
        double[] s = saddles.get(h).clone();
        for (int c = 0; c < 3; c++) {
            b[c] += hop.image(c);
        }
        double[] first = dir > 0 ? a : b;
        double[] last = dir > 0 ? b : a;
        // when reversed, the walk starts at the to-site's copy in `cell`: shift by -image
        for (int c = 0; c < 3; c++) {
            double shift = cell[c] - (dir > 0 ? 0 : hop.image(c));
            first[c] += shift;
            s[c] += shift;
            last[c] += shift;
        }
        if (pts.isEmpty()) {
            pts.add(first);
        }
        pts.add(s);
        pts.add(last);
    }

    private static HopProfile sample(BvseModel model, List<double[]> corners, String label, double ref) {
        int segs = corners.size() - 1;
        double[] dist = new double[segs * SAMPLES + 1];
        double[] en = new double[segs * SAMPLES + 1];
        double total = 0;
        int t = 0;
        double[] p = new double[3];
        for (int sIdx = 0; sIdx < segs; sIdx++) {
            double[] a = model.lattice().toCartesian(corners.get(sIdx));
            double[] b = model.lattice().toCartesian(corners.get(sIdx + 1));
            double len = Math.sqrt(sq(b[0] - a[0]) + sq(b[1] - a[1]) + sq(b[2] - a[2]));
            for (int k = sIdx == 0 ? 0 : 1; k <= SAMPLES; k++) {
                double u = (double) k / SAMPLES;
                for (int c = 0; c < 3; c++) {
                    p[c] = a[c] + u * (b[c] - a[c]);
                }
                dist[t] = total + u * len;
                en[t] = model.energyAt(p[0], p[1], p[2]) - ref;
                t++;
            }
            total += len;
        }
        return new HopProfile(label, dist, en);
    }

    private static double sq(double x) {
        return x * x;
    }
}
