package org.ionhop.impedance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Labels the arcs of a fitted circuit by physics, not by their position in the circuit string: the
 * parallel blocks p(R, CPE) or p(R, C) at the top level are sorted by effective capacitance (or by time
 * constant) and called bulk (smallest), grain boundary (next), electrode (next), then arc4, arc5...
 * The textbook bands (bulk pF, grain boundary pF-nF, electrode uF; Irvine, Sinclair and West, Adv. Mater. 2
 * (1990) 132) are not used, because in dense pellets bulk and grain boundary differ by a factor of only 2-3
 * (physics.md); only the order is. Series elements (an electrode CPE, a series R) are not arcs.
 */
public final class ArcAssignment {
    /** Sort key. */
    public enum Order {
        /** By effective capacitance (default): geometry-independent for a given microstructure. */
        CAPACITANCE,
        /** By time constant R C (follows the arcs' frequencies). */
        TIME_CONSTANT
    }

    private static final String[] LABELS = {"bulk", "grain_boundary", "electrode"};

    private ArcAssignment() {
    }

    /** The labelled arcs of a fit, smallest capacitance (or time constant) first. */
    public static List<Arc> assign(CircuitFitResult fit, Order order) {
        List<CircuitNode> top = fit.circuit().root() instanceof CircuitNode.Series s ? s.parts()
                : List.of(fit.circuit().root());
        double[] p = fit.parameters();
        double[] e = fit.errors();
        List<Arc> arcs = new ArrayList<>();
        for (CircuitNode n : top) {
            if (n instanceof CircuitNode.Parallel par && par.branches().size() == 2
                    && par.branches().get(0) instanceof CircuitNode.Leaf a
                    && par.branches().get(1) instanceof CircuitNode.Leaf b) {
                CircuitElement r = a.element().type() == ElementType.R ? a.element() : b.element();
                CircuitElement c = r == a.element() ? b.element() : a.element();
                if (r.type() != ElementType.R || (c.type() != ElementType.CPE && c.type() != ElementType.C)) {
                    continue;
                }
                double rv = p[r.offset()];
                double q = p[c.offset()];
                double nn = c.type() == ElementType.CPE ? p[c.offset() + 1] : 1;
                double cap = effectiveCapacitance(rv, q, nn);
                arcs.add(new Arc("", r.name(), c.name(), rv, e[r.offset()], cap, nn, rv * cap));
            }
        }
        Comparator<Arc> cmp = order == Order.CAPACITANCE ? Comparator.comparingDouble(Arc::capacitanceF)
                : Comparator.comparingDouble(Arc::timeConstantS);
        arcs.sort(cmp);
        List<Arc> out = new ArrayList<>(arcs.size());
        for (int i = 0; i < arcs.size(); i++) {
            out.add(arcs.get(i).withLabel(i < LABELS.length ? LABELS[i] : "arc" + (i + 1)));
        }
        return out;
    }

    /** C = (R^(1-n) Q)^(1/n) for a parallel R-CPE; C = Q when n = 1. */
    public static double effectiveCapacitance(double r, double q, double n) {
        return Math.pow(Math.pow(r, 1 - n) * q, 1 / n);
    }
}
