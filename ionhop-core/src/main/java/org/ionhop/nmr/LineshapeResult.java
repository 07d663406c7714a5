package org.ionhop.nmr;

import java.util.ArrayList;
import java.util.List;

import org.ionhop.stats.Measured;

/**
 * The result of a lineshape deconvolution ({@link NmrAnalysis#lineshape}).
 *
 * @param components the components in the order of the shapes given
 * @param chiSquare  sum of squared residuals
 * @param dof        degrees of freedom
 * @param shift      the abscissa of the data (ppm or Hz)
 * @param intensity  the data
 * @param fit        the fit itself (model curves)
 */
public record LineshapeResult(List<Component> components, double chiSquare, int dof, double[] shift,
                              double[] intensity, LineshapeFit fit) {
    /**
     * One component.
     *
     * @param shape    its shape
     * @param centre   centre, in the abscissa's unit
     * @param fwhm     full width at half maximum
     * @param eta      Lorentzian fraction of a pseudo-Voigt (NaN for the others)
     * @param area     area
     * @param fraction area fraction of the whole line
     */
    public record Component(LineShape shape, Measured centre, Measured fwhm, double eta, Measured area,
                            Measured fraction) {
    }

    /** Copies the arrays and the list. */
    public LineshapeResult {
        components = List.copyOf(components);
        shift = shift.clone();
        intensity = intensity.clone();
    }

    @Override
    public double[] shift() {
        return shift.clone();
    }

    @Override
    public double[] intensity() {
        return intensity.clone();
    }

    /**
     * Signs that the deconvolution is not a fit ({@link org.ionhop.fit.FitCheck}): a component centred outside the
     * measured range by more than the width of that range, a width larger than ten times the spectral window,
     * or a parameter with an infinite or NaN error.
     */
    public List<String> warnings() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : shift) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double span = hi - lo;
        List<String> out = new ArrayList<>();
        for (int k = 0; k < components.size(); k++) {
            Component c = components.get(k);
            String n = "component " + (k + 1);
            out.addAll(org.ionhop.fit.FitCheck.outsideData(n + " centre", c.centre().value(), lo, hi, span,
                    "(shift unit)"));
            if (c.fwhm().value() > 10 * span) {
                out.add(String.format(java.util.Locale.ROOT, "%s width %.4g is over ten times the spectral window "
                        + "(%.4g): a baseline, not a line", n, c.fwhm().value(), span));
            }
            out.addAll(org.ionhop.fit.FitCheck.nonFinite(List.of(n + " centre", n + " width", n + " area"),
                    new double[] {c.centre().value(), c.fwhm().value(), c.area().value()},
                    new double[] {c.centre().err(), c.fwhm().err(), c.area().err()}));
        }
        return out;
    }

    /** From a fit of these data. */
    public static LineshapeResult of(double[] x, double[] y, LineshapeFit f) {
        List<Component> cs = new ArrayList<>();
        for (int k = 0; k < f.shapes().size(); k++) {
            cs.add(new Component(f.shapes().get(k), Measured.of(f.centres()[k], f.centreErrs()[k]),
                    Measured.of(f.widths()[k], f.widthErrs()[k]), f.etas()[k],
                    Measured.of(f.areas()[k], f.areaErrs()[k]), Measured.of(f.fractions()[k], f.fractionErrs()[k])));
        }
        return new LineshapeResult(cs, f.chiSquare(), f.dof(), x, y, f);
    }
}
