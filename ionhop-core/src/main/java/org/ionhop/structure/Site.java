package org.ionhop.structure;

/**
 * One atom position of a structure: one species with its occupancy at a fractional position.
 * A crystallographic site shared by two species (mixed occupancy, e.g. Ge/P in LGPS) is two
 * {@code Site}s at the same position, each with its own occupancy.
 *
 * @param element        the chemical element
 * @param label          the label from the file ("Li1"), or the element symbol if none
 * @param frac           fractional coordinates, wrapped into [0, 1)
 * @param occupancy      site occupancy in (0, 1]; below 1 for disordered sites
 * @param oxidationState formal charge in e, or {@link Double#NaN} when unknown
 */
public record Site(Element element, String label, double[] frac, double occupancy, double oxidationState) {

    /** Validates and wraps the coordinates into [0, 1). */
    public Site {
        if (element == null) {
            throw new IllegalArgumentException("site element must not be null");
        }
        if (frac == null || frac.length != 3) {
            throw new IllegalArgumentException("site needs three fractional coordinates");
        }
        if (!(occupancy > 0) || occupancy > 1 + 1e-6) {
            throw new IllegalArgumentException("occupancy of site " + label + " must be in (0, 1], got " + occupancy);
        }
        frac = new double[] {wrap(frac[0]), wrap(frac[1]), wrap(frac[2])};
        label = label == null || label.isBlank() ? element.symbol() : label;
    }

    /** An ordered site (occupancy 1) without oxidation state. */
    public static Site of(Element element, double fa, double fb, double fc) {
        return new Site(element, element.symbol(), new double[] {fa, fb, fc}, 1.0, Double.NaN);
    }

    /** Wraps a fractional coordinate into [0, 1), mapping values within 1e-10 of 1 to 0. */
    public static double wrap(double f) {
        double w = f - Math.floor(f);
        return w >= 1.0 - 1e-10 ? 0.0 : w;
    }

    /** A copy of the fractional coordinates. */
    @Override
    public double[] frac() {
        return frac.clone();
    }

    /** Fractional coordinate i without copying. */
    public double frac(int i) {
        return frac[i];
    }

    /** Whether the formal charge is known. */
    public boolean hasOxidationState() {
        return !Double.isNaN(oxidationState);
    }

    /** Whether the site is only partly occupied. */
    public boolean isPartial() {
        return occupancy < 1 - 1e-6;
    }

    /** The same site with another oxidation state. */
    public Site withOxidationState(double q) {
        return new Site(element, label, frac, occupancy, q);
    }

    /** The same site moved to other fractional coordinates. */
    public Site withFrac(double[] f) {
        return new Site(element, label, f, occupancy, oxidationState);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Site s)) {
            return false;
        }
        return element == s.element && label.equals(s.label) && java.util.Arrays.equals(frac, s.frac)
                && Double.compare(occupancy, s.occupancy) == 0 && Double.compare(oxidationState, s.oxidationState) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(element, label, java.util.Arrays.hashCode(frac), occupancy, oxidationState);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s(%s) [%.5f %.5f %.5f] occ=%.4g q=%s", label, element,
                frac[0], frac[1], frac[2], occupancy, hasOxidationState() ? oxidationState : "?");
    }
}
