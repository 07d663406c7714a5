package org.ionhop.impedance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Labels the arcs of a fitted circuit by physics, not by their position in the circuit string: the
 * parallel blocks p(R, CPE) or p(R, C) at the top level are sorted by effective capacitance (or by time
 * constant) and named by order and by magnitude. The capacitance bands of Irvine, Sinclair and West (Adv. Mater. 2
 * (1990) 132) are bulk ~1e-12 F, grain boundary 1e-11 to 1e-8 F, sample-electrode interface 1e-9 to 1e-7 F and
 * electrochemical reactions 1e-7 to 1e-5 F and above. Between bulk and grain boundary the bands overlap (in dense
 * pellets the two differ by a factor of only 2-3, physics.md), so below {@link #INTERFACE_MIN_CAPACITANCE_F} only
 * the order counts: the smallest arc is bulk, the next grain boundary, the next electrode. An arc at or above
 * {@link #INTERFACE_MIN_CAPACITANCE_F} (0.1 uF) is never bulk or grain boundary: it is the electrode (interface)
 * arc, whatever its rank. Arcs left over are arc4, arc5... by rank. Series elements (an electrode CPE, a series R)
 * are not arcs.
 */
public final class ArcAssignment {
    /** Sort key. */
    public enum Order {
        /** By effective capacitance (default): geometry-independent for a given microstructure. */
        CAPACITANCE,
        /** By time constant R C (follows the arcs' frequencies). */
        TIME_CONSTANT
    }

    /**
     * Effective capacitance in F from which an arc is an electrode or interface process (0.1 uF, the lower end of
     * Irvine, Sinclair and West's electrochemical-reaction band); bulk and grain boundary arcs lie below it.
     */
    public static final double INTERFACE_MIN_CAPACITANCE_F = 1e-7;

    private static final String BULK = "bulk";
    private static final String GRAIN_BOUNDARY = "grain_boundary";
    private static final String ELECTRODE = "electrode";

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
        List<String> free = new ArrayList<>(List.of(BULK, GRAIN_BOUNDARY, ELECTRODE));
        for (int i = 0; i < arcs.size(); i++) {
            Arc a = arcs.get(i);
            String label;
            if (a.capacitanceF() >= INTERFACE_MIN_CAPACITANCE_F) {
                // a uF-scale arc is an interface process even when it is the smallest (or only) arc
                label = free.contains(ELECTRODE) ? ELECTRODE : "arc" + (i + 1);
                free.remove(ELECTRODE);
            } else if (!free.isEmpty()) {
                label = free.remove(0);
            } else {
                label = "arc" + (i + 1);
            }
            out.add(a.withLabel(label));
        }
        return out;
    }

    /** C = (R^(1-n) Q)^(1/n) for a parallel R-CPE; C = Q when n = 1. */
    public static double effectiveCapacitance(double r, double q, double n) {
        return Math.pow(Math.pow(r, 1 - n) * q, 1 / n);
    }
}
