package org.ionhop.mesoscale;

import java.util.List;

/**
 * What {@link CompositeStudy#run} computes.
 *
 * @param settings the settings it ran with
 * @param points   the composite at each asked-for fraction
 * @param maximum  the conductivity maximum over all fractions
 * @param curve    the composite on a dense grid of fractions 0 to 1 (for plots)
 */
public record CompositeResult(CompositeSettings settings, List<CompositePoint> points, CompositeMaximum maximum,
                              List<CompositePoint> curve) {
    /** Copies the lists. */
    public CompositeResult {
        points = List.copyOf(points);
        curve = List.copyOf(curve);
    }
}
